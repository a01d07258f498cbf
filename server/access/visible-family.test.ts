// Keeps the family check a type: no repository function takes a bare family id (as a parameter or as a family_id
// field of the row it writes), and no code outside server/access makes a VisibleFamily by a cast, so a repository
// cannot be called for a family not found through a scope.
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

/** A parameter that is a family id as a plain string (or a list of them). */
const BARE_FAMILY_ID = /\bfamilyIds?\??\s*:\s*(?:string|readonly\s+string\[\]|string\[\])/;

/**
 * A row to write (or a filter) that names its family by id: `{ family_id: string, … }`, optional or nullable
 * too. The repository writes `family_id: family.id` from the VisibleFamily it takes instead.
 */
const FAMILY_ID_FIELD = /\bfamily_id\??\s*:\s*string\b/;

/** Tables with a family_id column (db/schema.ts): a whole Insertable or Updateable of one carries a family id. */
const FAMILY_TABLES = new Set(
  [...readFileSync(join(SERVER, 'db', 'schema.ts'), 'utf8').matchAll(/export\s+interface\s+(\w+)\s*\{([^}]*)\}/g)]
    .filter((m) => /^\s*family_id\??\s*:/m.test(m[2] ?? ''))
    .map((m) => m[1]),
);

/** Kysely's row of a family table whose family_id was not taken out with Omit<…, 'family_id'>. */
function familyRowType(parameters: string): boolean {
  const withoutFamily = parameters.replace(/Omit<\s*(?:Insertable|Updateable)<\w+>\s*,[^>]*'family_id'[^>]*>/g, '');
  return [...withoutFamily.matchAll(/\b(?:Insertable|Updateable)<\s*(\w+)\s*>/g)].some((m) => FAMILY_TABLES.has(m[1] ?? ''));
}

/** The file's own type aliases, by name, with what they stand for (so `rows: NewRow[]` is read as the row it names). */
function typeAliases(source: string): Map<string, string> {
  const aliases = new Map<string, string>();
  for (const m of source.matchAll(/\btype\s+(\w+)\s*(?:<[^=]*>)?\s*=/g)) {
    let depth = 0;
    let end = m.index + m[0].length;
    for (; end < source.length; end++) {
      const c = source[end];
      if (c === '(' || c === '{' || c === '[') depth++;
      else if (c === ')' || c === '}' || c === ']') depth--;
      else if (c === ';' && depth === 0) break;
    }
    aliases.set(m[1] ?? '', source.slice(m.index + m[0].length, end));
  }
  return aliases;
}

/** The parameter list with the file's own type aliases written out, a few levels deep. */
function expanded(parameters: string, aliases: Map<string, string>): string {
  let text = parameters;
  for (let level = 0; level < 3; level++)
    text = text.replace(/\b[A-Z]\w*\b/g, (name) => (aliases.has(name) ? `(${aliases.get(name)})` : name));
  return text;
}

/** Whether a repository function's parameters let its caller name the family by id. */
function takesFamilyById(parameters: string, aliases: Map<string, string>): boolean {
  const text = expanded(parameters, aliases);
  return BARE_FAMILY_ID.test(text) || FAMILY_ID_FIELD.test(text) || familyRowType(text);
}

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
    expect(FAMILY_TABLES.size).toBeGreaterThan(10);
    const offenders = repos.flatMap((file) => {
      const source = readFileSync(file, 'utf8');
      const aliases = typeAliases(source);
      return exportedParameters(source)
        .filter((fn) => takesFamilyById(fn.parameters, aliases))
        .map((fn) => `${relative(SERVER, file)}: ${fn.name}`)
        .filter((name) => !(name in ALLOWED));
    });
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

  it('the scan sees a family id carried in the row a repository writes', () => {
    const sample = `type NewRow = {
        id: string;
        family_id: string;
      } & ({ a: string } | { b: string });
      type Fine = { id: string; text: string };
      export async function insertThing(tx: Tx, v: { id: string; family_id: string; text: string }) {}
      export async function maybe(tx: Tx, v: { family_id?: string | null }) {}
      export async function notifyAll(tx: Tx, rows: NewRow[]) {}
      export async function insertEntry(tx: Tx, v: Insertable<RecordEntriesTable>) {}
      export async function setEntry(tx: Tx, family: VisibleFamily, set: Omit<Updateable<RecordEntriesTable>, 'version'>) {}
      export async function insertFine(tx: Tx, family: VisibleFamily, v: Fine) {}
      export async function insertLimited(tx: Tx, family: VisibleFamily, v: Omit<Insertable<RecordEntriesTable>, 'family_id'>) {}
      export async function insertStaff(tx: Tx, v: Insertable<StaffTable>) {}
      export async function markDone(tx: Tx, plans: { family: VisibleFamily; id: string }[]) {}`;
    const aliases = typeAliases(sample);
    const caught = exportedParameters(sample).filter((fn) => takesFamilyById(fn.parameters, aliases));
    expect(caught.map((fn) => fn.name)).toEqual(['insertThing', 'maybe', 'notifyAll', 'insertEntry', 'setEntry']);
    expect(FAMILY_TABLES.has('RecordEntriesTable')).toBe(true);
    expect(FAMILY_TABLES.has('StaffTable')).toBe(false);
  });

  it('every reason to bypass the caller’s scope is listed once, in plain words', () => {
    expect(new Set(SYSTEM_REASONS).size).toBe(SYSTEM_REASONS.length);
    for (const reason of SYSTEM_REASONS) expect(reason).toMatch(/^[a-z ]+$/);
  });
});
