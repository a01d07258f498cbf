// One synthetic meeting for the generator (issue 17 §2): its appointment row and times, the meeting (chair, invitation
// and notice, help asked, withholding of a professionals' meeting), the family's views, the workers' reports (most shared
// on time, some late, some still drafts), the parent's replies, and once it happened: attendance, decisions with the
// parent's view beside each, actions into the family's recovery plan, and minutes (most shared within five working days,
// some late, some overdue).
import type { MeetingKind } from '../shared/domain/meetings.ts';
import { uuidArray } from './bulk-load.ts';
import {
  type ApptFamily,
  type Ctx,
  cancelled,
  DAY,
  dayOf,
  iso,
  offerTimes,
  type TeamWorker,
  workingDaysFrom,
} from './generate-appointments-family.ts';
import * as w from './generate-appointments-words.ts';
import type { Rng } from './synthetic-data.ts';
import { uuidv7 } from './synthetic-data.ts';

const HOUR = 3_600_000;
const CONFERENCES: readonly MeetingKind[] = ['child_protection_initial', 'child_protection_review'];
const MENTAL_HEALTH: readonly MeetingKind[] = ['care_programme_review', 'discharge_planning'];

function some<T>(rng: Rng, items: readonly T[], min: number, max: number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = rng.int(0, i);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out.slice(0, Math.min(out.length, rng.int(min, max)));
}

/** The end of a London working day (17:00; GMT is close enough for a due time). */
const endOf = (date: string) => Date.parse(`${date}T17:00:00Z`);

