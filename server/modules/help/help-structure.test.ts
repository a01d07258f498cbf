// Asking for help is never a risk indicator, held by structure (PRODUCT §7, P9): the help module's SQL writes only its
// own tables and notifications, never involvement, ratings, flags or summaries; no column, contract field or audit
// detail that carries a request has risk, concern, flag or score in its name; and no other table points at a request.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import * as contracts from '../../../shared/contracts/help.ts';
import { AUDIT_ACTIONS } from '../../audit/audit-actions.ts';
import { createTestDatabase, type TestDatabase } from '../../test/test-database.ts';

const RISKY = /risk|concern|flag|score/i;
const HELP_TABLES = ['help_requests', 'help_request_events', 'help_settings'];
/**
 * What the help module may write: its own tables, notifications, a team's duty worker, and the care team (a duty worker
 * or manager of another team who is asked to answer joins it, so the one access rule lets them read the request).
 */
const MAY_WRITE = new Set([...HELP_TABLES, 'notifications', 'teams', 'care_team_members']);

const source = readdirSync(import.meta.dirname)
  .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
  .map((f) => readFileSync(join(import.meta.dirname, f), 'utf8'))
  .join('\n');

describe('the help module writes nothing a risk judgement reads', () => {
  it('writes only help tables, notifications, a team’s duty worker and the care team, in the builder and in raw SQL', () => {
    const built = [...source.matchAll(/\.(?:insertInto|updateTable|deleteFrom|mergeInto|replaceInto)\(\s*'(\w+)/g)].map((m) => m[1]);
    const raw = [...source.matchAll(/\b(?:INSERT\s+INTO|UPDATE|DELETE\s+FROM)\s+(\w+)/gi)].map((m) => m[1]?.toLowerCase());
    const written = new Set([...built, ...raw]);
    expect(built.length).toBeGreaterThan(0);
    expect([...written].filter((t) => !MAY_WRITE.has(t ?? ''))).toEqual([]);
    for (const table of ['families', 'involvement_history', 'recovery_plan_ratings', 'recovery_plan_items', 'family_summaries'])
      expect(written.has(table)).toBe(false);
  });

  it('has no contract field with a risk-like name', () => {
    const keys = (schema: unknown, path: string): string[] => {
      const def = (schema as { def?: { type?: string; shape?: Record<string, unknown>; element?: unknown; innerType?: unknown } })?.def;
      if (!def) return [];
      if (def.type === 'object' && def.shape)
        return Object.entries(def.shape).flatMap(([k, v]) => [`${path}.${k}`, ...keys(v, `${path}.${k}`)]);
      if (def.type === 'array') return keys(def.element, path);
      if (def.innerType) return keys(def.innerType, path);
      return [];
    };
    const all = Object.entries(contracts).flatMap(([name, schema]) => keys(schema as z.ZodType, name));
    expect(all.length).toBeGreaterThan(50);
    expect(all.filter((k) => RISKY.test(k.split('.').at(-1) ?? ''))).toEqual([]);
  });

  it('keeps no risk-like detail in the audit events of asking for help', () => {
    const details = Object.entries(AUDIT_ACTIONS)
      .filter(([action]) => action.startsWith('help_'))
      .flatMap(([, d]) => Object.keys((d.details as z.ZodObject).shape ?? {}));
    expect(details.length).toBeGreaterThan(5);
    expect(details.filter((k) => RISKY.test(k))).toEqual([]);
  });
});

describe('the database carries a request in nothing risk-like', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database?.close());

  it('gives the help tables no risk-, concern-, flag- or score-named column, and early help as their only purpose', async () => {
    const columns = await database.asOwner(
      'SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = ANY($1)',
      [HELP_TABLES],
    );
    expect(columns.rows.length).toBeGreaterThan(30);
    expect(columns.rows.filter((c) => RISKY.test(c.column_name))).toEqual([]);
    const purpose = await database.asOwner(
      "SELECT pg_get_constraintdef(oid) AS def FROM pg_constraint WHERE conrelid = 'help_requests'::regclass AND conname = 'help_requests_purpose_check'",
    );
    expect(purpose.rows[0]?.def).toContain("'early_help'");
    expect(purpose.rows[0]?.def).not.toMatch(RISKY);
  });

  it('has no table outside asking for help that points at a request', async () => {
    const pointing = await database.asOwner(
      `SELECT conrelid::regclass::text AS from_table FROM pg_constraint
       WHERE contype = 'f' AND confrelid = ANY(ARRAY['help_requests'::regclass, 'help_request_events'::regclass])`,
    );
    expect(pointing.rows.map((r) => r.from_table).filter((t) => !HELP_TABLES.includes(t))).toEqual([]);
  });
});
