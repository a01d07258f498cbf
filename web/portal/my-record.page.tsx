// "Your record": everything written about the parent that they may see, newest first, a page at a time, searchable, with their replies.
import { useQuery, useSuspenseInfiniteQuery } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import { isApiError } from '../api/client.ts';
import { useT } from '../i18n/i18n.ts';
import { focusElement } from '../ui/focus.ts';
import { usePageTitle } from '../ui/page-title.ts';
import { GlossaryProvider } from './explained-text.view.tsx';
import { recordPage as m } from './my-record.messages.ts';
import { glossaryQuery, recordQuery } from './portal.queries.ts';
import type { PortalEntry, PortalMe } from './portal.types.ts';
import { entryHeadingId, RecordEntryCard } from './record-entry.card.tsx';
import { RecordSearchForm } from './record-search.form.tsx';
import { WithheldEntryCard } from './withheld-entry.card.tsx';

const NO_TERMS: never[] = [];

export function MyRecordPage({ me, q }: { me: PortalMe; q: string }) {
  const t = useT();
  const [formsWithErrors, setFormsWithErrors] = useState<ReadonlySet<string>>(new Set());
  usePageTitle(t(m.title), formsWithErrors.size > 0);

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
        <h1 className="govuk-heading-l">{t(m.title)}</h1>
        <div className="umb-measure">
          <p className="govuk-body-l">{t(m.intro)}</p>
          <p className="govuk-body">{t(m.addYourView)}</p>
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
                {isApiError(record.error) ? t(m.olderFailedBecause, { message: record.error.message }) : t(m.olderFailed)}
              </p>
            ) : null}
            <button
              type="button"
              className="govuk-button govuk-button--secondary"
              aria-disabled={record.isFetchingNextPage || undefined}
              onClick={() => !record.isFetchingNextPage && void showOlder()}
            >
              {t(m.showOlder)}
            </button>
            {record.isFetchingNextPage ? (
              <p className="govuk-body" role="status">
                {t(m.loadingOlder)}
              </p>
            ) : null}
          </div>
        ) : entries.length > 0 ? (
          <p className="govuk-body">{t(q ? m.everythingMatching : m.everything)}</p>
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
  const t = useT();
  let message = '';
  if (q && count === 0) message = t(m.noMatch, { q });
  else if (q) message = t(hasMore ? m.matchingNewestFirst : m.matching, { q });
  else if (count === 0) message = t(m.empty);
  return (
    <p className="govuk-body govuk-!-font-weight-bold" role="status">
      {message}
    </p>
  );
}
