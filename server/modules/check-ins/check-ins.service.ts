// The parent's check-ins (issue 14 §1): "How are things?" on her own 0–10 scale, at the rhythm she chooses, seen only by
// the workers she chooses. A low number suggests asking for help to her alone; it never tells anyone and never
// changes a level, a rating or a flag: this module writes only its own two tables and the notifications she chose.
import type { z } from 'zod';
import type {
  CheckIn,
  MyCheckIns,
  NewCheckInRequest,
  SaveCheckInSettingsRequest,
  SharedCheckIns,
} from '../../../shared/contracts/check-ins.ts';
import { CHECK_IN_RHYTHM_DAYS, CHECK_IN_SUGGEST_HELP_AT, DEFAULT_SCALE_WORDS } from '../../../shared/domain/check-ins.ts';
import type { Locale } from '../../../shared/i18n/locales.ts';
import { type FamilyMemberActor, writerLanguage } from '../../access/actor.ts';
import { type FamilyDeps, readFamily, withFamily } from '../../access/family-access.ts';
import { type SystemScope, systemScope } from '../../access/scope.ts';
import { systemFamily, type VisibleFamily } from '../../access/visible-family.ts';
import type { Db, Tx } from '../../db/database.ts';
import { newId } from '../../db/ids.ts';
import { badRequest, forbidden, staleSave } from '../../http/errors.ts';
import type { RequestContext } from '../../http/request-context.ts';
import { notifyFamily } from '../notifications/index.ts';
import * as repo from './check-ins.repo.ts';

const YEAR_MS = 366 * 86_400_000;

function theParent(ctx: RequestContext): Extract<FamilyMemberActor, { kind: 'parent' | 'young_person' | 'network_member' }> {
  const a = ctx.actor;
  if (a.kind !== 'parent') throw forbidden('Check-ins are for the parent the record is about.');
  return a;
}

type SettingsRow = NonNullable<Awaited<ReturnType<typeof repo.findSettings>>>;

const addDays = (day: Date, days: number) => new Date(day.getTime() + days * 86_400_000).toISOString().slice(0, 10);

/** Her scale's words: her own, with the language she wrote them in, or the defaults (which each page words itself). */
function scaleView(row: { low_words: string | null; high_words: string | null; written_in: Locale | null } | undefined) {
  const low = row?.low_words ?? DEFAULT_SCALE_WORDS.low;
  const high = row?.high_words ?? DEFAULT_SCALE_WORDS.high;
  return {
    lowWords: low,
    highWords: high,
    lowIsDefault: low === DEFAULT_SCALE_WORDS.low,
    highIsDefault: high === DEFAULT_SCALE_WORDS.high,
    scaleWrittenIn: row?.written_in ?? 'en',
  };
}

function settingsView(row: SettingsRow | undefined, lastCheckIn: Date | null): MyCheckIns['settings'] {
  if (!row) return { rhythm: 'off', ...scaleView(undefined), shareWithStaffIds: [], version: 0, nextDueOn: null };
  const days = CHECK_IN_RHYTHM_DAYS[row.rhythm];
  const from = lastCheckIn && lastCheckIn > row.updated_at ? lastCheckIn : row.updated_at;
  return {
    rhythm: row.rhythm,
    ...scaleView(row),
    shareWithStaffIds: row.share_with_staff_ids,
    version: row.version,
    nextDueOn: days === null ? null : addDays(from, days),
  };
}

/** Said of someone she once showed a check-in to who has left her care team (the export's words; the page words its own). */
const NO_LONGER_ON_TEAM = 'Someone no longer on your care team';

function checkInView(
  row: { id: string; score: number; words: string | null; written_in: Locale; created_at: Date; shared_with_staff_ids: string[] },
  names: Map<string, string>,
): CheckIn {
  const sharedWithNames = row.shared_with_staff_ids.map((id) => names.get(id) ?? null);
  return {
    id: row.id,
    score: row.score,
    words: row.words,
    writtenIn: row.written_in,
    createdAt: row.created_at.toISOString(),
    sharedWith: sharedWithNames.map((name) => name ?? NO_LONGER_ON_TEAM),
    sharedWithNames,
  };
}

async function mine(tx: Tx, family: VisibleFamily, actor: { personId: string }): Promise<MyCheckIns> {
  const [settings, team, rows] = await Promise.all([
    repo.findSettings(tx, family, actor.personId),
    repo.careTeam(tx, family),
    repo.ownCheckIns(tx, family, actor.personId, new Date(Date.now() - YEAR_MS)),
  ]);
  const names = new Map(team.map((t) => [t.staff_id, t.full_name]));
  return {
    settings: settingsView(settings, rows.at(-1)?.created_at ?? null),
    people: team.map((t) => ({ staffId: t.staff_id, name: t.full_name, role: t.job_title, teamRole: t.team_role })),
    checkIns: rows.map((r) => checkInView(r, names)),
  };
}

type Team = Awaited<ReturnType<typeof repo.careTeam>>;

/** Only workers on her care team now can be chosen: anyone else is a clear 400. */
function onlyCareTeam(team: Team, staffIds: readonly string[], field: string) {
  const onTeam = new Set(team.map((t) => t.staff_id));
  if (staffIds.some((id) => !onTeam.has(id)))
    throw badRequest('Choose people who are on your care team now.', { [field]: 'Choose from the people listed' });
  return [...new Set(staffIds)];
}