export function writeMeeting(c: Ctx, f: ApptFamily, kind: MeetingKind, at: { starts: number; ends: number }) {
  const { rng, t, baseMs } = c;
  const parent = f.parent;
  const csKey = f.team.find((m) => m.keyWorker === 'childrens_services') ?? f.team[0];
  const amhKey = f.team.find((m) => m.keyWorker === 'adult_mental_health') ?? f.team[0];
  if (!parent || !csKey || !amhKey) return;
  // A conference is chaired by another children's services worker on the family's care team where there is one (an
  // independent chair is added to the team, or the app would not let them open the family); the mental health key worker
  // chairs the parent's own reviews; the children's social worker the rest.
  const otherCs = f.team.filter((m) => m !== csKey && c.childrensServices.has(m.organisationId));
  const chair = CONFERENCES.includes(kind) ? (otherCs.length ? rng.pick(otherCs) : csKey) : MENTAL_HEALTH.includes(kind) ? amhKey : csKey;
  const arranger = rng.chance(0.8) ? chair : csKey;
  const invited = kind !== 'professionals';
  const coming: TeamWorker[] = some(
    rng,
    f.team.filter((m) => m !== arranger && m !== chair),
    1,
    4,
  );
  if (chair !== arranger) coming.unshift(chair);
  const people = invited
    ? [
        parent.personId,
        ...(f.otherParent && rng.chance(0.3) ? [f.otherParent] : []),
        ...f.children.filter(() => rng.chance(0.4)).map((ch) => ch.id),
      ]
    : [];
  const past = at.starts < baseMs;
  const status = past
    ? rng.weighted([
        ['happened', 90],
        ['cancelled', 6],
        ['agreed', 4],
      ] as const)
    : rng.weighted([
        ['agreed', 80],
        ['proposed', 15],
        ['cancelled', 5],
      ] as const);
  const urgent = kind === 'child_protection_initial' || kind === 'discharge_planning';
  const createdMs = at.starts - rng.int(urgent ? 2 : 5, urgent ? 12 : 28) * DAY;
  const id = uuidv7(rng, createdMs);
  const timed = status !== 'proposed';
  const agreedMs = Math.min(at.starts - HOUR, createdMs + rng.int(0, 3) * DAY);
  const off = status === 'cancelled' ? cancelled(c, f, arranger, Math.min(baseMs - HOUR, at.starts - rng.int(1, 72) * HOUR)) : null;
  const sequence = offerTimes(c, f, id, arranger, at, createdMs, timed) + (status === 'happened' || off ? 1 : 0);
  for (const m of new Set([chair, arranger, ...coming])) c.readable(m, f.id, id);
  const happened = status === 'happened';
  const place =
    kind === 'discharge_planning'
      ? 'Anytown Hospital, Willow ward. Ask at the ward desk.'
      : kind === 'professionals'
        ? 'Children’s Services, 14 High Street, Anytown'
        : rng.pick(w.MEETING_PLACES);
  t.appointments.add(
    f.id,
    id,
    'meeting',
    kind,
    w.MEETING_PURPOSES[kind],
    place,
    null,
    status,
    false,
    null,
    arranger.staffId,
    arranger.organisationId,
    uuidArray(coming.map((m) => m.staffId)),
    uuidArray(people),
    timed ? iso(at.starts) : null,
    timed ? iso(at.ends) : null,
    timed ? iso(agreedMs) : null,
    off?.staff ?? null,
    off?.account ?? null,
    off?.reason ?? null,
    off?.at ?? null,
    sequence,
    1 + sequence,
    arranger.accountId,
    iso(createdMs),
    off?.at ?? (happened ? iso(at.ends + HOUR) : iso(timed ? agreedMs : createdMs)),
  );

  // Before it: the family's views, the workers' reports (due three working days before) and the parent's replies.
  const before = Math.min(at.starts - HOUR, baseMs - HOUR);
  const when = (fromMs: number) => (fromMs < before ? fromMs + Math.floor(rng.next() * (before - fromMs)) : null);
  if (invited && status !== 'cancelled') {
    const parentView = rng.chance(0.55) ? when(createdMs + DAY) : null;
    if (parentView !== null)
      t.views.add(
        f.id,
        uuidv7(rng, parentView),
        id,
        parent.personId,
        rng.pick(w.PARENT_VIEWS),
        parent.accountId,
        parent.name,
        false,
        null,
        iso(parentView),
        iso(parentView),
      );
    for (const child of f.children.filter((ch) => people.includes(ch.id))) {
      const at2 = rng.chance(0.35) ? when(createdMs + DAY) : null;
      if (at2 !== null)
        t.views.add(
          f.id,
          uuidv7(rng, at2),
          id,
          child.id,
          rng.pick(w.CHILD_VIEWS),
          csKey.accountId,
          csKey.name,
          true,
          iso(at2),
          iso(at2),
          iso(at2),
        );
    }
  }
  const dueMs = endOf(workingDaysFrom(dayOf(at.starts), -3));
  const shared: { id: string; atMs: number }[] = [];
  if (status !== 'cancelled') {
    for (const author of some(rng, coming, 1, 3)) {
      const draftMs = Math.min(dueMs - rng.int(1, 7) * DAY, at.starts - 2 * DAY);
      if (draftMs >= baseMs) continue;
      const reportId = uuidv7(rng, draftMs);
      const how = rng.weighted([
        ['on_time', 78],
        ['late', 15],
        ['never', 7],
      ] as const);
      let sharedMs: number | null =
        how === 'on_time'
          ? dueMs - rng.int(0, 60) * HOUR
          : how === 'late'
            ? dueMs + rng.int(1, Math.max(1, Math.floor((at.starts - dueMs) / HOUR) - 1)) * HOUR
            : null;
      if (sharedMs !== null && (sharedMs >= baseMs || sharedMs <= draftMs)) sharedMs = sharedMs <= draftMs ? draftMs + HOUR : null;
      t.reports.add(
        f.id,
        reportId,
        id,
        author.staffId,
        author.organisationId,
        rng.pick(w.REPORTS),
        sharedMs === null ? null : iso(sharedMs),
        sharedMs === null ? 1 : 2,
        iso(draftMs),
        iso(sharedMs ?? draftMs),
      );
      if (sharedMs !== null) shared.push({ id: reportId, atMs: sharedMs });
    }
  }
  if (invited)
    for (const r of shared) {
      const replyMs = r.atMs + rng.int(1, 48) * HOUR;
      if (rng.chance(0.25) && replyMs < baseMs)
        t.replies.add(f.id, uuidv7(rng, replyMs), id, r.id, parent.accountId, parent.name, rng.pick(w.REPLIES), iso(replyMs));
    }

  // Help to get there, notice, a professionals' meeting withheld.
  const helpKind = invited && status !== 'cancelled' && rng.chance(0.08) ? rng.pick(['childcare', 'travel', 'other'] as const) : null;
  const helpMs = helpKind ? when(createdMs + HOUR) : null;
  const noticeDays = Math.floor((at.starts - createdMs) / DAY);
  const shortNotice = invited && noticeDays < 7 ? rng.pick(w.SHORT_NOTICE_REASONS) : null;
  const withheld = !invited && rng.chance(0.1) ? rng.pick(['third_party', 'serious_risk', 'legal_restriction'] as const) : null;

  // After it: attendance, decisions, actions into the plan, minutes.
  let writes = 0;
  let minutes: string | null = null;
  let minutesShared: number | null = null;
  let minutesDue: string | null = null;
  let reminded: number | null = null;
  if (happened) {
    const recordMs = Math.min(at.ends, baseMs - 1000);
    let position = 0;
    const attend = (person: string | null, staff: string | null, name: string, role: string, how: string) =>
      t.attendance.add(f.id, uuidv7(rng, recordMs), id, person, staff, name, role, how, position++);
    const parentCame = rng.weighted([
      ['attended', 80],
      ['sent_apologies', 10],
      ['did_not_attend', 10],
    ] as const);
    if (invited) {
      attend(parent.personId, null, parent.name, 'Parent', parentCame);
      if (f.otherParent && people.includes(f.otherParent))
        attend(f.otherParent, null, 'Other parent', 'Parent', rng.chance(0.6) ? 'attended' : 'sent_apologies');
      for (const ch of f.children.filter((x) => people.includes(x.id)))
        attend(ch.id, null, ch.name, 'Child', rng.chance(0.3) ? 'attended' : 'did_not_attend');
      if (rng.chance(0.15)) attend(null, null, 'Advocate', 'Advocate for the parent', 'attended');
    }
    attend(null, chair.staffId, chair.name, `Chair, ${chair.jobTitle}`, 'attended');
    for (const m of coming.filter((x) => x !== chair))
      attend(
        null,
        m.staffId,
        m.name,
        m.jobTitle,
        rng.weighted([
          ['attended', 85],
          ['sent_apologies', 12],
          ['did_not_attend', 3],
        ] as const),
      );
    writes++;
    const decisions: string[] = [];
    const asked = invited && parentCame === 'attended';
    for (let i = 0, n = rng.int(1, invited ? 4 : 2); i < n; i++) {
      const decisionId = uuidv7(rng, recordMs);
      const agrees = asked
        ? rng.weighted([
            ['agrees', 50],
            ['partly', 28],
            ['disagrees', 12],
            ['not_asked', 10],
          ] as const)
        : 'not_asked';
      const by = invited
        ? rng.weighted([
            ['everyone', 40],
            ['professionals', 30],
            ['chair', 20],
            ['one_agency', 10],
          ] as const)
        : 'professionals';
      const view = agrees !== 'not_asked' && rng.chance(0.75) ? rng.pick(w.PARENT_DECISION_VIEWS) : null;
      t.decisions.add(f.id, decisionId, id, i + 1, rng.pick(w.DECISIONS), by, view, agrees, chair.accountId, iso(recordMs + i * 60_000));
      decisions.push(decisionId);
      writes++;
    }
    if (invited && f.plan) {
      for (
        let i = rng.weighted([
          [0, 25],
          [1, 35],
          [2, 25],
          [3, 15],
        ] as const);
        i > 0;
        i--
      ) {
        const itemId = uuidv7(rng, recordMs);
        const action = rng.pick(w.ACTIONS);
        // Recent meetings' actions are still suggestions; older ones have mostly been talked through and started.
        const recent = baseMs - at.starts < 56 * DAY;
        const statusNow = recent
          ? 'proposed'
          : rng.weighted([
              ['proposed', 20],
              ['not_started', 15],
              ['in_progress', 40],
              ['done', 25],
            ] as const);
        const content = {
          what: action.what,
          who: action.who,
          byWhen: dayOf(at.starts + rng.int(4, 12) * 7 * DAY),
          support: '',
          status: statusNow,
          onParent: false,
          negotiable: true,
          whyAsked: '',
          ifNotMet: '',
        };
        const madeAt = iso(recordMs);
        t.planItems.add(
          f.id,
          f.plan.id,
          itemId,
          'action',
          f.plan.nextPosition++,
          JSON.stringify(content),
          madeAt,
          chair.accountId,
          madeAt,
          chair.accountId,
          chair.name,
          chair.organisationId,
        );
        t.actions.add(f.id, id, itemId, decisions.length && rng.chance(0.5) ? rng.pick(decisions) : null, chair.accountId, madeAt);
        writes++;
      }
    }
    minutesDue = workingDaysFrom(dayOf(at.starts), 5);
    const dueEnd = endOf(minutesDue);
    const how = rng.weighted([
      ['on_time', 82],
      ['late', 10],
      ['not_yet', 8],
    ] as const);
    const shareMs =
      how === 'on_time' ? at.ends + Math.floor(rng.next() * (dueEnd - at.ends)) : how === 'late' ? dueEnd + rng.int(1, 10) * DAY : null;
    minutesShared = shareMs !== null && shareMs < baseMs ? shareMs : null;
    if (minutesShared !== null || rng.chance(0.5)) {
      minutes = rng.pick(w.MINUTES);
      writes++;
    }
    if (minutesShared !== null) writes++;
    // Overdue and not shared: the job has reminded the chair (once) for most.
    if (minutesShared === null && dueEnd < baseMs && rng.chance(0.7)) reminded = dueEnd + 16 * HOUR;
    if (invited && minutesShared !== null && rng.chance(0.2)) {
      const replyMs = minutesShared + rng.int(2, 72) * HOUR;
      if (replyMs < baseMs)
        t.replies.add(f.id, uuidv7(rng, replyMs), id, null, parent.accountId, parent.name, rng.pick(w.REPLIES), iso(replyMs));
    }
  }
  t.meetings.add(
    f.id,
    id,
    chair.staffId,
    invited,
    invited ? iso(createdMs) : null,
    shortNotice,
    helpKind && helpMs !== null ? helpKind : null,
    helpKind && helpMs !== null ? w.HELP_TEXTS[helpKind] : null,
    helpKind && helpMs !== null ? iso(helpMs) : null,
    withheld,
    withheld ? dayOf(at.starts + 90 * DAY) : null,
    withheld ? chair.staffId : null,
    minutes,
    minutesShared === null ? null : iso(minutesShared),
    minutesDue,
    reminded === null ? null : iso(reminded),
    1 + writes + (withheld ? 1 : 0) + (helpMs !== null && helpKind ? 1 : 0),
    iso(minutesShared ?? (happened ? Math.min(at.ends, baseMs - 1000) : createdMs)),
  );
}
