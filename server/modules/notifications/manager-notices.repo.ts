// SQL for what a team manager is told (issue 18 §4): the managers of the teams a family is on the caseload of, one notice
// to each (once per event: a dedupe key per manager), and the withholdings whose review date has passed.
import { type Expression, type SqlBool, sql } from 'kysely';
import { familyVisible, type SystemScope, staffMayReadEntry } from '../../access/scope.ts';
import type { VisibleFamily } from '../../access/visible-family.ts';
import type { Tx } from '../../db/database.ts';
import { notificationIdFor } from '../../db/ids.ts';
import type { ManagerNoticeKind } from './manager-notices.policy.ts';

/** A manager whose account is disabled has left: not told (the help escalation's rule). */
const stillWorking = sql<SqlBool>`NOT EXISTS (SELECT 1 FROM accounts acc WHERE acc.staff_id = s.id AND acc.disabled_at IS NOT NULL)`;

/**
 * The teams that have the family on their caseload: a current care-team member (not ended, started) is in the team. The
 * same rule as access/team-caseload.ts#teamCaseloadFamilies, read the other way round (from the family to its teams).
 */
const caseloadTeams = (familyId: string) =>
  sql<{ team_id: string }>`SELECT st.team_id FROM care_team_members ctm JOIN staff st ON st.id = ctm.staff_id
    WHERE ctm.family_id = ${familyId} AND ctm.ended_at IS NULL AND ctm.started_at <= now() AND st.team_id IS NOT NULL`;

/** Who is told: the family's caseload teams' managers (default), one worker's team's managers, or these managers. */
export type ManagersOf = { caseload: true } | { teamOf: string } | { managers: readonly string[] };

function recipients(family: VisibleFamily, who: ManagersOf): Expression<SqlBool> {
  if ('teamOf' in who) return sql<SqlBool>`s.team_id = (SELECT team_id FROM staff WHERE id = ${who.teamOf})`;
  if ('managers' in who) return who.managers.length ? sql<SqlBool>`s.id IN (${sql.join([...who.managers])})` : sql<SqlBool>`false`;
  return sql<SqlBool>`s.team_id IN (${caseloadTeams(family.id)})`;
}

/**
 * Tells the team managers of a family about something that matters (a kind of MANAGER_NOTICE_URGENCY), in English, the
 * family named by its display name (`message` is given it). Not the person who did it (`exceptStaffId`), nobody for a
 * closed family (the team changes nothing there until it is reopened) unless `to` names the managers (a request for help
 * escalated to them is still theirs to answer), and never twice for the same event: each
 * manager's notice carries `dedupeKey:<their staff id>`, and a second one is not written. By default the managers of
 * every team with a current care-team member on the family (two teams, both managers); `to` names them otherwise.
 * Returns the staff ids told now.
 */
export async function notifyTeamManagers(
  tx: Tx,
  family: VisibleFamily,
  kind: ManagerNoticeKind,
  message: string | ((familyName: string) => string),
  options: { dedupeKey: string; exceptStaffId?: string | null; to?: ManagersOf },
): Promise<string[]> {
  const who = options.to ?? { caseload: true };
  // The family's name and state and its managers in one read (a job may tell hundreds of families in a run).
  const rows = await tx
    .selectFrom('families as f')
    .leftJoin('staff as s', (j) => j.on('s.role', '=', 'team_manager').on(recipients(family, who)).on(stillWorking))
    .select(['f.display_name', 'f.closed_at', 's.id'])
    .where('f.id', '=', family.id)
    .orderBy('s.id')
    .execute();
  const f = rows[0];
  if (!f || (f.closed_at !== null && !('managers' in who))) return [];
  const to = rows.flatMap((r) => (r.id !== null && r.id !== options.exceptStaffId ? [r.id] : []));
  if (to.length === 0) return [];
  const words = typeof message === 'string' ? message : message(f.display_name);
  const told = await tx
    .insertInto('notifications')
    .values(
      to.map((staffId) => ({
        // Made from the dedupe key, so the primary key keeps a second one out.
        id: notificationIdFor(`${options.dedupeKey}:${staffId}`),
        recipient_staff_id: staffId,
        recipient_account_id: null,
        kind,
        family_id: family.id,
        entry_id: null,
        message: words,
        message_id: null,
        message_values: null,
        dedupe_key: `${options.dedupeKey}:${staffId}`,
      })),
    )
    .onConflict((c) => c.column('id').doNothing())
    .returning('recipient_staff_id')
    .execute();
  return told.map((t) => t.recipient_staff_id).filter((id): id is string => id !== null);
}

/** The dedupe key of a withholding past its review date: one notice per entry and review date (and manager). */
export const withholdingOverdueKey = (entryId: string, reviewOn: string) => `manager-withholding:${entryId}:${reviewOn}`;

/**
 * A manager (alias `s`, joined to her organisation `o`) who may be told of the withheld entry `e`: a team manager of one of
 * the family's caseload teams, still working, not its author, and one who may open the entry by the rule that decides who
 * reads it (access/scope.ts#staffMayReadEntry). A manager who cannot read it (not on the care team, or a category her
 * agency does not see) is not told that it exists.
 */
const managerMayBeTold = sql<SqlBool>`s.role = 'team_manager' AND s.id <> e.author_staff_id AND ${stillWorking}
  AND s.team_id IN (SELECT st.team_id FROM care_team_members ctm JOIN staff st ON st.id = ctm.staff_id
    WHERE ctm.family_id = e.family_id AND ctm.ended_at IS NULL AND ctm.started_at <= now() AND st.team_id IS NOT NULL)
  AND ${staffMayReadEntry('s', 'o', 'e')}`;

/**
 * Entries still kept from the parent whose review date is before `today` (passed, not reviewed: a review releases the
 * entry or sets a new date) and that some manager who may be told of it (managerMayBeTold) has not yet been told of for
 * this date, with those managers. Read under the job's system scope; at most 5000 a run, the rest next time.
 */
export async function withholdingsPastReview(tx: Tx, system: SystemScope, today: string) {
  const { rows } = await sql<{ family_id: string; id: string; author_staff_id: string; review_on: string; managers: string[] }>`
    SELECT e.family_id, e.id, e.author_staff_id, to_char(e.withholding_review_on, 'YYYY-MM-DD') AS review_on,
      ARRAY(SELECT s.id::text FROM staff s JOIN organisations o ON o.id = s.organisation_id WHERE ${managerMayBeTold}) AS managers
    FROM record_entries e JOIN families f ON f.id = e.family_id
    WHERE ${familyVisible(system, 'e.family_id')} AND e.withholding_scope IS NOT NULL AND e.withholding_review_on < ${today}::date
      AND e.entered_in_error_at IS NULL AND f.closed_at IS NULL
      AND EXISTS (
        SELECT 1 FROM staff s JOIN organisations o ON o.id = s.organisation_id
        WHERE ${managerMayBeTold}
          AND NOT EXISTS (SELECT 1 FROM notifications n
            WHERE n.dedupe_key = 'manager-withholding:' || e.id || ':' || to_char(e.withholding_review_on, 'YYYY-MM-DD') || ':' || s.id))
    ORDER BY e.withholding_review_on
    LIMIT 5000`.execute(tx);
  return rows;
}
