// Build step for the family's languages (issue 16 §3): parses every ICU message at build time so the parent's phone gets
// the small formatter without the parser (about 7 kB gzipped less), and serves each language's catalogue as one lazy module.
// - `*.messages.ts`: `export const m = defineMessages('ns', { key: 'English…' });` has its strings replaced by parsed ones.
// - `virtual:umbrella-locale/<lang>`: every web/i18n/locales/<lang>/<namespace>.json merged (ids `<namespace>.<key>`), parsed.
import fs from 'node:fs';
import path from 'node:path';
import { parse } from '@formatjs/icu-messageformat-parser';
import type { Plugin } from 'vite';
import { addNamespace } from '../../shared/i18n/catalogues.ts';

const VIRTUAL = 'virtual:umbrella-locale/';
/** Namespaces only the server words (mail): never sent to a browser. */
const SERVER_ONLY = ['mail'];
/**
 * Namespaces in a language's later part (`<lang>/later`), fetched by the pages that need them (loadLaterMessages):
 * notifications (worded only in "Messages for you"), the access log's actions, the calendar and meetings, and the needs
 * and support pages, "About you" and the family's feedback (issue 18) (each of these pages' routes loads it first, and their
 * components ask for it on a change of language).
 */
const LATER = ['notify-', 'record-access-actions.', 'calendar-', 'needs-', 'equity-', 'portal-feedback.'];
const RESOLVED = `\0${VIRTUAL}`;
const DEFINE = /defineMessages\(\s*(['"])([\w.-]+)\1\s*,\s*(\{[\s\S]*?\n\})\s*\)/g;

/** A message parsed for the formatter; plain text stays a string (the formatter shows it as it is). */
export function compileMessage(message: string, where: string): unknown {
  if (!message.includes('{') && !message.includes('<')) return message;
  try {
    return parse(message, { ignoreTag: false });
  } catch (error) {
    throw new Error(`${where}: the message "${message}" is not valid ICU MessageFormat (${(error as Error).message})`);
  }
}

/** One language's catalogue: every namespace file of shared/i18n/locales/<lang>/, keys prefixed with the namespace. */
export function readCatalogue(localesDir: string, lang: string): Record<string, string> {
  const dir = path.join(localesDir, lang);
  const out: Record<string, string> = {};
  if (!fs.existsSync(dir)) return out;
  for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.json'))) {
    const namespace = file.slice(0, -'.json'.length);
    addNamespace(out, `${lang}/${file}`, namespace, JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')));
  }
  return out;
}

/** The English messages of one `*.messages.ts` source: `{ ns, messages }` per defineMessages call. */
export function readMessagesSource(code: string, file: string): { namespace: string; messages: Record<string, string> }[] {
  const found: { namespace: string; messages: Record<string, string> }[] = [];
  for (const m of code.matchAll(DEFINE)) {
    const namespace = m[2] ?? '';
    // The object is plain keys and string literals (checked below), so it is evaluated as the JavaScript it is.
    const messages = new Function(`return (${m[3]});`)() as Record<string, unknown>;
    for (const [key, value] of Object.entries(messages))
      if (typeof value !== 'string') throw new Error(`${file}: ${namespace}.${key} must be a string literal`);
    found.push({ namespace, messages: messages as Record<string, string> });
  }
  return found;
}

export function messagesPlugin(localesDir: string): Plugin {
  return {
    name: 'umbrella:messages',
    enforce: 'pre',
    resolveId(id) {
      return id.startsWith(VIRTUAL) ? `\0${id}` : undefined;
    },
    load(id) {
      if (!id.startsWith(RESOLVED)) return undefined;
      // `<lang>` is what every page waits for; `<lang>/later` holds what only some pages need, fetched by them, so the
      // first load stays within budget.
      const [lang = '', part] = id.slice(RESOLVED.length).split('/');
      const dir = path.join(localesDir, lang);
      if (fs.existsSync(dir)) for (const f of fs.readdirSync(dir)) this.addWatchFile(path.join(dir, f));
      const catalogue = readCatalogue(localesDir, lang);
      // The glossary's longer explanations are not shown on the family's pages (only a term's plain words are, in place):
      // they stay in the files for the server and a family glossary page, out of the chunk every phone waits for.
      const shown = Object.entries(catalogue).filter(
        ([k]) =>
          !(k.startsWith('glossary.') && k.endsWith('.explanation')) &&
          !SERVER_ONLY.some((ns) => k.startsWith(`${ns}.`)) &&
          LATER.some((prefix) => k.startsWith(prefix)) === (part === 'later'),
      );
      const compiled = Object.fromEntries(shown.map(([k, v]) => [k, compileMessage(v, `${lang}: ${k}`)]));
      return `export default ${JSON.stringify(compiled)};`;
    },
    transform(code, id) {
      if (!id.endsWith('.messages.ts')) return undefined;
      let changed = false;
      const out = code.replace(DEFINE, (_whole, _q, namespace: string, body: string) => {
        const messages = new Function(`return (${body});`)() as Record<string, string>;
        const compiled = Object.fromEntries(
          Object.entries(messages).map(([k, v]) => [k, compileMessage(String(v), `${path.basename(id)}: ${namespace}.${k}`)]),
        );
        changed = true;
        return `defineMessages(${JSON.stringify(namespace)}, ${JSON.stringify(compiled)})`;
      });
      if (!changed) this.error(`${id}: a .messages.ts file holds defineMessages('namespace', { key: 'text', … }) calls`);
      return { code: out, map: null };
    },
  };
}
