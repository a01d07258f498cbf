// "Your record": everything written about the parent that they may see, newest first, a page at a time, searchable, with their replies.
import { useQuery, useSuspenseInfiniteQuery } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import { isApiError } from '../api/client.ts';
import { focusElement } from '../ui/focus.ts';
import { usePageTitle } from '../ui/page-title.ts';
import { GlossaryProvider } from './explained-text.view.tsx';
import { glossaryQuery, recordQuery } from './portal.queries.ts';
import type { PortalEntry, PortalMe } from './portal.types.ts';
import { entryHeadingId, RecordEntryCard } from './record-entry.card.tsx';
import { RecordSearchForm } from './record-search.form.tsx';
import { WithheldEntryCard } from './withheld-entry.card.tsx';

const NO_TERMS: never[] = [];

export function MyRecordPage({ me, q }: { me: PortalMe; q: string }) {
  const [formsWithErrors, setFormsWithErrors] = useState<ReadonlySet<string>>(new Set());
  usePageTitle('Your record', formsWithErrors.size > 0);

  const record = useSuspenseInfiniteQuery(recordQuery(q));
  const glossary = useQuery(glossaryQuery);
  const entries = record.data.pages.flatMap((page) => page.entries);

  const onErrorsChange = useCallback((entryId: string, hasErrors: boolean) => {
    setFormsWithErrors((previous) => {
      if (previous.has(entryId) === hasErrors) return previous;
      const next = new Set(previous);
      if (hasErrors) next.add(entryId);
      else next.delete(entryId);
      return next;
    });
  }, []);

  // After "Show older entries", move to the first older entry so keyboard and screen reader users carry on from there.
  const firstOlder = useRef<string | null>(null);
  useEffect(() => {
    if (!firstOlder.current) return;
    const heading = document.getElementById(firstOlder.current);
    if (heading) {
      firstOlder.current = null;
      focusElement(heading);
    }
  });

  const showOlder = async () => {
    const count = entries.length;
    const result = await record.fetchNextPage();
    const next = result.data?.pages.flatMap((page) => page.entries)[count];
    if (next) firstOlder.current = entryHeadingId(next.id);
  };

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-full">
        <h1 className="govuk-heading-l">Your record</h1>
        <div className="umb-measure">
          <p className="govuk-body-l">What the people working with your family have written about you. The newest is at the top.</p>
          <p className="govuk-body">
            You can add your view to anything here. Your words are kept beside what was written. They are never deleted, and they are shown
            wherever the entry is shown.
          </p>
          <RecordSearchForm q={q} key={q} />
          <ResultsMessage q={q} count={entries.length} hasMore={record.hasNextPage} />
        </div>
        <GlossaryProvider terms={glossary.data?.terms ?? NO_TERMS}>
          <ol className="govuk-list umb-entries">
            {entries.map((entry) => (
              <li key={entry.id}>
                <EntryCard entry={entry} accountId={me.accountId} onErrorsChange={onErrorsChange} />
              </li>
            ))}
          </ol>
        </GlossaryProvider>
        {record.hasNextPage ? (
          <div className="umb-measure">
            {record.isFetchNextPageError ? (
              <p className="govuk-error-message">
                {isApiError(record.error) ? record.error.message : 'We could not load older entries.'} Try again.
              </p>
            ) : null}
            <button
              type="button"
              className="govuk-button govuk-button--secondary"
              aria-disabled={record.isFetchingNextPage || undefined}
              onClick={() => !record.isFetchingNextPage && void showOlder()}
            >
              Show older entries
            </button>
            {record.isFetchingNextPage ? (
              <p className="govuk-body" role="status">
                Loading older entries…
              </p>
            ) : null}
          </div>
        ) : entries.length > 0 ? (
          <p className="govuk-body">That is everything{q ? ' that matches your search' : ' in your record'}.</p>
        ) : null}
      </div>
    </div>
  );
}

function EntryCard({
  entry,
  accountId,
  onErrorsChange,
}: {
  entry: PortalEntry;
  accountId: string;
  onErrorsChange: (id: string, has: boolean) => void;
}) {
  return entry.withheld ? (
    <WithheldEntryCard entry={entry} />
  ) : (
    <RecordEntryCard entry={entry} accountId={accountId} onErrorsChange={onErrorsChange} />
  );
}

function ResultsMessage({ q, count, hasMore }: { q: string; count: number; hasMore: boolean }) {
  let message = '';
  if (q && count === 0) message = `Nothing in your record matches “${q}”. Try other words.`;
  else if (q) message = `Showing entries that match “${q}”${hasMore ? ', newest first' : ''}.`;
  else if (count === 0) message = 'Nothing has been written in your record yet.';
  return (
    <p className="govuk-body govuk-!-font-weight-bold" role="status">
      {message}
    </p>
  );
}
