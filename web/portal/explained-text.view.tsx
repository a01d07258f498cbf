// Written words with the glossary's jargon explained where it stands: the term in bold, then its plain words in brackets.
import { createContext, Fragment, type ReactNode, useContext } from 'react';
import { explainInPlace } from '../../shared/domain/jargon.ts';
import { glossaryKey } from '../../shared/i18n/glossary-keys.ts';
import type { Locale } from '../../shared/i18n/locales.ts';
import { useT } from '../i18n/i18n.ts';
import { Written } from '../ui/written.tsx';
import type { GlossaryTermDto } from './portal.types.ts';
import { paragraphsOf } from './portal-format.ts';

const GlossaryContext = createContext<readonly GlossaryTermDto[]>([]);

/** Gives every ExplainedText inside it the glossary's terms (none while they load, or if they cannot be loaded). */
export function GlossaryProvider({ terms, children }: { terms: readonly GlossaryTermDto[]; children: ReactNode }) {
  return <GlossaryContext value={terms}>{children}</GlossaryContext>;
}

/**
 * One paragraph, or several split at blank lines; single line breaks are kept. Each term is explained the first time it
 * appears. The words are the writer's, marked with `lang` (a worker's note: PROFESSIONALS_WRITE_IN), and the last paragraph
 * says which language they are in when it is not the page's; the explanations are the page's own words, in its language.
 */
export function ExplainedText({ text, lang, className = 'govuk-body' }: { text: string; lang: Locale; className?: string }) {
  const terms = useContext(GlossaryContext);
  const t = useT();
  const explained = new Set<string>();
  const paragraphs = paragraphsOf(text);
  return (
    <>
      {paragraphs.map((paragraph, index) => (
        // Paragraphs of one text have no identity of their own; their order is fixed for a given text.
        // biome-ignore lint/suspicious/noArrayIndexKey: see above
        <Written lang={lang} className={className} note={index === paragraphs.length - 1} key={index}>
          {explainInPlace(paragraph, terms).map((segment, at) => {
            if (!('plain' in segment) || explained.has(segment.term)) return segment.text;
            explained.add(segment.term);
            // Its plain words in the language shown; the glossary's own English when it has no translation (marked so).
            const plain = t({ id: `glossary.${glossaryKey(segment.term)}.plain`, en: segment.plain });
            const plainIn = t.locale !== 'en' && plain === segment.plain ? 'en' : t.locale;
            return (
              // biome-ignore lint/suspicious/noArrayIndexKey: segments of one fixed paragraph
              <Fragment key={at}>
                {/* The term as the worker wrote it; the explanation in the page's language. */}
                <strong>{segment.text}</strong> <span lang={plainIn}>({plain})</span>
              </Fragment>
            );
          })}
        </Written>
      ))}
    </>
  );
}
