// "Consent and sharing" for one family: who can see which categories and on what basis, consents, requests, overrides in force and every disclosure.
import { useSuspenseQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import type { Consent, ConsentRequest, WhoCanSee } from '../../api/sharing.types.ts';
import { useFlash } from '../../ui/flash.ts';
import { formatDate } from '../../ui/format.ts';
import { NotificationBanner } from '../../ui/notification-banner.tsx';
import { usePageTitle } from '../../ui/page-title.ts';
import { Tag, type TagColour } from '../../ui/tag.tsx';
import { familyQuery } from '../families/families.queries.ts';
import { ActiveOverridesSection } from './active-overrides.section.tsx';
import { AskConsentForm } from './ask-consent.form.tsx';
import { DisclosuresTable } from './disclosures.table.tsx';
import { familySharingQuery } from './sharing.queries.ts';

const CONSENT_STATUS: Record<Consent['status'], { label: string; colour: TagColour }> = {
  active: { label: 'Active', colour: 'green' },
  not_started: { label: 'Not started', colour: 'yellow' },
  withdrawn: { label: 'Withdrawn', colour: 'grey' },
  expired: { label: 'Ended', colour: 'grey' },
};
const REQUEST_STATUS: Record<ConsentRequest['status'], string> = {
  open: 'Waiting for an answer',
  accepted: 'Agreed',
  declined: 'Declined',
};

export function FamilySharingPage({ familyId }: { familyId: string }) {
  const { data: family } = useSuspenseQuery(familyQuery(familyId));
  const { data } = useSuspenseQuery(familySharingQuery(familyId));
  const [askHasErrors, setAskHasErrors] = useState(false);
  const flash = useFlash();
  usePageTitle(`Consent and sharing: ${family.displayName}`, askHasErrors);

  return (
    <>
      {flash ? <NotificationBanner title="Success" heading={flash} success /> : null}
      <Link to="/families/$familyId" params={{ familyId }} className="govuk-back-link">
        Back to the family
      </Link>
      <span className="govuk-caption-l">{family.displayName}</span>
      <h1 className="govuk-heading-l">Consent and sharing</h1>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds-from-desktop">
          <p className="govuk-body">
            The family sees everything on this page except overrides they have not been told about. Each service sees general notes, its own
            service’s categories and its own notes; anything more needs the parent’s consent or a safeguarding override.
          </p>
          <WhoCanSeeList whoCanSee={data.whoCanSee} />
          <ConsentsList consents={data.consents} />
          <RequestsList requests={data.requests} />
          <AskConsentForm familyId={familyId} onErrorsChange={setAskHasErrors} />
          <ActiveOverridesSection familyId={familyId} overrides={data.overrides ?? []} />
        </div>
        <div className="govuk-grid-column-full">
          <DisclosuresTable shares={data.shares} />
        </div>
      </div>
    </>
  );
}

function WhoCanSeeList({ whoCanSee }: { whoCanSee: WhoCanSee[] }) {
  return (
    <section aria-labelledby="access-heading" className="umb-section">
      <h2 className="govuk-heading-m" id="access-heading">
        Who can see which categories
      </h2>
      {whoCanSee.length === 0 ? <p className="govuk-body">Nobody is on the care team.</p> : null}
      {whoCanSee.map((service) => (
        <div className="umb-share-card" key={service.organisationId}>
          <h3 className="govuk-heading-s govuk-!-margin-bottom-2">{service.organisationName}</h3>
          <p className="govuk-body">{service.people.join(', ')}</p>
          <ul className="govuk-list govuk-list--bullet">
            {service.categories.map((category, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: a category can appear twice on different grounds
              <li key={`${category.category}-${index}`}>
                <span className="govuk-!-font-weight-bold">{category.label}</span>: {category.why}
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}

function ConsentsList({ consents }: { consents: Consent[] }) {
  return (
    <section aria-labelledby="consents-heading" className="umb-section">
      <h2 className="govuk-heading-m" id="consents-heading">
        Consents given by the family
      </h2>
      {consents.length === 0 ? <p className="govuk-body">The family has not given any consent to share beyond the defaults.</p> : null}
      {consents.map((consent) => (
        <div className="umb-share-card" key={consent.id}>
          <h3 className="govuk-heading-s govuk-!-margin-bottom-2">
            {consent.categoryLabel} to {consent.recipient}
          </h3>
          <p className="govuk-body">
            <Tag colour={CONSENT_STATUS[consent.status].colour}>{CONSENT_STATUS[consent.status].label}</Tag>{' '}
            {consent.status === 'withdrawn' && consent.withdrawnAt ? `Withdrawn on ${formatDate(consent.withdrawnAt)}. ` : ''}
            From {formatDate(consent.startsOn)} {consent.endsOn ? `until ${formatDate(consent.endsOn)}` : 'with no end date'}.
          </p>
          <p className="govuk-body umb-pre-line">Purpose: {consent.purpose}</p>
        </div>
      ))}
    </section>
  );
}

function RequestsList({ requests }: { requests: ConsentRequest[] }) {
  return (
    <section aria-labelledby="requests-heading" className="umb-section">
      <h2 className="govuk-heading-m" id="requests-heading">
        Requests for consent
      </h2>
      {requests.length === 0 ? (
        <p className="govuk-body">No one has asked this family for consent.</p>
      ) : (
        <ul className="govuk-list">
          {requests.map((request) => (
            <li className="umb-share-card" key={request.id}>
              <h3 className="govuk-heading-s govuk-!-margin-bottom-2">
                {request.categoryLabel} for {request.recipient}
              </h3>
              <p className="govuk-body umb-tags">
                <Tag colour={request.status === 'open' ? 'yellow' : request.status === 'accepted' ? 'green' : 'grey'}>
                  {REQUEST_STATUS[request.status]}
                </Tag>
              </p>
              <p className="govuk-body govuk-!-margin-bottom-1">
                Asked by {request.askedBy} on {formatDate(request.createdAt)}.
              </p>
              <p className="govuk-body umb-pre-line">Reason given: {request.reason}</p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
