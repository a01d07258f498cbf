// "Audit chain": checks every chain of the tamper-evident audit log now, and says in words whether anything was edited, removed
// or added; shows the latest checkpoint kept outside the database, for the information governance lead to keep a copy of.
import { useMutation, useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { isApiError } from '../../api/client.ts';
import type { ChainStatus } from '../../api/sharing.types.ts';
import { Button } from '../../ui/button.tsx';
import { SummaryList } from '../../ui/summary-list.tsx';
import { Tag } from '../../ui/tag.tsx';
import { formatDateTime } from '../../ui/time.ts';
import { type AuditCheckpoint, auditCheckpointQuery, checkAuditChain } from './governance.api.ts';

const PROBLEM_WORDS: Record<string, string> = {
  edited: 'An event was changed after it was written',
  missing: 'An event is missing (it may have been deleted)',
  inserted: 'An event was added that does not belong in the chain',
  tail_cut: 'The newest events of the chain are missing',
  stream_missing: 'A whole chain is gone',
  rewound: 'The chain has been cut back',
  truncated: 'The log is shorter than a checkpoint recorded',
  checkpoint_tampered: 'A checkpoint was changed',
};

const REASON_WORDS: Record<AuditCheckpoint['reason'], string> = {
  start: 'when Umbrella started',
  interval: 'on its regular schedule',
  shutdown: 'when Umbrella stopped',
  manual: 'by hand',
};

export function AuditChainSection() {
  const check = useMutation({ mutationFn: checkAuditChain });
  return (
    <section aria-labelledby="audit-chain-heading" className="umb-section">
      <h2 className="govuk-heading-l" id="audit-chain-heading">
        Audit chain
      </h2>
      <p className="govuk-body">
        Each audit event is sealed to the one before it, and every few minutes a checkpoint of every chain is written outside the database.
        Checking shows whether any event was changed, removed or added since it was written, and whether anything the checkpoints recorded
        is gone.
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
      <LatestCheckpoint />
    </section>
  );
}

function ChainResult({ status }: { status: ChainStatus }) {
  const counted = `${status.events} events in ${status.streams} chains, checked ${formatDateTime(status.checkedAt)}`;
  const latest = status.checkpoints?.latest;
  const compared = latest
    ? `Compared with the checkpoint of ${formatDateTime(latest.at)} (signature ${latest.signature}).`
    : 'There is no checkpoint to compare with yet, so a chain deleted whole could not be noticed.';
  if (status.ok) {
    return (
      <p className="govuk-body">
        <Tag colour="green">Intact</Tag> No problems found: {counted}. {compared}
      </p>
    );
  }
  return (
    <>
      <p className="govuk-body">
        <Tag colour="red">Problems found</Tag> {status.problems.length} {status.problems.length === 1 ? 'problem' : 'problems'} in {counted}
        . {compared} Tell your security team and keep a copy of this page.
      </p>
      <ul className="govuk-list govuk-list--bullet">
        {status.problems.map((problem) => (
          <li key={`${problem.kind}-${problem.stream}-${problem.seq}-${problem.message}`}>
            <span className="govuk-!-font-weight-bold">
              {problem.stream === null ? '' : `Chain ${problem.stream}${problem.seq === null ? '' : `, event ${problem.seq}`}: `}
              {PROBLEM_WORDS[problem.kind] ?? problem.kind}.
            </span>{' '}
            {problem.message}
          </li>
        ))}
      </ul>
    </>
  );
}

/** The checkpoint as a file to keep: its signed line, unchanged, so the log can later be checked against it. */
function useCopyUrl(checkpoint: AuditCheckpoint | null | undefined): string | null {
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    if (!checkpoint) return;
    const made = URL.createObjectURL(new Blob([`${checkpoint.line}\n`], { type: 'application/json' }));
    setUrl(made);
    return () => URL.revokeObjectURL(made);
  }, [checkpoint]);
  return checkpoint ? url : null;
}

function LatestCheckpoint() {
  const status = useQuery(auditCheckpointQuery);
  const latest = status.data?.latest;
  const copyUrl = useCopyUrl(latest);
  return (
    <>
      <h3 className="govuk-heading-m govuk-!-margin-top-6">Latest checkpoint</h3>
      {status.isPending ? <p className="govuk-body">Reading the latest checkpoint…</p> : null}
      {status.isError ? (
        <p className="govuk-error-message">
          <span className="govuk-visually-hidden">Error:</span>{' '}
          {isApiError(status.error) ? status.error.message : 'The latest checkpoint could not be read. Try again.'}
        </p>
      ) : null}
      {status.data && !status.data.configured ? (
        <p className="govuk-body">No checkpoint file is set up for this server. Ask your system administrator to set one.</p>
      ) : null}
      {status.data?.configured && !latest ? <p className="govuk-body">No checkpoint has been written yet.</p> : null}
      {latest ? (
        <>
          <p className="govuk-body">
            Keep a copy of the latest checkpoint somewhere the database administrators cannot change, for example in your own email. If
            events are ever deleted, your copy shows what was there: give it to your system administrator to check the log against it.
          </p>
          <SummaryList
            rows={[
              { key: 'Written', value: `${formatDateTime(latest.at)}, ${REASON_WORDS[latest.reason]}` },
              { key: 'Chains', value: String(latest.streams) },
              { key: 'Events', value: String(latest.events) },
              { key: 'Signature begins', value: <code>{latest.signature.match(/.{1,4}/g)?.join(' ')}</code> },
            ]}
          />
          {copyUrl ? (
            <a className="govuk-link" href={copyUrl} download={`umbrella-audit-checkpoint-${latest.at.slice(0, 16).replace(':', '')}.json`}>
              Save a copy of this checkpoint
            </a>
          ) : null}
        </>
      ) : null}
    </>
  );
}
