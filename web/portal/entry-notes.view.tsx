// Notes on an entry a parent must not miss: made in error, part kept back (why, and until when), changed (with what it said before).
import { formatDate } from '../ui/format.ts';
import { ExplainedText } from './explained-text.view.tsx';
import type { EntryVersion, VisibleEntry } from './portal.types.ts';
import { formatDateTime, reviewSentence } from './portal-format.ts';

export function EnteredInErrorNote({ enteredInError }: { enteredInError: NonNullable<VisibleEntry['enteredInError']> }) {
  return (
    <div className="govuk-inset-text umb-note umb-note--error">
      <p className="govuk-body govuk-!-font-weight-bold">This entry was made in error</p>
      <p className="govuk-body">
        It was marked as a mistake on {formatDate(enteredInError.at)}. It stays in your record so you can see what was written, but nobody
        should rely on it.
      </p>
      <p className="govuk-body">Why: {enteredInError.reason}</p>
    </div>
  );
}

export function PartWithheldNote({ partWithheld }: { partWithheld: NonNullable<VisibleEntry['partWithheld']> }) {
  return (
    <div className="govuk-inset-text umb-note">
      <p className="govuk-body govuk-!-font-weight-bold">Part of this is being kept from you</p>
      <p className="govuk-body">This is because: {partWithheld.reasonPlain}</p>
      <p className="govuk-body">{reviewSentence(partWithheld.reviewOn)}</p>
    </div>
  );
}

/** "This entry was changed": when and why, with every earlier wording kept in a details box. */
export function ChangedNote({ versions, currentText }: { versions: EntryVersion[]; currentText: string }) {
  // Each version carries the note its author wrote when making it; the newest is the wording shown now.
  const newestFirst = [...versions].sort((a, b) => b.version - a.version);
  const latest = newestFirst[0];
  const earlier = latest && latest.text === currentText ? newestFirst.slice(1) : newestFirst;
  const changeOf = (version: EntryVersion) => newestFirst[newestFirst.indexOf(version) - 1];
  return (
    <div className="govuk-inset-text umb-note">
      <p className="govuk-body govuk-!-font-weight-bold">This entry was changed</p>
      {latest && earlier.length > 0 ? <p className="govuk-body">It was last changed on {formatDateTime(latest.editedAt)}.</p> : null}
      {latest?.changeNote && earlier.length > 0 ? <p className="govuk-body">Why: {latest.changeNote}</p> : null}
      <p className="govuk-body">
        {earlier.length > 0
          ? 'What it said before is kept, and you can read it here.'
          : 'What it said before is kept in your record. Ask your key worker if you want to see it.'}
      </p>
      {earlier.length > 0 ? (
        <details className="govuk-details umb-versions">
          <summary className="govuk-details__summary">
            <span className="govuk-details__summary-text">
              {earlier.length === 1 ? 'See what it said before' : `See the ${earlier.length} earlier versions`}
            </span>
          </summary>
          <div className="govuk-details__text">
            <ol className="govuk-list umb-versions__list">
              {earlier.map((version) => {
                const change = changeOf(version);
                return (
                  <li key={version.version}>
                    <p className="govuk-body govuk-!-font-weight-bold">What it said from {formatDateTime(version.editedAt)}</p>
                    <ExplainedText text={version.text} />
                    {change ? (
                      <p className="govuk-body umb-secondary-text">
                        Changed on {formatDateTime(change.editedAt)}
                        {change.changeNote ? `. Why: ${change.changeNote}` : '.'}
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
