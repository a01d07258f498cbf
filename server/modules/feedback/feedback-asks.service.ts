// Making a request for feedback (issue 18 §1), called inside another module's transaction after a visit happened, a
// meeting's attendance was recorded or a contact was written: whom to ask, never more than once a week each, never a
// closed family, never about a professionals' meeting, and never about a contact the parent could not read whole.
import { FEEDBACK_ASK_INTERVAL_DAYS, type FeedbackAskAbout } from '../../../shared/domain/learning.ts';
import { LOCALES, type Locale } from '../../../shared/i18n/locales.ts';
import type { VisibleFamily } from '../../access/visible-family.ts';
import type { Tx } from '../../db/database.ts';
import { newId } from '../../db/ids.ts';
import * as repo from './feedback.repo.ts';

/** The record's kinds of contact a parent may be asked about: ones she was part of, not a message or a note. */
const CONTACT_ENTRY_KINDS: readonly string[] = ['home_visit', 'office_meeting', 'phone_call'];

/** What happened: a visit or appointment (by the worker who said so), a meeting (with who came), a record entry. */
export type AskAfter =
  | { about: 'visit'; id: string; workerId: string }
  | { about: 'meeting'; id: string; came: readonly { person_id: string | null; attendance: string }[] }
  | { about: 'contact'; id: string; workerId: string };

type Plan = { kind: FeedbackAskAbout; staffId: string | null; accounts: repo.AccountToAsk[] };

const DAY = 86_400_000;

async function plan(tx: Tx, family: VisibleFamily, after: AskAfter): Promise<Plan | null> {
  if (after.about === 'contact') {
    // Only the parent, and only where she reads the whole entry by her own rule: an ask about a withheld entry, or one
    // she cannot see, would tell her it exists.
    const parents = await repo.accountsToAsk(tx, family, { parents: true, personIds: [], kinds: [] });
    const first = parents[0];
    if (!first?.person_id) return null;
    const entry = await repo.entryOpenTo(tx, family, after.id, {
      kind: 'parent',
      accountId: first.id,
      personId: first.person_id,
      familyId: family.id,
      name: first.full_name,
      language: asLocale(first.preferred_language),
    });
    if (!entry || !CONTACT_ENTRY_KINDS.includes(entry.kind)) return null;
    // A contact she was not at is not hers to rate (a call with the school); an entry naming no one present is asked about.
    const present = entry.present_person_ids;
    const accounts = parents.filter((p) => present.length === 0 || (p.person_id !== null && present.includes(p.person_id)));
    return { kind: 'contact', staffId: after.workerId, accounts };
  }
  const appointment = await repo.meetingFacts(tx, family, after.id);
  if (!appointment || appointment.meeting_kind === 'professionals') return null;
  if (after.about === 'meeting') {
    const came = after.came.filter((c) => c.attendance === 'attended' && c.person_id).map((c) => c.person_id as string);
    const accounts = await repo.accountsToAsk(tx, family, {
      parents: false,
      personIds: came,
      kinds: ['parent', 'other_parent', 'young_person'],
    });
    return { kind: 'meeting', staffId: appointment.chair_staff_id ?? appointment.arranged_by_staff_id, accounts };
  }
  // A meeting is asked about when who came is recorded, not when its time passes.
  if (appointment.kind === 'meeting') return null;
  const accounts = await repo.accountsToAsk(tx, family, { parents: true, personIds: appointment.person_ids, kinds: ['other_parent'] });
  const worker = appointment.staff_ids.includes(after.workerId) ? after.workerId : appointment.arranged_by_staff_id;
  return { kind: 'visit', staffId: worker, accounts };
}

const asLocale = (v: string | null): Locale => ((LOCALES as readonly string[]).includes(v ?? '') ? (v as Locale) : 'en');

/**
 * Asks the family members it concerns for their feedback, inside the caller's transaction; returns how many were asked.
 * Nobody asked anything in the last FEEDBACK_ASK_INTERVAL_DAYS is asked again, whether they answered, skipped or left it.
 */
export async function askForFeedback(tx: Tx, family: VisibleFamily, after: AskAfter, now: Date): Promise<number> {
  if (await repo.familyClosed(tx, family)) return 0;
  const p = await plan(tx, family, after);
  if (!p || p.accounts.length === 0) return 0;
  await repo.lockFamilyAsks(tx, family);
  const recent = await repo.askedSince(
    tx,
    family,
    p.accounts.map((a) => a.id),
    new Date(now.getTime() - FEEDBACK_ASK_INTERVAL_DAYS * DAY),
  );
  const rows = p.accounts
    .filter((a) => !recent.has(a.id) && a.person_id)
    .map((a) => ({ id: newId(), account_id: a.id, person_id: a.person_id as string, staff_id: p.staffId, created_at: now }));
  return repo.insertAsks(tx, family, { kind: p.kind, id: after.id }, rows);
}
