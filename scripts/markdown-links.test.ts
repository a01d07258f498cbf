// Every relative link in the repository's Markdown files leads to a file in the repository (and to a heading that
// exists, when it names one), so a clone holds every document its README points to.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));

/** The Markdown files git knows of (tracked, or new and not ignored). */
function markdownFiles(): string[] {
  const out = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '--', '*.md'], {
    cwd: root,
    encoding: 'utf8',
  });
  return [...new Set(out.split('\n').filter(Boolean))].filter((f) => fs.existsSync(path.join(root, f))).sort();
}

/** The text outside fenced code blocks, with code spans blanked out (they are not links). */
function proseOf(markdown: string): { prose: string; codeSpans: string[] } {
  const codeSpans: string[] = [];
  let inFence = false;
  const lines = markdown.split('\n').map((line) => {
    if (/^\s*(```|~~~)/.test(line)) {
      inFence = !inFence;
      return '';
    }
    if (inFence) return '';
    return line.replace(/(`+)(.+?)\1/g, (_m, _ticks, code: string) => {
      codeSpans.push(code.trim());
      return ' ';
    });
  });
  return { prose: lines.join('\n'), codeSpans };
}

/** Link targets: inline links and images `[text](target "title")` and reference definitions `[id]: target`. */
function linkTargets(markdown: string): string[] {
  const { prose } = proseOf(markdown);
  const targets: string[] = [];
  for (const m of prose.matchAll(/!?\[[^\]]*\]\(\s*(<[^>]*>|[^)\s]+)(?:\s+["'(][^)]*)?\)/g)) targets.push(m[1] ?? '');
  for (const m of prose.matchAll(/^\s{0,3}\[[^\]]+\]:\s*(<[^>]*>|\S+)/gm)) targets.push(m[1] ?? '');
  return targets.map((t) => t.replace(/^<|>$/g, ''));
}

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces to hyphens. */
function anchorsOf(markdown: string): Set<string> {
  const { prose } = proseOf(markdown);
  const seen = new Map<string, number>();
  const anchors = new Set<string>();
  for (const m of prose.matchAll(/^#{1,6}\s+(.+?)\s*#*\s*$/gm)) {
    const base = (m[1] ?? '')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}\s_-]/gu, '')
      .replace(/\s/g, '-');
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    anchors.add(n === 0 ? base : `${base}-${n}`);
  }
  return anchors;
}

const EXTERNAL = /^[a-z][a-z0-9+.-]*:/i; // https:, mailto:, …: not a file in the repository

/** What is wrong with one relative target in one file, or undefined when it leads somewhere real. */
function problemWith(file: string, target: string): string | undefined {
  if (EXTERNAL.test(target)) return undefined;
  const [rawPath = '', anchor] = target.split('#', 2);
  const linkPath = decodeURIComponent(rawPath);
  const resolved =
    linkPath === ''
      ? path.join(root, file)
      : path.resolve(linkPath.startsWith('/') ? root : path.dirname(path.join(root, file)), `.${path.sep}${linkPath}`);
  const relative = path.relative(root, resolved);
  if (relative.startsWith('..') || path.isAbsolute(relative)) return `${file}: ${target} points outside the repository`;
  if (!fs.existsSync(resolved)) return `${file}: ${target} — no such file in the repository`;
  if (anchor && resolved.endsWith('.md') && !anchorsOf(fs.readFileSync(resolved, 'utf8')).has(anchor.toLowerCase())) {
    return `${file}: ${target} — ${relative} has no heading #${anchor}`;
  }
  return undefined;
}

describe('links in the Markdown files', () => {
  const files = markdownFiles();

  it('finds the documents', () => {
    expect(files).toEqual(expect.arrayContaining(['README.md', 'ARCHITECTURE.md', 'CONVENTIONS.md', 'docs/product.md']));
  });

  it('every relative link leads to a file in the repository, and to a heading there when it names one', () => {
    const problems: string[] = [];
    let checked = 0;
    for (const file of files) {
      for (const target of linkTargets(fs.readFileSync(path.join(root, file), 'utf8'))) {
        checked++;
        const problem = problemWith(file, target);
        if (problem) problems.push(problem);
      }
    }
    expect(problems).toEqual([]);
    expect(checked).toBeGreaterThan(0);
  });

  it('no path written in code quotes leads outside the repository (as ../shared/PRODUCT.md did)', () => {
    const problems: string[] = [];
    for (const file of files) {
      for (const code of proseOf(fs.readFileSync(path.join(root, file), 'utf8')).codeSpans) {
        if (!/^\.\.?\//.test(code) || /\s/.test(code)) continue;
        const relative = path.relative(root, path.resolve(path.dirname(path.join(root, file)), code));
        if (relative.startsWith('..')) problems.push(`${file}: \`${code}\` is outside the repository`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('reads links the way Markdown does', () => {
    const sample = [
      'See [the rules](docs/product.md#the-fifteen-rules "title") and ![a map](<web/app/map one.svg>).',
      '`[not a link](nowhere.md)` and [a site](https://example.org).',
      '```',
      '[in a code block](nowhere-either.md)',
      '```',
      '[ref]: ./LICENSE',
    ].join('\n');
    expect(linkTargets(sample)).toEqual(['docs/product.md#the-fifteen-rules', 'web/app/map one.svg', 'https://example.org', './LICENSE']);
    expect(problemWith('README.md', '../shared/PRODUCT.md')).toMatch(/outside the repository/);
    expect(problemWith('README.md', 'docs/missing.md')).toMatch(/no such file/);
    expect(problemWith('README.md', 'docs/product.md#no-such-heading')).toMatch(/has no heading/);
    expect(problemWith('docs/product.md', '../README.md#demo-logins')).toBeUndefined();
  });
});
