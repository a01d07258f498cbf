// "Who can see your information": what each service can see and why, what the parent agreed to share, requests, every share, a copy of everything.
import { useSuspenseQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useCallback, useState } from 'react';
import { useT } from '../i18n/i18n.ts';
import { InPageLink } from '../ui/in-page-link.tsx';
import { usePageTitle } from '../ui/page-title.ts';
import { ConsentRequestsSection } from './consent-requests.section.tsx';
import { ConsentsSection } from './consents.section.tsx';
import { GetACopySection } from './get-a-copy.section.tsx';
import { MessagesSection } from './messages.section.tsx';
import { sharingMyInformation as m } from './my-information.messages.ts';
import type { PortalMe } from './portal.types.ts';
import { ShareNewForm } from './share-new.form.tsx';
import { SharesLogSection } from './shares-log.section.tsx';
import { sharingQuery } from './sharing.queries.ts';
import { WhoCanSeeSection } from './who-can-see.section.tsx';

const CONTENTS = [
  { id: 'messages-heading', label: m.contentsMessages },
  { id: 'who-can-see-heading', label: m.contentsWhoCanSee },
  { id: 'consents-heading', label: m.contentsConsents },
  { id: 'requests-heading', label: m.contentsRequests },
  { id: 'share-new-heading', label: m.contentsShareNew, parentOnly: true },
  { id: 'shares-heading', label: m.contentsShares },
  { id: 'about-you-heading', label: m.contentsAboutYou },
  { id: 'copy-heading', label: m.contentsCopy },
];

export function MyInformationPage({ me }: { me: PortalMe }) {
  const t = useT();
  const [formHasErrors, setFormHasErrors] = useState(false);
  usePageTitle(t(m.title), formHasErrors);
  const { data } = useSuspenseQuery(sharingQuery);
  const canChange = me.kind === 'parent';
  // A young person can share, and stop sharing, information about themselves.
  const canShareOwn = me.kind === 'young_person';
  const onErrorsChange = useCallback((hasErrors: boolean) => setFormHasErrors(hasErrors), []);

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds-from-desktop">
        <h1 className="govuk-heading-l">{t(m.title)}</h1>
        <p className="govuk-body-l">{t(m.intro)}</p>
        {canChange ? <p className="govuk-body">{t(m.parentCanChange)}</p> : <p className="govuk-body">{t(m.youngPerson)}</p>}
        <nav aria-label={t(m.onThisPage)} className="umb-contents">
          <h2 className="govuk-heading-s govuk-!-margin-bottom-2">{t(m.onThisPage)}</h2>
          <ul className="govuk-list umb-contents__list">
            {CONTENTS.filter((item) => canChange || !item.parentOnly || (canShareOwn && item.id === 'share-new-heading')).map((item) => (
              <li key={item.id}>
                <InPageLink target={item.id}>{t(!canChange && item.id === 'consents-heading' ? m.contentsAgreed : item.label)}</InPageLink>
              </li>
            ))}
          </ul>
        </nav>
        <MessagesSection />
        <WhoCanSeeSection whoCanSee={data.whoCanSee} />
        <ConsentsSection consents={data.consents} canChange={canChange} />
        <ConsentRequestsSection requests={data.requests} canChange={canChange} />
        {canChange || canShareOwn ? <ShareNewForm organisations={data.organisations} onErrorsChange={onErrorsChange} /> : null}
      </div>
      <div className="govuk-grid-column-full">
        <SharesLogSection shares={data.shares} />
      </div>
      <div className="govuk-grid-column-two-thirds-from-desktop">
        {/* Issue 18 §2: the optional questions about themselves, on their own page (web/portal/equity). */}
        <section aria-labelledby="about-you-heading" className="umb-section">
          <h2 id="about-you-heading" className="govuk-heading-m">
            {t(m.aboutYouHeading)}
          </h2>
          <p className="govuk-body">{t(m.aboutYouText)}</p>
          <p className="govuk-body">
            <Link to="/my-information/about-you" className="govuk-link">
              {t(m.aboutYouLink)}
            </Link>
          </p>
        </section>
        <GetACopySection />
      </div>
    </div>
  );
}
