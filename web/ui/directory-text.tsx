// The directory's data on a page (issue 16 §3): what a service wrote is shown as written and marked with the directory's
// language (DIRECTORY_WRITES_IN); words the page could say again in its own language (an opening time, "Drop in", a
// language's name) are shown in it, unmarked.
import { Fragment, type ReactNode } from 'react';
import { useT } from '../i18n/i18n.ts';
import { DIRECTORY_WRITES_IN, languageNameShown } from './directory-words.ts';
import { Written } from './written.tsx';

/**
 * One piece of the directory's data: `shown` is what the page's words made of it; when that is the words themselves
 * (nothing to say again), they are the service's own and marked as such. Names and short phrases: a span, no note.
 */
export function DirectoryText({ words, shown = words, note = false }: { words: string; shown?: string; note?: boolean }) {
  if (shown !== words) return <>{shown}</>;
  return (
    <Written lang={DIRECTORY_WRITES_IN} as="span" note={note}>
      {words}
    </Written>
  );
}

/** Pieces joined as the server joined them (". ", ", "), each shown or marked on its own. */
export function joinedPieces(pieces: ReactNode[], separator: string): ReactNode {
  return pieces.map((piece, i) => (
    // The pieces are a fixed list from one service: their order is their identity.
    // biome-ignore lint/suspicious/noArrayIndexKey: see above
    <Fragment key={i}>
      {i > 0 ? separator : null}
      {piece}
    </Fragment>
  ));
}

/** "English, Urdu, Arabic" in the language shown ("angielski, urdu, arabski"); a language it cannot name, as written. */
export function LanguageNames({ names }: { names: readonly string[] }) {
  const t = useT();
  return (
    <>
      {joinedPieces(
        names.map((name) => <DirectoryText key={name} words={name} shown={languageNameShown(name, t) ?? name} />),
        ', ',
      )}
    </>
  );
}
