// "Who can see your information": what each service can see and why, what the parent agreed to share, requests, every share, a copy of everything.
import { useSuspenseQuery } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import { InPageLink } from '../ui/in-page-link.tsx';
import { usePageTitle } from '../ui/page-title.ts';
import { ConsentRequestsSection } from './consent-requests.section.tsx';
import { ConsentsSection } from './consents.section.tsx';
import { GetACopySection } from './get-a-copy.section.tsx';
import { MessagesSection } from './messages.section.tsx';
import type { PortalMe } from './portal.types.ts';
import { ShareNewForm } from './share-new.form.tsx';
import { SharesLogSection } from './shares-log.section.tsx';
import { sharingQuery } from './sharing.queries.ts';
import { WhoCanSeeSection } from './who-can-see.section.tsx';

const CONTENTS = [
  { id: 'messages-heading', label: 'Messages for you' },
  { id: 'who-can-see-heading', label: 'Who can see what, and why' },
  { id: 'consents-heading', label: 'What you have agreed to share' },
  { id: 'requests-heading', label: 'Requests to share' },
  { id: 'share-new-heading', label: 'Share something new', parentOnly: true },
  { id: 'shares-heading', label: 'Who your information was shared with' },
  { id: 'copy-heading', label: 'Get a copy of everything we hold about you' },
];

export function MyInformationPage({ me }: { me: PortalMe }) {
  const [formHasErrors, setFormHasErrors] = useState(false);
  usePageTitle('Who can see your information', formHasErrors);
  const { data } = useSuspenseQuery(sharingQuery);
  const canChange = me.kind === 'parent';
  // A young person can share, and stop sharing, information about themselves.
  const canShareOwn = me.kind === 'young_person';
  const onErrorsChange = useCallback((hasErrors: boolean) => setFormHasErrors(hasErrors), []);

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds-from-desktop">
        <h1 className="govuk-heading-l">Who can see your information</h1>
        <p className="govuk-body-l">
          The people who work with your family can only see what they need. Here you can see who sees what, and why.
        </p>
        {canChange ? (
          <p className="govuk-body">You can agree to share more, or stop sharing, at any time.</p>
        ) : (
          <p className="govuk-body">
            Your parent decides about the family’s information. You can agree to share information about you, and stop sharing it at any
            time. If you are worried about who can see your information, talk to your key worker.
          </p>
        )}
        <nav aria-label="On this page" className="umb-contents">
          <h2 className="govuk-heading-s govuk-!-margin-bottom-2">On this page</h2>
          <ul className="govuk-list umb-contents__list">
            {CONTENTS.filter((item) => canChange || !item.parentOnly || (canShareOwn && item.id === 'share-new-heading')).map((item) => (
              <li key={item.id}>
                <InPageLink target={item.id}>
                  {!canChange && item.id === 'consents-heading' ? 'What has been agreed' : item.label}
                </InPageLink>
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
        <GetACopySection />
      </div>
    </div>
  );
}
