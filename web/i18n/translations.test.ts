// The family's languages are complete (issue 16 §3): every English message of the family's pages has a Welsh, Polish and
// Urdu translation with the same arguments and tags, each locale file says how it was made, and no fixed text in the
// family's pages bypasses translation.
import fs from 'node:fs';
import path from 'node:path';
import { type MessageFormatElement, parse, TYPE } from '@formatjs/icu-messageformat-parser';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { GLOSSARY_TERMS } from '../../shared/domain/glossary-terms.ts';
import { glossaryKey } from '../../shared/i18n/glossary-keys.ts';
import { LOCALES } from '../../shared/i18n/locales.ts';
import { readCatalogue, readMessagesSource } from './messages.plugin.ts';
import { PRODUCT_TERMS } from './product-terms.ts';

const root = path.resolve(import.meta.dirname, '../..');
const localesDir = path.join(root, 'shared/i18n/locales');

function walk(dir: string, ext: RegExp): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const p = path.join(dir, d.name);
    return d.isDirectory() ? walk(p, ext) : ext.test(d.name) ? [p] : [];
  });
}

// Every English message: *.messages.ts anywhere under web/ and shared/.
const english = new Map<string, string>();
for (const file of [...walk(path.join(root, 'web'), /\.messages\.ts$/), ...walk(path.join(root, 'shared'), /\.messages\.ts$/)]) {
  for (const { namespace, messages } of readMessagesSource(fs.readFileSync(file, 'utf8'), file))
    for (const [key, text] of Object.entries(messages)) english.set(`${namespace}.${key}`, text);
}

// The glossary's built-in terms are translated too (their English is shared/domain's, shown by ExplainedText).
for (const term of GLOSSARY_TERMS) {
  english.set(`glossary.${glossaryKey(term.term)}.plain`, term.plain);
  english.set(`glossary.${glossaryKey(term.term)}.explanation`, term.explanation);
}

/** The argument names and tag names a message uses: a translation must use the same ones. */
function slots(message: string): string[] {
  const found = new Set<string>();
  const visit = (els: MessageFormatElement[]) => {
    for (const el of els) {
      if (el.type === TYPE.literal || el.type === TYPE.pound) continue;
      found.add(el.type === TYPE.tag ? `<${el.value}>` : `{${el.value}}`);
      if (el.type === TYPE.tag) visit(el.children);
      if (el.type === TYPE.plural || el.type === TYPE.select) for (const opt of Object.values(el.options)) visit(opt.value);
    }
  };
  visit(parse(message, { ignoreTag: false }));
  return [...found].sort();
}

describe('the family’s languages', () => {
  it('has English messages to translate', () => {
    expect(english.size).toBeGreaterThan(10);
  });

  for (const lang of LOCALES.filter((l) => l !== 'en')) {
    describe(lang, () => {
      const catalogue = readCatalogue(localesDir, lang);

      it('translates every English message, and nothing that is gone', () => {
        const missing = [...english.keys()].filter((id) => !(id in catalogue));
        const stale = Object.keys(catalogue).filter((id) => !english.has(id));
        expect(missing, `missing in ${lang}`).toEqual([]);
        expect(stale, `no longer in English, remove from ${lang}`).toEqual([]);
      });

      it('keeps each message’s arguments and tags, in valid ICU MessageFormat', () => {
        const wrong: string[] = [];
        for (const [id, text] of Object.entries(catalogue)) {
          const en = english.get(id);
          if (en === undefined) continue;
          let mine: string[];
          try {
            mine = slots(text);
          } catch (error) {
            wrong.push(`${id}: not valid ICU (${(error as Error).message})`);
            continue;
          }
          if (mine.join() !== slots(en).join()) wrong.push(`${id}: ${mine.join()} ≠ ${slots(en).join()}`);
        }
        expect(wrong).toEqual([]);
      });

      it('uses the product’s own words (web/i18n/product-terms.ts)', () => {
        const off: string[] = [];
        for (const [id, text] of Object.entries(catalogue)) {
          const en = english.get(id);
          if (!en) continue;
          for (const term of PRODUCT_TERMS) {
            if (new RegExp(`\\b${term.en}\\b`, 'i').test(en) && !term.stems[lang].test(text))
              off.push(`${id}: "${term.en}" → ${term.words[lang]}`);
          }
        }
        expect(off).toEqual([]);
      });

      it('says in every file how it was made and that a fluent reviewer must check it', () => {
        for (const file of fs.readdirSync(path.join(localesDir, lang))) {
          const meta = JSON.parse(fs.readFileSync(path.join(localesDir, lang, file), 'utf8')).$meta;
          expect(meta, `${lang}/${file}`).toMatch(/fluent reviewer/);
        }
      });
    });
  }
});

