// "Information governance": the review queue, audit log search, audit chain check and subject access requests, in one console.
import { useCallback, useState } from 'react';
import { InPageLink } from '../../ui/in-page-link.tsx';
import { usePageTitle } from '../../ui/page-title.ts';
import { AuditChainSection } from './audit-chain.section.tsx';
import { AuditLogSection } from './audit-log.section.tsx';
import { ReviewQueueSection } from './review-queue.section.tsx';
import { SubjectAccessSection } from './subject-access.section.tsx';

const CONTENTS = [
  { id: 'review-queue-heading', label: 'Review queue' },
  { id: 'audit-log-heading', label: 'Audit log' },
  { id: 'audit-chain-heading', label: 'Audit chain' },
  { id: 'subject-access-heading', label: 'Subject access request' },
];

export function GovernancePage() {
  // Each form reports whether it shows errors, so the title starts "Error:" while any does.
  const [withErrors, setWithErrors] = useState<ReadonlySet<string>>(new Set());
  const reportErrors = useCallback((form: string, hasErrors: boolean) => {
    setWithErrors((previous) => {
      if (previous.has(form) === hasErrors) return previous;
      const next = new Set(previous);
      if (hasErrors) next.add(form);
      else next.delete(form);
      return next;
    });
  }, []);
  usePageTitle('Information governance', withErrors.size > 0);
  return (
    <>
      <h1 className="govuk-heading-xl">Information governance</h1>
      <nav aria-label="On this page" className="umb-contents">
        <h2 className="govuk-heading-s govuk-!-margin-bottom-2">On this page</h2>
        <ul className="govuk-list umb-contents__list">
          {CONTENTS.map((item) => (
            <li key={item.id}>
              <InPageLink target={item.id}>{item.label}</InPageLink>
            </li>
          ))}
        </ul>
      </nav>
      <ReviewQueueSection />
      <AuditLogSection onErrorsChange={(hasErrors) => reportErrors('audit', hasErrors)} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds-from-desktop">
          <AuditChainSection />
          <SubjectAccessSection onErrorsChange={(hasErrors) => reportErrors('sar', hasErrors)} />
        </div>
      </div>
    </>
  );
}
