// "Who has looked at your record": every professional who opened or changed it, newest first, so nothing happens behind the parent's back.
// Each line is worded in the page's language from what the server sends by key; names, job titles and organisations as written.
import { useSuspenseInfiniteQuery } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import type { Message } from '../../shared/i18n/messages.ts';
import { isApiError } from '../api/client.ts';
import { useT } from '../i18n/i18n.ts';
import { focusElement } from '../ui/focus.ts';
import { usePageTitle } from '../ui/page-title.ts';
import { PROFESSIONALS_WRITE_IN, Written } from '../ui/written.tsx';
import { accessLog as m } from './access-log.messages.ts';
import { accessActions } from './access-log-actions.messages.ts';
import { accessLogQuery } from './portal.queries.ts';
import type { AccessLogItem } from './portal.types.ts';
import { formatDateTime } from './portal-format.ts';

const rowId = (index: number): string => `access-${index}`;

export function AccessLogPage() {
  const t = useT();
  usePageTitle(t(m.title));
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
        <h1 className="govuk-heading-l">{t(m.title)}</h1>
        <div className="umb-measure">
          <p className="govuk-body-l">{t(m.intro)}</p>
          <p className="govuk-body">{t(m.unknownName)}</p>
        </div>
        {items.length === 0 ? (
          <p className="govuk-body">{t(m.nobody)}</p>
        ) : (
          <table className="govuk-table umb-stack-table">
            <caption className="govuk-table__caption govuk-table__caption--m">{t(m.caption)}</caption>
            <thead className="govuk-table__head">
              <tr className="govuk-table__row">
                <th scope="col" className="govuk-table__header">
                  {t(m.who)}
                </th>
                <th scope="col" className="govuk-table__header">
                  {t(m.theirJob)}
                </th>
                <th scope="col" className="govuk-table__header">
                  {t(m.when)}
                </th>
                <th scope="col" className="govuk-table__header">
                  {t(m.whatTheyDid)}
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
                {isApiError(log.error) ? t(m.olderFailedBecause, { message: log.error.message }) : t(m.olderFailed)}
              </p>
            ) : null}
            <button
              type="button"
              className="govuk-button govuk-button--secondary"
              aria-disabled={log.isFetchingNextPage || undefined}
              onClick={() => !log.isFetchingNextPage && void showOlder()}
            >
              {t(m.showOlder)}
            </button>
            {log.isFetchingNextPage ? (
              <p className="govuk-body" role="status">
                {t(m.loading)}
              </p>
            ) : null}
          </>
        ) : null}
      </div>
    </div>
  );
}

/** A family member's role in the language shown (a worker's is their job title, as their account has it). */
const ROLE_WORDS: Record<Exclude<AccessLogItem['by'], 'you'>, Message> = {
  professional: m.role_professional,
  parent: m.role_parent,
  young_person: m.role_young_person,
  network_member: m.role_network_member,
  system: m.role_system,
};

/** What they did, by the audit action's name (an action this page has no words for yet is said in general words). */
const ACTION_WORDS: Readonly<Record<string, Message | undefined>> = accessActions;

/** A name, job title or organisation's name as people's accounts have them: marked as written, without a note. */
const asWritten = (words: string) => (
  <Written as="span" lang={PROFESSIONALS_WRITE_IN} note={false}>
    {words}
  </Written>
);

function AccessRow({ item, id }: { item: AccessLogItem; id: string }) {
  const t = useT();
  const who = item.by === 'you' ? t(m.you) : item.name ? asWritten(item.name) : t(item.by === 'system' ? m.umbrellaItself : m.someone);
  const role = item.by === 'you' ? null : item.jobTitle ? asWritten(item.jobTitle) : t(ROLE_WORDS[item.by]);
  const what = ACTION_WORDS[item.action];
  return (
    <tr className="govuk-table__row">
      <th scope="row" className="govuk-table__header" id={id}>
        {who}
      </th>
      <td className="govuk-table__cell">
        <span className="umb-stack-table__label">{t(m.theirJobLabel)}</span>
        {role}
        {item.organisation ? <>, {asWritten(item.organisation)}</> : null}
      </td>
      <td className="govuk-table__cell">
        <span className="umb-stack-table__label">{t(m.whenLabel)}</span>
        {formatDateTime(item.at)}
      </td>
      <td className="govuk-table__cell">
        <span className="umb-stack-table__label">{t(m.whatTheyDidLabel)}</span>
        {t(what ?? m.somethingElse)}
      </td>
    </tr>
  );
}
