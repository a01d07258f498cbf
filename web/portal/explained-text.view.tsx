// Written words with the glossary's jargon explained where it stands: the term in bold, then its plain words in brackets.
import { createContext, Fragment, type ReactNode, useContext } from 'react';
import { explainInPlace } from '../../shared/domain/jargon.ts';
import { glossaryKey } from '../../shared/i18n/glossary-keys.ts';
import { useT } from '../i18n/i18n.ts';
import type { GlossaryTermDto } from './portal.types.ts';
import { paragraphsOf } from './portal-format.ts';

const GlossaryContext = createContext<readonly GlossaryTermDto[]>([]);

/** Gives every ExplainedText inside it the glossary's terms (none while they load, or if they cannot be loaded). */
export function GlossaryProvider({ terms, children }: { terms: readonly GlossaryTermDto[]; children: ReactNode }) {
  return <GlossaryContext value={terms}>{children}</GlossaryContext>;
}

/** One paragraph, or several split at blank lines; single line breaks are kept. Each term is explained the first time it appears. */
export function ExplainedText({ text, className = 'govuk-body' }: { text: string; className?: string }) {
  const terms = useContext(GlossaryContext);
  const t = useT();
  const explained = new Set<string>();
  return (
    <>
      {paragraphsOf(text).map((paragraph, index) => (
        // Paragraphs of one text have no identity of their own; their order is fixed for a given text.
        // biome-ignore lint/suspicious/noArrayIndexKey: see above
        <p className={`${className} umb-written`} key={index}>
          {explainInPlace(paragraph, terms).map((segment, at) => {
            if (!('plain' in segment) || explained.has(segment.term)) return segment.text;
            explained.add(segment.term);
            return (
              // biome-ignore lint/suspicious/noArrayIndexKey: segments of one fixed paragraph
              <Fragment key={at}>
                {/* The term as the worker wrote it; its plain words in the language shown (the glossary's own English if not translated). */}
                <strong>{segment.text}</strong> ({t({ id: `glossary.${glossaryKey(segment.term)}.plain`, en: segment.plain })})
              </Fragment>
            );
          })}
        </p>
      ))}
    </>
  );
}
