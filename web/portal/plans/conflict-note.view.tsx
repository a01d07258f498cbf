// "Someone else saved this while you were writing": their words beside the form, which still holds yours, so nothing is lost.
import type { Locale } from '../../../shared/i18n/locales.ts';
import { type Translate, useT } from '../../i18n/i18n.ts';
import { Written } from '../../ui/written.tsx';
import { formatDateTime } from '../portal-format.ts';
import { conflictNote as m } from './conflict-note.messages.ts';

/** `lang`: the language their words were written in (absent: the note's text is already in the page's language). */
type ConflictNoteProps = { who: string | null; at: string | null; text: string; intro?: string; lang?: Locale };

function whoSaved(t: Translate, who: string | null, at: string | null): string {
  if (who) return at ? t(m.savedAt, { name: who, when: formatDateTime(at) }) : t(m.saved, { name: who });
  return at ? t(m.someoneSavedAt, { when: formatDateTime(at) }) : t(m.someoneSaved);
}

/** `intro`, already in the language shown, replaces "… saved a change while you were writing". */
export function ConflictNote({ who, at, text, intro, lang }: ConflictNoteProps) {
  const t = useT();
  return (
    <div className="umb-mp-conflict" role="alert">
      <p className="govuk-body govuk-!-font-weight-bold govuk-!-margin-bottom-2">{intro ?? whoSaved(t, who, at)}</p>
      <p className="govuk-body govuk-!-margin-bottom-2">{t(intro ? m.nowSays : m.theirWords)}</p>
      {text && lang ? (
        <Written lang={lang} as="blockquote" className="umb-mp-conflict__theirs umb-pre-line">
          {text}
        </Written>
      ) : (
        <blockquote className="umb-mp-conflict__theirs umb-pre-line">{text || t(m.nothingWritten)}</blockquote>
      )}
      <p className="govuk-body govuk-!-margin-bottom-0">{t(m.yoursKept)}</p>
    </div>
  );
}
