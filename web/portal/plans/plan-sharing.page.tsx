// "Who can see your plans": for each person the parent could share with, which parts of her plans they can see, changed one tick at a time.
import { useSuspenseQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { useT } from '../../i18n/i18n.ts';
import { usePageTitle } from '../../ui/page-title.ts';
import type { PortalMe } from '../portal.types.ts';
import { planSharing as m } from './plan-sharing.messages.ts';
import { planDocumentsQuery } from './plans.api.ts';
import { PlansNav } from './plans-nav.view.tsx';
import { ShareChoices } from './share-choices.section.tsx';

const accessLogLink = (chunks: ReactNode[]) => (
  <Link to="/my-record/access" className="govuk-link">
    {chunks}
  </Link>
);
const crisisPlanLink = (chunks: ReactNode[]) => (
  <Link to="/my-plan/crisis" className="govuk-link">
    {chunks}
  </Link>
);

export function PlanSharingPage({ me }: { me: PortalMe }) {
  const t = useT();
  usePageTitle(t(m.title));
  const { data } = useSuspenseQuery(planDocumentsQuery(me.familyId));
  const wellness = data.documents.find((d) => d.kind === 'wellness' && d.can.write) ?? null;
  const groups = [
    { id: 'share-family-heading', title: t(m.familyGroup), recipients: data.shareRecipients.filter((r) => r.personId) },
    { id: 'share-workers-heading', title: t(m.workersGroup), recipients: data.shareRecipients.filter((r) => !r.personId) },
  ];

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds-from-desktop">
        <h1 className="govuk-heading-l">{t(m.title)}</h1>
        <PlansNav />
        <p className="govuk-body-l">{t(m.intro)}</p>
        <p className="govuk-body">{t.rich(m.savedStraightAway, { link: accessLogLink })}</p>
        {!wellness ? <p className="govuk-body">{t.rich(m.crisisPlanNotStarted, { link: crisisPlanLink })}</p> : null}
        {data.shareRecipients.length === 0 ? <p className="govuk-body">{t(m.nobodyYet)}</p> : null}
        {groups.map((group) =>
          group.recipients.length > 0 ? (
            <section key={group.id} aria-labelledby={group.id} className="umb-section">
              <h2 className="govuk-heading-l" id={group.id}>
                {group.title}
              </h2>
              {group.recipients.map((recipient) => (
                <ShareChoices
                  key={recipient.personId ?? recipient.staffId ?? recipient.name}
                  familyId={me.familyId}
                  recipient={recipient}
                  data={data}
                />
              ))}
            </section>
          ) : null,
        )}
      </div>
    </div>
  );
}
