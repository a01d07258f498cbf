// Notes on an entry a parent must not miss: made in error, part kept back (why, and until when), changed (with what it said before).
import type { WithholdingReason } from '../../shared/domain/records.ts';
import type { Message } from '../../shared/i18n/messages.ts';
import { useT } from '../i18n/i18n.ts';
import { formatDate } from '../ui/format.ts';
import { PROFESSIONALS_WRITE_IN, Written } from '../ui/written.tsx';
import { ExplainedText } from './explained-text.view.tsx';
import type { EntryVersion, VisibleEntry } from './portal.types.ts';
import { formatDateTime, reviewSentence } from './portal-format.ts';
import { recordEntry as m } from './record-entry.messages.ts';

/** Why something is kept back, in the language shown (the server sends the reason's key; WITHHOLDING_REASONS in English). */
export const WITHHELD_BECAUSE: Record<WithholdingReason, Message> = {
  third_party: m.withheld_third_party,
  serious_risk: m.withheld_serious_risk,
  legal_restriction: m.withheld_legal_restriction,
};

/** A worker's reason inside a sentence of the page: their words as written, marked with their language (and saying so). */
const workersWords = (reason: string) => (
  <Written as="span" lang={PROFESSIONALS_WRITE_IN} note>
    {reason}
  </Written>
);

export function EnteredInErrorNote({ enteredInError }: { enteredInError: NonNullable<VisibleEntry['enteredInError']> }) {
  const t = useT();
  return (
    <div className="govuk-inset-text umb-note umb-note--error">
      <p className="govuk-body govuk-!-font-weight-bold">{t(m.inErrorTitle)}</p>
      <p className="govuk-body">{t(m.inErrorText, { date: formatDate(enteredInError.at) })}</p>
      <p className="govuk-body">{t.rich(m.why, { reason: workersWords(enteredInError.reason) })}</p>
    </div>
  );
}

export function PartWithheldNote({ partWithheld }: { partWithheld: NonNullable<VisibleEntry['partWithheld']> }) {
  const t = useT();
  return (
    <div className="govuk-inset-text umb-note">
      <p className="govuk-body govuk-!-font-weight-bold">{t(m.partKeptTitle)}</p>
      <p className="govuk-body">
        {t(m.because, {
          reason: WITHHELD_BECAUSE[partWithheld.reason] ? t(WITHHELD_BECAUSE[partWithheld.reason]) : partWithheld.reasonPlain,
        })}
      </p>
      <p className="govuk-body">{reviewSentence(partWithheld.reviewOn)}</p>
    </div>
  );
}

/** "This entry was changed": when and why, with every earlier wording kept in a details box. */
export function ChangedNote({ versions, currentText }: { versions: EntryVersion[]; currentText: string }) {
  const t = useT();
  // Each version carries the note its author wrote when making it; the newest is the wording shown now.
  const newestFirst = [...versions].sort((a, b) => b.version - a.version);
  const latest = newestFirst[0];
  const earlier = latest && latest.text === currentText ? newestFirst.slice(1) : newestFirst;
  const changeOf = (version: EntryVersion) => newestFirst[newestFirst.indexOf(version) - 1];
  return (
    <div className="govuk-inset-text umb-note">
      <p className="govuk-body govuk-!-font-weight-bold">{t(m.changedTitle)}</p>
      {latest && earlier.length > 0 ? <p className="govuk-body">{t(m.lastChanged, { when: formatDateTime(latest.editedAt) })}</p> : null}
      {latest?.changeNote && earlier.length > 0 ? (
        <p className="govuk-body">{t.rich(m.why, { reason: workersWords(latest.changeNote) })}</p>
      ) : null}
      <p className="govuk-body">{t(earlier.length > 0 ? m.beforeKeptHere : m.beforeKeptAsk)}</p>
      {earlier.length > 0 ? (
        <details className="govuk-details umb-versions">
          <summary className="govuk-details__summary">
            <span className="govuk-details__summary-text">{t(m.seeEarlier, { count: earlier.length })}</span>
          </summary>
          <div className="govuk-details__text">
            <ol className="govuk-list umb-versions__list">
              {earlier.map((version) => {
                const change = changeOf(version);
                return (
                  <li key={version.version}>
                    <p className="govuk-body govuk-!-font-weight-bold">{t(m.saidFrom, { when: formatDateTime(version.editedAt) })}</p>
                    <ExplainedText text={version.text} lang={PROFESSIONALS_WRITE_IN} />
                    {change ? (
                      <p className="govuk-body umb-secondary-text">
                        {change.changeNote
                          ? t.rich(m.changedOnWhy, { when: formatDateTime(change.editedAt), reason: workersWords(change.changeNote) })
                          : t(m.changedOn, { when: formatDateTime(change.editedAt) })}
                      </p>
                    ) : null}
                  </li>
                );
              })}
            </ol>
          </div>
        </details>
      ) : null}
    </div>
  );
}

/** Whether there is an earlier wording to show: marking an entry as made in error changes its version, not its words. */
export function hasEarlierWording(versions: EntryVersion[], currentText: string): boolean {
  return versions.some((version) => version.text !== currentText);
}