export function getMyCheckIns(deps: FamilyDeps, ctx: RequestContext): Promise<MyCheckIns> {
  const actor = theParent(ctx);
  return readFamily(deps, ctx, actor.familyId, 'check_ins.viewed', async (tx, family) => {
    const result = await mine(tx, family, actor);
    return { result, audit: { details: { count: result.checkIns.length } } };
  });
}

export function saveSettings(
  deps: FamilyDeps,
  ctx: RequestContext,
  input: z.output<typeof SaveCheckInSettingsRequest>,
): Promise<MyCheckIns> {
  const actor = theParent(ctx);
  return withFamily(deps, ctx, actor.familyId, 'check_in.settings_changed', async (tx, family) => {
    const values = {
      rhythm: input.rhythm,
      low_words: input.lowWords,
      high_words: input.highWords,
      share_with_staff_ids: onlyCareTeam(await repo.careTeam(tx, family), input.shareWithStaffIds, 'shareWithStaffIds'),
      // Her own words for the scale, in the language she writes in (issue 16 §3).
      written_in: writerLanguage(actor),
    };
    const saved =
      input.version === 0
        ? await repo.insertSettings(tx, family, actor.personId, values)
        : await repo.updateSettings(tx, family, actor.personId, input.version, values);
    if (!saved)
      throw await staleSave(
        () => mine(tx, family, actor),
        'You changed these settings somewhere else in the meantime. Here they are now: check them and save again.',
      );
    return { result: await mine(tx, family, actor), audit: {} };
  });
}

export function addCheckIn(
  deps: FamilyDeps,
  ctx: RequestContext,
  input: z.output<typeof NewCheckInRequest>,
  idempotencyKey: string | undefined,
): Promise<{ checkIn: CheckIn; suggestHelp: boolean }> {
  const actor = theParent(ctx);
  return withFamily(deps, ctx, actor.familyId, 'check_in.recorded', async (tx, family) => {
    // The care team once: to check whom she chose, and for their names in the answer.
    const team = await repo.careTeam(tx, family);
    const sharedWith = onlyCareTeam(team, input.shareWithStaffIds, 'shareWithStaffIds');
    const { row, created } = await repo.insertCheckIn(tx, family, {
      id: newId(),
      person_id: actor.personId,
      account_id: actor.accountId,
      score: input.score,
      words: input.words ? input.words : null,
      shared_with_staff_ids: sharedWith,
      idempotency_key: idempotencyKey ?? null,
      written_in: writerLanguage(actor),
    });
    // Only the people she chose hear of it, with the same neutral words whatever the number.
    if (created && sharedWith.length > 0)
      await notifyFamily(tx, family, 'check_in_shared', { staffIds: sharedWith }, `${actor.name} shared a check-in with you.`, newId);
    const names = new Map(team.map((t) => [t.staff_id, t.full_name]));
    return {
      result: { checkIn: checkInView(row, names), suggestHelp: row.score <= CHECK_IN_SUGGEST_HELP_AT },
      audit: { subjectType: 'check_in', subjectId: row.id, details: { sharedWith: row.shared_with_staff_ids.length } },
    };
  });
}

/** A worker: only the check-ins each parent chose to show them. */
export function sharedWithMe(deps: FamilyDeps, ctx: RequestContext, familyId: string): Promise<{ people: SharedCheckIns[] }> {
  const actor = ctx.actor;
  if (actor.kind !== 'professional') throw forbidden();
  return readFamily(deps, ctx, familyId, 'check_ins.viewed', async (tx, family) => {
    const parents = await repo.parentsWithSettingsOrCheckIns(tx, family);
    const since = new Date(Date.now() - YEAR_MS);
    const people: SharedCheckIns[] = [];
    for (const p of parents) {
      const rows = await repo.checkInsSharedWith(tx, family, p.person_id, actor.staffId, since);
      if (rows.length === 0) continue;
      people.push({
        personName: p.name,
        ...scaleView(p),
        checkIns: rows.map((r) => ({
          id: r.id,
          score: r.score,
          words: r.words,
          writtenIn: r.written_in,
          createdAt: r.created_at.toISOString(),
        })),
      });
    }
    return { result: { people }, audit: { details: { count: people.reduce((n, p) => n + p.checkIns.length, 0) } } };
  });
}

/** The reminder job: each parent whose rhythm says a check-in is due is told once for that day. */
export function remindCheckIns(db: Db, now = new Date()) {
  const system: SystemScope = systemScope('check in reminders');
  const today = now.toISOString().slice(0, 10);
  return db.transaction().execute(async (tx) => {
    const due = await repo.dueReminders(tx, system, today);
    for (const row of due) await repo.markReminded(tx, systemFamily('check in reminders', row.family_id), row);
    return due.length;
  });
}

/**
 * A person's own check-ins for their subject access export, with who could see each: the parent's alone (nobody else's
 * export holds them, whoever they were shown to). Null for anyone who is not the parent the record is about.
 */
export async function checkInsForExport(tx: Tx, family: VisibleFamily, viewer: FamilyMemberActor): Promise<CheckIn[] | null> {
  if (viewer.kind !== 'parent') return null;
  const [team, rows] = await Promise.all([repo.careTeam(tx, family), repo.allCheckIns(tx, family, viewer.personId)]);
  const names = new Map(team.map((t) => [t.staff_id, t.full_name]));
  return rows.map((r) => checkInView(r, names));
}
