// The family's record on the family page: entries newest first, each with its tags, reply count and replies beside it.
import { useInfiniteQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import type { Entry } from '../../api/types.ts';
import { Button } from '../../ui/button.tsx';
import { Loading } from '../../ui/loading.tsx';
import { formatDateTime } from '../../ui/time.ts';
import { entriesQuery } from './entries.queries.ts';
import { EntryTags } from './entry-tags.tsx';
import { RepliesList } from './replies.list.tsx';

const EXCERPT = 280;

export function EntriesSection({ familyId }: { familyId: string }) {
  const query = useInfiniteQuery(entriesQuery(familyId));
  const entries = query.data?.pages.flatMap((page) => page.entries) ?? [];

  return (
    <section aria-labelledby="record-heading" className="umb-section">
      <h2 className="govuk-heading-m" id="record-heading">
        Record
      </h2>
      {query.isPending ? <Loading /> : null}
      {query.isError ? (
        <p className="govuk-body" role="alert">
          We could not load the record. Refresh the page to try again.
        </p>
      ) : null}
      {query.isSuccess && entries.length === 0 ? <p className="govuk-body">Nothing has been recorded yet.</p> : null}
      {entries.length > 0 ? (
        <ol className="govuk-list umb-rec-list" aria-label="Record entries, newest first">
          {entries.map((entry) => (
            <EntryListItem key={entry.id} familyId={familyId} entry={entry} />
          ))}
        </ol>
      ) : null}
      {query.hasNextPage ? (
        <Button type="button" secondary busy={query.isFetchingNextPage} onClick={() => void query.fetchNextPage()}>
          Show older entries
        </Button>
      ) : null}
    </section>
  );
}

function EntryListItem({ familyId, entry }: { familyId: string; entry: Entry }) {
  const excerpt = entry.text.length > EXCERPT ? `${entry.text.slice(0, EXCERPT).trimEnd()}…` : entry.text;
  const replies = entry.replies.length;
  return (
    <li className={`umb-rec-item${entry.enteredInError ? ' umb-rec-item--in-error' : ''}`}>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds-from-desktop">
          <h3 className="govuk-heading-s umb-rec-item__title">
            <Link to="/families/$familyId/entries/$entryId" params={{ familyId, entryId: entry.id }} className="govuk-link">
              {entry.kindLabel}, {formatDateTime(entry.occurredAt)}
            </Link>
          </h3>
          <p className="govuk-body-s umb-rec-item__meta">
            By {entry.authorName}, {entry.authorJobTitle}. <span className="umb-nowrap">{entry.categoryLabel}</span>.{' '}
            {replies === 1 ? '1 reply' : `${replies} replies`}.
          </p>
          <EntryTags entry={entry} />
          {/* The words open the entry too; out of the tab order, as the heading link already goes there. */}
          <Link
            to="/families/$familyId/entries/$entryId"
            params={{ familyId, entryId: entry.id }}
            className="umb-rec-item__text-link"
            tabIndex={-1}
          >
            <p className="govuk-body umb-rec-item__text">{excerpt}</p>
          </Link>
        </div>
        {replies > 0 ? (
          <div className="govuk-grid-column-one-third-from-desktop umb-rec-item__replies">
            <RepliesList replies={entry.replies} headingLevel={4} />
          </div>
        ) : null}
      </div>
    </li>
  );
}
