// EXPLAIN (ANALYZE, BUFFERS) of the main queries behind the benchmarked endpoints, for a real family, professional and parent of a generated database.
import fs from 'node:fs';
import pg from 'pg';
import { dbUrl, parseFlags, type Tokens, tokensFile } from './bench-common.ts';

const flags = parseFlags({ db: 'umbrella_bench_1' });
const tokens = JSON.parse(fs.readFileSync(tokensFile(flags.db), 'utf8')) as Tokens;
const prof = tokens.professionals[Math.floor(tokens.professionals.length / 2)];
const parent = tokens.parents[Math.floor(tokens.parents.length / 2)];
if (!prof || !parent) throw new Error('no sessions in the tokens file');
const familyId = prof.families[0] ?? '';

// The SQL the repositories generate (Kysely), written out with the same shape and conditions.
const visible = `IN (SELECT ctm.family_id FROM care_team_members ctm WHERE ctm.staff_id = $2 AND ctm.ended_at IS NULL AND ctm.started_at <= now())`;
const QUERIES: [string, string, unknown[]][] = [
  [
    'session lookup (every request)',
    `SELECT s.id, s.stage, s.csrf_token, a.id, a.kind, st.full_name, o.name, p.full_name FROM sessions s JOIN accounts a ON a.id = s.account_id
     LEFT JOIN staff st ON st.id = a.staff_id LEFT JOIN organisations o ON o.id = st.organisation_id
     LEFT JOIN people p ON p.family_id = a.family_id AND p.id = a.person_id WHERE s.id = encode(sha256($1::bytea), 'hex')`,
    [prof.token],
  ],
  [
    'open a family: findFamily (access check)',
    `SELECT id, display_name, involvement_level, version FROM families WHERE id = $1 AND families.id ${visible}`,
    [familyId, prof.staffId],
  ],
  [
    'open a family: people',
    `SELECT people.* FROM people WHERE people.family_id = $1 AND people.family_id ${visible} ORDER BY people.created_at`,
    [familyId, prof.staffId],
  ],
  [
    'open a family: care team',
    `SELECT m.id, s.full_name, o.name FROM care_team_members m JOIN staff s ON s.id = m.staff_id JOIN organisations o ON o.id = s.organisation_id
     WHERE m.family_id = $1 AND m.ended_at IS NULL AND m.family_id ${visible} ORDER BY m.started_at`,
    [familyId, prof.staffId],
  ],
  [
    "list a professional's families",
    `SELECT f.id, f.display_name, m.team_role,
       (SELECT count(*) FROM people p WHERE p.family_id = f.id AND p.kind = 'child') AS children_count,
       (SELECT count(*) FROM people p WHERE p.family_id = f.id) AS people_count,
       EXISTS (SELECT 1 FROM people a WHERE a.family_id = f.id AND a.known_to_adult_mental_health
         AND a.kind IN ('parent', 'other_adult') AND a.dependants_asked_none_at IS NULL
         AND NOT EXISTS (SELECT 1 FROM relationships r WHERE r.family_id = a.family_id AND r.from_person_id = a.id
           AND r.kind IN ('parent_of', 'carer_of', 'grandparent_of'))) AS children_not_asked
     FROM families f JOIN care_team_members m ON m.family_id = f.id AND m.staff_id = $1 AND m.ended_at IS NULL
     WHERE f.id IN (SELECT ctm.family_id FROM care_team_members ctm WHERE ctm.staff_id = $1 AND ctm.ended_at IS NULL AND ctm.started_at <= now())
     ORDER BY f.display_name`,
    [prof.staffId],
  ],
  [
    "parent's My record, first page",
    `SELECT e.* FROM record_entries e WHERE e.family_id = $1 AND e.family_id = $1 AND NOT (e.withholding_scope = 'whole' AND e.placeholder_hidden)
     ORDER BY e.occurred_at DESC, e.id DESC LIMIT 21`,
    [parent.familyId],
  ],
  [
    'My record: versions of the page',
    `SELECT v.entry_id, v.version, s.full_name FROM record_entry_versions v JOIN staff s ON s.id = v.edited_by_staff_id
     WHERE v.family_id = $1 AND v.entry_id IN (SELECT id FROM record_entries WHERE family_id = $1 ORDER BY occurred_at DESC, id DESC LIMIT 20)
     ORDER BY v.version DESC`,
    [parent.familyId],
  ],
  [
    'Who has looked at my record, first page',
    `SELECT a.id, a.occurred_at, a.action, s.full_name, o.name, p.full_name FROM audit_events a
     LEFT JOIN staff s ON s.id = a.actor_staff_id LEFT JOIN organisations o ON o.id = s.organisation_id
     LEFT JOIN accounts acc ON acc.id = a.actor_account_id LEFT JOIN people p ON p.family_id = acc.family_id AND p.id = acc.person_id
     WHERE a.family_id = $1 AND a.outcome = 'allowed' AND a.family_id = $1 ORDER BY a.occurred_at DESC, a.id DESC LIMIT 51`,
    [parent.familyId],
  ],
  [
    'withholding review job: due entries',
    `SELECT family_id, id FROM record_entries WHERE withholding_scope IS NOT NULL AND withholding_review_on <= $1::date AND entered_in_error_at IS NULL`,
    ['2026-11-25'],
  ],
];

const client = new pg.Client({ connectionString: dbUrl(flags.db) });
await client.connect();
try {
  for (const [title, text, params] of QUERIES) {
    const plan = await client.query<{ 'QUERY PLAN': string }>(`EXPLAIN (ANALYZE, BUFFERS) ${text}`, params);
    process.stdout.write(`\n### ${title}\n\n\`\`\`\n${plan.rows.map((r) => r['QUERY PLAN']).join('\n')}\n\`\`\`\n`);
  }
} finally {
  await client.end();
}
