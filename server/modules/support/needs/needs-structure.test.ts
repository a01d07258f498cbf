// Needs and referrals held by structure: their SQL writes only their own tables, notifications and (through the consents
// module's sharing log) disclosures; every read of needs and their support applies familyVisible() and needVisible(),
// but for the few named reads that cannot widen anything; and no audit detail carries anyone's words.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { AUDIT_ACTIONS } from '../../../audit/audit-actions.ts';

const DIRS = [import.meta.dirname, join(import.meta.dirname, '..', 'referrals')];
const files = DIRS.flatMap((dir) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
    .map((f) => ({ name: f, text: readFileSync(join(dir, f), 'utf8') })),
);
const source = files.map((f) => f.text).join('\n');

const MAY_WRITE = new Set(['needs', 'need_supports', 'referral_status_changes', 'person_barriers', 'notifications']);

/**
 * Reads of needs or need_supports without needVisible(), each for a reason: the caller's own idempotency key (the
 * answer is then read through loadNeed, which applies the rule), and the chase job's SystemScope read.
 */
const UNSCOPED_READS = new Set(['needByKey', 'referralByKey', 'dueChases']);

/** Each exported function of a repository file, with its body (to the next export). */
function repoFunctions(text: string) {
  const parts = text.split(/\n(?=export )/);
  return parts.flatMap((p) => {
    const m = p.match(/^export (?:async )?function (\w+)/);
    return m?.[1] ? [{ name: m[1], body: p }] : [];
  });
}

describe('needs and referrals, by structure', () => {
  it('write only their own tables and notifications; disclosures only through the sharing log', () => {
    const built = [...source.matchAll(/\.(?:insertInto|updateTable|deleteFrom|mergeInto|replaceInto)\(\s*'(\w+)/g)].map((m) => m[1]);
    const raw = [...source.matchAll(/\b(?:INSERT\s+INTO|(?<!FOR\s)UPDATE|DELETE\s+FROM)\s+(\w+)/gi)].map((m) => m[1]?.toLowerCase());
    expect(built.length).toBeGreaterThan(5);
    expect([...new Set([...built, ...raw])].filter((t) => !MAY_WRITE.has(t ?? ''))).toEqual([]);
    expect(source).toContain('sharingLog.insertDisclosure(');
  });

  it('read needs and their support only through familyVisible and needVisible, but for the named exceptions', () => {
    const reads = files
      .filter((f) => f.name.endsWith('.repo.ts'))
      .flatMap((f) => repoFunctions(f.text))
      .filter((fn) => /selectFrom\('(?:needs|need_supports)|FROM need_supports|JOIN needs/.test(fn.body));
    expect(reads.length).toBeGreaterThan(4);
    const unscoped = reads.filter((fn) => !(fn.body.includes('needVisible(') && fn.body.includes('familyVisible('))).map((fn) => fn.name);
    expect(unscoped.sort()).toEqual([...UNSCOPED_READS].sort());
  });

  it('keep nobody’s words in the audit details', () => {
    const details = Object.entries(AUDIT_ACTIONS)
      .filter(([action]) => /^(needs?|need_support|barriers|referral)\./.test(action))
      .flatMap(([, d]) => Object.keys((d.details as z.ZodObject).shape ?? {}));
    expect(details.length).toBeGreaterThan(8);
    expect(details.filter((k) => /words|text|reason|description/i.test(k))).toEqual([]);
  });
});
