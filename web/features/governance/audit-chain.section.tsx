// "Audit chain": checks every chain of the tamper-evident audit log now, and says in words whether anything was edited, removed or added.
import { useMutation } from '@tanstack/react-query';
import { isApiError } from '../../api/client.ts';
import type { ChainStatus } from '../../api/sharing.types.ts';
import { Button } from '../../ui/button.tsx';
import { Tag } from '../../ui/tag.tsx';
import { formatDateTime } from '../../ui/time.ts';
import { checkAuditChain } from './governance.api.ts';

const PROBLEM_WORDS: Record<string, string> = {
  edited: 'An event was changed after it was written',
  missing: 'An event is missing (it may have been deleted)',
  inserted: 'An event was added that does not belong in the chain',
  tail_cut: 'The newest events of the chain are missing',
};

export function AuditChainSection() {
  const check = useMutation({ mutationFn: checkAuditChain });
  return (
    <section aria-labelledby="audit-chain-heading" className="umb-section">
      <h2 className="govuk-heading-l" id="audit-chain-heading">
        Audit chain
      </h2>
      <p className="govuk-body">
        Each audit event is sealed to the one before it. Checking the chains shows whether any event was changed, removed or added since it
        was written.
      </p>
      <Button type="button" secondary busy={check.isPending} onClick={() => check.mutate()}>
        Check now
      </Button>
      <div aria-live="polite">
        {check.isPending ? <p className="govuk-body">Checking every chain…</p> : null}
        {check.data ? <ChainResult status={check.data} /> : null}
        {check.isError ? (
          <p className="govuk-error-message">
            <span className="govuk-visually-hidden">Error:</span>{' '}
            {isApiError(check.error) ? check.error.message : 'The check could not run. Try again.'}
          </p>
        ) : null}
      </div>
    </section>
  );
}

function ChainResult({ status }: { status: ChainStatus }) {
  const counted = `${status.events} events in ${status.streams} chains, checked ${formatDateTime(status.checkedAt)}`;
  if (status.ok) {
    return (
      <p className="govuk-body">
        <Tag colour="green">Intact</Tag> No problems found: {counted}.
      </p>
    );
  }
  return (
    <>
      <p className="govuk-body">
        <Tag colour="red">Problems found</Tag> {status.problems.length} {status.problems.length === 1 ? 'problem' : 'problems'} in {counted}
        . Tell your security team and keep a copy of this page.
      </p>
      <ul className="govuk-list govuk-list--bullet">
        {status.problems.map((problem) => (
          <li key={`${problem.stream}-${problem.seq}-${problem.kind}`}>
            <span className="govuk-!-font-weight-bold">
              Chain {problem.stream}, event {problem.seq}: {PROBLEM_WORDS[problem.kind] ?? problem.kind}.
            </span>{' '}
            {problem.message}
          </li>
        ))}
      </ul>
    </>
  );
}
