// Issue 16 §3: an error on a family member's page shows the server's English words (when the page has none of its own)
// marked as English, through <ErrorText>. A page that prints a failure's message as it is passes English off as the page's
// language: this reads every portal file's error paragraphs and fails on one that does.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const PORTAL = import.meta.dirname;
const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? files(join(dir, d.name)) : d.name.endsWith('.tsx') ? [join(dir, d.name)] : [],
  );

/** Each `<p className="govuk-error-message" …>…</p>` whose content prints a bare `{name}` rather than a message or ErrorText. */
function bareErrors(source: string): string[] {
  const found: string[] = [];
  for (const [block] of source.matchAll(/<p\b[^>]*govuk-error-message[^>]*>[\s\S]*?<\/p>/g)) {
    const inner = block.slice(block.indexOf('>') + 1).replace(/<span className="govuk-visually-hidden">[\s\S]*?<\/span>/g, '');
    if (/(?<![(,:]\s*)\{\s*[a-zA-Z_.?]+\s*\}/.test(inner) && !/<ErrorText\b/.test(inner)) found.push(block.replace(/\s+/g, ' '));
  }
  return found;
}

describe('errors on the family’s pages', () => {
  it('show a failure’s words through ErrorText, so the server’s English is marked as English', () => {
    const offenders = files(PORTAL).flatMap((file) => bareErrors(readFileSync(file, 'utf8')).map((b) => `${relative(PORTAL, file)}: ${b}`));
    expect(offenders).toEqual([]);
  });

  it('finds a bare message (the check can fail)', () => {
    expect(
      bareErrors('<p className="govuk-error-message" role="alert">\n  <span className="govuk-visually-hidden">x</span> {error}\n</p>'),
    ).toHaveLength(1);
    expect(
      bareErrors('<p className="govuk-error-message"><span className="govuk-visually-hidden">x</span> <ErrorText text={error} /></p>'),
    ).toHaveLength(0);
  });
});
