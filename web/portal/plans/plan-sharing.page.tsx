// "Who can see your plans": for each person the parent could share with, which parts of her plans they can see, changed one tick at a time.
import { useSuspenseQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { usePageTitle } from '../../ui/page-title.ts';
import type { PortalMe } from '../portal.types.ts';
import { planDocumentsQuery } from './plans.api.ts';
import { PlansNav } from './plans-nav.view.tsx';
import { ShareChoices } from './share-choices.section.tsx';

export function PlanSharingPage({ me }: { me: PortalMe }) {
  usePageTitle('Who can see your plans');
  const { data } = useSuspenseQuery(planDocumentsQuery(me.familyId));
  const wellness = data.documents.find((d) => d.kind === 'wellness' && d.can.write) ?? null;
  const groups = [
    { id: 'share-family-heading', title: 'Your family and people you trust', recipients: data.shareRecipients.filter((r) => r.personId) },
    { id: 'share-workers-heading', title: 'Workers helping your family', recipients: data.shareRecipients.filter((r) => !r.personId) },
  ];

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds-from-desktop">
        <h1 className="govuk-heading-l">Who can see your plans</h1>
        <PlansNav />
        <p className="govuk-body-l">You choose who can see each part of your plans. Tick a part to share it, untick it to stop sharing.</p>
        <p className="govuk-body">
          Each change is saved straight away. People only see the parts you tick. Every time someone looks, it is listed in{' '}
          <Link to="/my-record/access" className="govuk-link">
            who has looked at your record
          </Link>
          .
        </p>
        {!wellness ? (
          <p className="govuk-body">
            You have not started your wellness and crisis plan yet.{' '}
            <Link to="/my-plan/crisis" className="govuk-link">
              Start your wellness and crisis plan
            </Link>{' '}
            to share parts of it.
          </p>
        ) : null}
        {data.shareRecipients.length === 0 ? <p className="govuk-body">There is nobody to share with yet.</p> : null}
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
