// Keeps the family check a type: no repository function takes a bare family id, and no code outside server/access
// makes a VisibleFamily by a cast, so a repository cannot be called for a family not found through a scope.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SYSTEM_REASONS } from './scope.ts';

const SERVER = join(import.meta.dirname, '..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const path = join(dir, d.name);
    if (d.isDirectory()) return d.name === 'node_modules' ? [] : sourceFiles(path);
    return d.name.endsWith('.ts') ? [path] : [];
  });
}

/** The text between an opening parenthesis and its match. */
function parenthesised(source: string, open: number): string {
  let depth = 0;
  for (let i = open; i < source.length; i++) {
    if (source[i] === '(') depth++;
    else if (source[i] === ')' && --depth === 0) return source.slice(open + 1, i);
  }
  return source.slice(open + 1);
}

/** Each exported function (declared, or an arrow assigned to an exported const) with its parameter list. */
function exportedParameters(source: string): { name: string; parameters: string }[] {
  const found: { name: string; parameters: string }[] = [];
  const declared = /export\s+(?:async\s+)?function\s+(\w+)\s*(?:<[^(]*?>)?\s*\(/g;
  const arrow = /export\s+const\s+(\w+)\s*(?::[^=]+)?=\s*(?:async\s*)?(?:<[^(]*?>)?\s*\(/g;
  for (const pattern of [declared, arrow]) {
    for (const m of source.matchAll(pattern))
      found.push({ name: m[1] ?? '', parameters: parenthesised(source, m.index + m[0].length - 1) });
  }
  return found;
}

/**
 * A parameter that is a family id as a plain string (or a list of them). Rows to insert still carry a
 * `family_id` field: those are not caught here yet (see the report of issue 11).
 */
const BARE_FAMILY_ID = /\bfamilyIds?\??\s*:\s*(?:string|readonly\s+string\[\]|string\[\])/;

/** Functions that take a family id on purpose, each with why (keep this list short). */
const ALLOWED: Record<string, string> = {
  'modules/governance/governance.repo.ts: searchAudit':
    'the governance lead searches the audit log, for any family, by its id; it reads no family record',
};

describe('the family check as a type', () => {
  const files = sourceFiles(SERVER).filter((f) => !f.endsWith('.test.ts'));

  it('no repository function takes a bare family id: it takes the VisibleFamily that findFamily or systemFamily made', () => {
    const repos = files.filter((f) => f.endsWith('.repo.ts'));
    expect(repos.length).toBeGreaterThan(10);
    const offenders = repos.flatMap((file) =>
      exportedParameters(readFileSync(file, 'utf8'))
        .filter((fn) => BARE_FAMILY_ID.test(fn.parameters))
        .map((fn) => `${relative(SERVER, file)}: ${fn.name}`)
        .filter((name) => !(name in ALLOWED)),
    );
    expect(offenders).toEqual([]);
  });

  it('only server/access makes a VisibleFamily', () => {
    const outside = files.filter((f) => !relative(SERVER, f).startsWith('access'));
    const offenders = outside.filter((file) => /as\s+(?:unknown\s+as\s+)?VisibleFamily\b|visibleBrand/.test(readFileSync(file, 'utf8')));
    expect(offenders.map((f) => relative(SERVER, f))).toEqual([]);
  });

  it('the scan sees what it is looking for', () => {
    const sample = `export async function a(tx: Tx, familyId: string) {}
      export function b(
        tx: Tx,
        scope: AccessScope,
        familyIds: readonly string[],
      ) {}
      export const c = async (tx: Tx, family: VisibleFamily, opts: { f: (x: string) => void }) => {};
      function d(familyId: string) {}`;
    const bare = exportedParameters(sample).filter((fn) => BARE_FAMILY_ID.test(fn.parameters));
    expect(bare.map((fn) => fn.name)).toEqual(['a', 'b']);
    expect(exportedParameters(sample).map((fn) => fn.name)).toEqual(['a', 'b', 'c']);
  });

  it('every reason to bypass the caller’s scope is listed once, in plain words', () => {
    expect(new Set(SYSTEM_REASONS).size).toBe(SYSTEM_REASONS.length);
    for (const reason of SYSTEM_REASONS) expect(reason).toMatch(/^[a-z ]+$/);
  });
});
