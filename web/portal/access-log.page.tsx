// "Who has looked at your record": every professional who opened or changed it, newest first, so nothing happens behind the parent's back.
import { useSuspenseInfiniteQuery } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { isApiError } from '../api/client.ts';
import { focusElement } from '../ui/focus.ts';
import { usePageTitle } from '../ui/page-title.ts';
import { accessLogQuery } from './portal.queries.ts';
import type { AccessLogItem } from './portal.types.ts';
import { formatDateTime } from './portal-format.ts';

const rowId = (index: number): string => `access-${index}`;

export function AccessLogPage() {
  usePageTitle('Who has looked at your record');
  const log = useSuspenseInfiniteQuery(accessLogQuery);
  const items = log.data.pages.flatMap((page) => page.items);

  // After "Show older", move to the first older row so keyboard and screen reader users carry on from there.
  const firstOlder = useRef<number | null>(null);
  useEffect(() => {
    if (firstOlder.current === null) return;
    const cell = document.getElementById(rowId(firstOlder.current));
    if (cell) {
      firstOlder.current = null;
      focusElement(cell);
    }
  });

  const showOlder = async () => {
    const count = items.length;
    const result = await log.fetchNextPage();
    if ((result.data?.pages.flatMap((page) => page.items).length ?? 0) > count) firstOlder.current = count;
  };

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-full">
        <h1 className="govuk-heading-l">Who has looked at your record</h1>
        <div className="umb-measure">
          <p className="govuk-body-l">
            People who work with your family look at your record so they can help you and your children, and every time someone looks, it is
            written down here.
          </p>
          <p className="govuk-body">If you see a name you do not know, ask your key worker who they are.</p>
        </div>
        {items.length === 0 ? (
          <p className="govuk-body">Nobody has looked at your record yet.</p>
        ) : (
          <table className="govuk-table umb-stack-table">
            <caption className="govuk-table__caption govuk-table__caption--m">Every look at your record, newest first</caption>
            <thead className="govuk-table__head">
              <tr className="govuk-table__row">
                <th scope="col" className="govuk-table__header">
                  Who
                </th>
                <th scope="col" className="govuk-table__header">
                  Their job
                </th>
                <th scope="col" className="govuk-table__header">
                  When
                </th>
                <th scope="col" className="govuk-table__header">
                  What they did
                </th>
              </tr>
            </thead>
            <tbody className="govuk-table__body">
              {items.map((item, index) => (
                // Log lines have no id, and two can share a second; older pages only ever add to the end, so the position is stable.
                // biome-ignore lint/suspicious/noArrayIndexKey: see above
                <AccessRow item={item} id={rowId(index)} key={`${item.at}-${index}`} />
              ))}
            </tbody>
          </table>
        )}
        {log.hasNextPage ? (
          <>
            {log.isFetchNextPageError ? (
              <p className="govuk-error-message">
                {isApiError(log.error) ? log.error.message : 'We could not load older looks.'} Try again.
              </p>
            ) : null}
            <button
              type="button"
              className="govuk-button govuk-button--secondary"
              aria-disabled={log.isFetchingNextPage || undefined}
              onClick={() => !log.isFetchingNextPage && void showOlder()}
            >
              Show older
            </button>
            {log.isFetchingNextPage ? (
              <p className="govuk-body" role="status">
                Loading…
              </p>
            ) : null}
          </>
        ) : null}
      </div>
    </div>
  );
}

function AccessRow({ item, id }: { item: AccessLogItem; id: string }) {
  return (
    <tr className="govuk-table__row">
      <th scope="row" className="govuk-table__header" id={id}>
        {item.who}
      </th>
      <td className="govuk-table__cell">
        <span className="umb-stack-table__label">Their job: </span>
        {item.organisation ? `${item.role}, ${item.organisation}` : item.role}
      </td>
      <td className="govuk-table__cell">
        <span className="umb-stack-table__label">When: </span>
        {formatDateTime(item.at)}
      </td>
      <td className="govuk-table__cell">
        <span className="umb-stack-table__label">What they did: </span>
        {item.what}
      </td>
    </tr>
  );
}
