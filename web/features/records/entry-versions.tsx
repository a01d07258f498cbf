// "Earlier versions" of an entry: corrections keep the original, each with who changed it, when and why, and any words
// its writer kept as written (issue 16 §1).
import type { KeptAsWritten } from '../../../shared/contracts/respectful-words.ts';
import type { EntryVersion } from '../../api/types.ts';
import { formatDateTime } from '../../ui/time.ts';
import { KeptNote } from '../words/kept-note.tsx';

type VersionsProps = { versions: EntryVersion[]; currentVersion: number; kept?: readonly KeptAsWritten[] };

export function EntryVersions({ versions, currentVersion, kept = [] }: VersionsProps) {
  const earlier = versions.filter((v) => v.version < currentVersion).sort((a, b) => b.version - a.version);
  if (earlier.length === 0) return null;
  return (
    <details className="govuk-details">
      <summary className="govuk-details__summary">
        <span className="govuk-details__summary-text">Earlier versions ({earlier.length})</span>
      </summary>
      <div className="govuk-details__text">
        <ol className="govuk-list umb-rec-versions" reversed>
          {earlier.map((version) => (
            <li key={version.version} className="umb-rec-version">
              <h3 className="govuk-heading-s govuk-!-margin-bottom-1">Version {version.version}</h3>
              <p className="govuk-body-s govuk-!-margin-bottom-1">
                {version.version === 1 ? 'Written' : 'Changed'} by {version.editedByName} on {formatDateTime(version.editedAt)}
              </p>
              {version.changeNote ? <p className="govuk-body-s">Why it was changed: {version.changeNote}</p> : null}
              <p className="govuk-body umb-pre-line">{version.text}</p>
              <KeptNote kept={kept.find((k) => k.version === version.version)} />
              {version.restrictedText ? (
                <div className="umb-rec-restricted">
                  <p className="govuk-body-s govuk-!-font-weight-bold govuk-!-margin-bottom-1">Part kept from the parent</p>
                  <p className="govuk-body umb-pre-line govuk-!-margin-bottom-0">{version.restrictedText}</p>
                </div>
              ) : null}
            </li>
          ))}
        </ol>
      </div>
    </details>
  );
}
