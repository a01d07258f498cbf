// SQL of the team manager's counts of words kept as written (issue 16 §1): saves by the team's workers that kept words,
// by vocabulary entry and by month. It returns numbers only: never a worker, a family or the words' context.
import { sql } from 'kysely';
import type { Tx } from '../../db/database.ts';

/** The caller's team and its name (none: not in a team). */
/**
 * Since `since`, the saves that kept words by writers in this team (their team when they saved): counted once per
 * vocabulary entry they kept (a save keeping "refused" twice and "hostile" once counts once for each), and per month (UTC).
 */
export async function keptCounts(tx: Tx, teamId: string, since: Date) {
  const byWord = await sql<{ entry_id: string; kind: string; count: number }>`
    SELECT f.value->>'entryId' AS entry_id, min(f.value->>'kind') AS kind, count(DISTINCT k.id)::int AS count
    FROM kept_as_written k CROSS JOIN LATERAL jsonb_array_elements(k.findings) f
    WHERE k.team_id = ${teamId} AND k.created_at >= ${since}
    GROUP BY f.value->>'entryId'`.execute(tx);
  const byMonth = await sql<{ month: string; count: number }>`
    SELECT to_char(k.created_at AT TIME ZONE 'UTC', 'YYYY-MM') AS month, count(*)::int AS count
    FROM kept_as_written k
    WHERE k.team_id = ${teamId} AND k.created_at >= ${since}
    GROUP BY 1`.execute(tx);
  return { byWord: byWord.rows, byMonth: byMonth.rows };
}