// ---- No fixed text bypasses translation in the family's pages ----

/** The family's pages: the portal, the child's pages, sign-in, and the frame and parts they share. */
const FAMILY_PAGES = [
  ...walk(path.join(root, 'web/portal'), /\.tsx?$/)
    .map((f) => path.relative(root, f))
    .filter((f) => !/\.(test|messages)\.ts$/.test(f)),
  ...[
    'layout',
    'site-footer',
    'skip-link',
    'language-switcher',
    'not-found.page',
    'problem.page',
    'loading',
    'error-summary',
    'sign-in-letter',
    'need-form',
    'barriers-form',
    'support-forms',
    'needs-view',
    'directory-search',
    'check-ins-chart',
    'ratings-chart',
    'contact-links',
    'export-links',
    'date-input',
  ].map((name) => `web/ui/${name}.tsx`),
  ...[
    'sign-in.page',
    'sign-in-code.page',
    'sign-in-recovery.page',
    'forgotten-password.page',
    'reset-password.page',
    'sign-out.button',
    'welcome.page',
    'account.page',
    'authenticator.section',
    'authenticator.step',
    'recovery-codes.view',
    'mail-choice.section',
    'account-authenticator.page',
  ].map((name) => `web/features/auth/${name}.tsx`),
].sort();

// Attributes a person reads or hears.
const READ_ATTRIBUTES = new Set([
  'aria-label',
  'label',
  'hint',
  'title',
  'alt',
  'placeholder',
  'legend',
  'caption',
  'heading',
  'text',
  'description',
]);
const SENTENCE = /^\p{Lu}[\p{L}’']*(?:\s+\S+)+/u;

function bypasses(file: string): string[] {
  const code = fs.readFileSync(path.join(root, file), 'utf8');
  const source = ts.createSourceFile(file, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const lines = code.split('\n');
  const exempt = (node: ts.Node) => {
    const line = source.getLineAndCharacterOfPosition(node.getStart()).line;
    return /i18n-exempt/.test(lines[line] ?? '') || /i18n-exempt/.test(lines[line - 1] ?? '');
  };
  const found: string[] = [];
  const at = (node: ts.Node, what: string) => `${file}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1} ${what}`;
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node) || ts.isTypeNode(node)) return;
    if (ts.isJsxText(node) && /\p{L}/u.test(node.text) && !exempt(node)) found.push(at(node, JSON.stringify(node.text.trim())));
    if (ts.isJsxAttribute(node) && node.initializer && ts.isStringLiteral(node.initializer)) {
      const name = node.name.getText();
      if (READ_ATTRIBUTES.has(name) && /\p{L}/u.test(node.initializer.text) && !exempt(node))
        found.push(at(node, `${name}="${node.initializer.text}"`));
      return;
    }
    if ((ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) && SENTENCE.test(node.text) && !exempt(node))
      found.push(at(node, JSON.stringify(node.text)));
    if (
      ts.isTemplateExpression(node) &&
      /\p{L}\s+\p{L}/u.test(node.head.text + node.templateSpans.map((s) => s.literal.text).join('')) &&
      !exempt(node)
    )
      found.push(at(node, node.getText().slice(0, 60)));
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('no fixed text bypasses translation', () => {
  it.each(FAMILY_PAGES)('%s', (file) => {
    expect(bypasses(file)).toEqual([]);
  });
});
