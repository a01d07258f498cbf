// "Someone else saved this while you were writing": their words beside the form, which still holds yours, so nothing is lost.
import { formatDateTime } from '../../ui/time.ts';

type ConflictNoteProps = { who: string | null; at: string | null; text: string; intro?: string };

export function ConflictNote({ who, at, text, intro }: ConflictNoteProps) {
  return (
    <div className="umb-mp-conflict" role="alert">
      <p className="govuk-body govuk-!-font-weight-bold govuk-!-margin-bottom-2">
        {intro ?? `${who ?? 'Someone else'} saved a change${at ? ` on ${formatDateTime(at)}` : ''} while you were writing.`}
      </p>
      <p className="govuk-body govuk-!-margin-bottom-2">{intro ? 'It now says:' : 'Their words are:'}</p>
      <blockquote className="umb-mp-conflict__theirs umb-pre-line">{text || '(nothing written)'}</blockquote>
      <p className="govuk-body govuk-!-margin-bottom-0">
        Your words are still in the box. Check both, change yours if you need to, then save again. Saving again will replace their words
        with yours.
      </p>
    </div>
  );
}
