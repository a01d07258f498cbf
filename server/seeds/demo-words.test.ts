// Issue 16 §1: the demo family's words pass the respectful-language check. Everything a worker wrote that the family
// reads is checked as the save-time check would (visits and meetings too: purpose, place, reports, decisions, minutes); a
// finding must carry a kept-as-written confirmation with a reason.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkRespectfulWords } from '../../shared/domain/respectful-words.ts';
import { sectionSubjectId } from '../modules/plans/documents/section-subject.ts';
import { createTestApp, type TestApp } from '../test/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t?.close());

/** Every string inside a JSON value (a plan item's content). */
function stringsOf(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(stringsOf);
  if (value && typeof value === 'object') return Object.values(value).flatMap(stringsOf);
  return [];
}

type Written = { kind: string; id: string; text: string };

async function workersWords(): Promise<Written[]> {
  const db = t.database.db;
  const rows = await sql<{ kind: string; id: string; text: unknown }>`
    SELECT 'record_entry' AS kind, id::text, text FROM record_entries
    UNION ALL SELECT 'closing_summary', id::text, summary FROM involvement_closures
    UNION ALL SELECT 'plan_item', i.id::text, i.content::text FROM recovery_plan_items i
      JOIN accounts a ON a.id = i.updated_by_account_id WHERE a.kind = 'professional'
    UNION ALL SELECT 'child_plan', s.document_id::text || ':' || s.section_key, s.text FROM plan_document_sections s
      JOIN accounts a ON a.id = s.updated_by_account_id WHERE a.kind = 'professional'
    UNION ALL SELECT 'need', id::text, concat_ws(E'\n', words, support_wanted) FROM needs WHERE written_by_staff_id IS NOT NULL
    UNION ALL SELECT 'need_support', id::text, concat_ws(E'\n', description, sent_text) FROM need_supports
      WHERE offered_by_staff_id IS NOT NULL
    UNION ALL SELECT CASE WHEN kind = 'meeting' THEN 'meeting' ELSE 'appointment' END, id::text,
      concat_ws(E'\n', purpose, place, what_to_bring, unannounced_reason, CASE WHEN cancelled_by_staff_id IS NOT NULL THEN cancel_reason END)
      FROM appointments
    UNION ALL SELECT 'meeting', appointment_id::text, minutes FROM meetings WHERE minutes IS NOT NULL
    UNION ALL SELECT 'meeting_part', id::text, text FROM meeting_reports
    UNION ALL SELECT 'meeting_part', id::text, text FROM meeting_decisions`.execute(db);
  return rows.rows.map((r) => ({
    kind: r.kind,
    // A section is known outside its table by a name-based id of (document, section key).
    id: r.kind === 'child_plan' ? sectionSubjectId(...(r.id.split(':') as [string, string])) : r.id,
    text: r.kind === 'plan_item' ? stringsOf(JSON.parse(String(r.text))).join('\n') : String(r.text ?? ''),
  }));
}

describe('the demo family’s words', () => {
  it('has workers’ words to check', async () => {
    const words = await workersWords();
    expect(words.length).toBeGreaterThan(20);
    // The visits' and the core group meeting's words are among them (its purpose and minutes, Daniel's report, two decisions).
    const kinds = words.map((w) => w.kind);
    expect(kinds.filter((k) => k === 'appointment').length).toBeGreaterThanOrEqual(2);
    expect(kinds.filter((k) => k === 'meeting').length).toBe(2);
    expect(kinds.filter((k) => k === 'meeting_part').length).toBe(3);
  });

  it('pass the respectful-language check, or carry a kept-as-written confirmation with a reason', async () => {
    const kept = await t.database.db.selectFrom('kept_as_written').select(['subject_kind', 'subject_id', 'reason']).execute();
    const keptFor = new Set(kept.filter((k) => k.reason.trim().length >= 3).map((k) => `${k.subject_kind}:${k.subject_id}`));
    const unkept = (await workersWords())
      .map((w) => ({ ...w, found: checkRespectfulWords(w.text).map((f) => f.found) }))
      .filter((w) => w.found.length > 0 && !keptFor.has(`${w.kind}:${w.id}`))
      .map((w) => `${w.kind} ${w.id}: ${w.found.join(', ')}`);
    expect(unkept).toEqual([]);
  });
});
