// One synthetic family for the generator: households, people, relationships, care team, record entries, versions, replies and audit drafts.
import { uuidArray } from './bulk-load.ts';
import { writePlans } from './generate-plans.ts';
import type { Tables } from './generate-tables.ts';
import { entryText, FIRST_NAMES, type Rng, SURNAMES, shortText, uuidv7 } from './synthetic-data.ts';

export type Org = {
  id: string;
  kind: 'adult_mental_health' | 'childrens_services' | 'health' | 'education' | 'voluntary';
  name: string;
  teamIds: string[];
};
export type Staff = { id: string; accountId: string; org: Org; teamRole: string; name: string; families: string[]; familyCount: number };
export type AuditDraft = {
  at: number;
  action: string;
  outcome: 'allowed' | 'denied';
  actorKind: string;
  accountId: string | null;
  staffId: string | null;
  familyId: string | null;
  subjectType: string | null;
  subjectId: string | null;
  details: Record<string, unknown>;
};
export type FamilyContext = {
  rng: Rng;
  index: number;
  createdMs: number;
  baseMs: number;
  entries: number;
  viewsPerEntry: number;
  passwordHash: string;
  staff: Staff[];
  amh: Staff[];
  cs: Staff[];
};

const SESSION_SAMPLE = 30;

const LEVELS = [
  ['none', 10],
  ['early_help', 30],
  ['child_in_need', 30],
  ['child_protection_plan', 15],
  ['looked_after', 5],
  ['pre_proceedings', 3],
] as const;
const KINDS = [
  ['home_visit', 30],
  ['phone_call', 25],
  ['office_meeting', 15],
  ['message', 15],
  ['multi_agency_meeting', 5],
  ['observation', 8],
  ['decision', 2],
] as const;
const CATEGORY_BY_ORG: Record<Org['kind'], string> = {
  adult_mental_health: 'mental_health',
  childrens_services: 'childrens_social_care',
  health: 'health',
  education: 'education',
  voluntary: 'general',
};
const VIEWS = [
  ['family.viewed', 30],
  ['entries.listed', 20],
  ['entry.viewed', 20],
  ['portal.record_viewed', 10],
  ['portal.family_viewed', 5],
  ['portal.access_log_viewed', 5],
  ['families.listed', 8],
  ['access.denied', 2],
] as const;
const iso = (ms: number) => new Date(ms).toISOString();
const day = (ms: number) => iso(ms).slice(0, 10);

/** Adds one family's rows to `t` and its audit events to `drafts`. */
export function writeFamily(c: FamilyContext, t: Tables, drafts: AuditDraft[]) {
  const { rng } = c;
  const at0 = c.createdMs;
  const familyId = uuidv7(rng, at0);
  const surname = rng.pick(SURNAMES);
  const level = rng.weighted(LEVELS);
  t.families.add(familyId, `The ${surname} family`, level, iso(at0), iso(at0));

  // Care team: the two key workers (adult mental health, children's services) and 0–6 others, 2–8 in all.
  const size = rng.int(2, 8);
  const team: Staff[] = [rng.pick(c.amh), rng.pick(c.cs)];
  for (let guard = 0; team.length < size && guard < 50; guard++) {
    const s = rng.pick(c.staff);
    if (!team.includes(s)) team.push(s);
  }
  const csKey = team[1] as Staff;
  const prof = (s: Staff) => ({ actorKind: 'professional', accountId: s.accountId, staffId: s.id });
  for (const [i, s] of team.entries()) {
    t.members.add(
      familyId,
      uuidv7(rng, at0),
      s.id,
      s.teamRole,
      i === 0 ? 'adult_mental_health' : i === 1 ? 'childrens_services' : null,
      iso(at0),
      csKey.id,
    );
    s.familyCount++;
    if (s.families.length < SESSION_SAMPLE) s.families.push(familyId);
    else {
      const j = Math.floor(rng.next() * s.familyCount);
      if (j < SESSION_SAMPLE) s.families[j] = familyId;
    }
    drafts.push({
      at: at0 + 1000 + i,
      action: 'care_team.member_added',
      outcome: 'allowed',
      ...prof(csKey),
      familyId,
      subjectType: 'staff',
      subjectId: s.id,
      details: {},
    });
  }

  const households = [uuidv7(rng, at0)];
  if (rng.chance(0.2)) households.push(uuidv7(rng, at0));
  for (const [i, h] of households.entries()) {
    t.households.add(
      familyId,
      h,
      i === 0 ? 'Home' : 'Other home',
      `${rng.int(1, 200)} ${rng.pick(SURNAMES)} Road, Anytown`,
      i === 1 && rng.chance(0.3),
      iso(at0),
    );
  }
  const people: { id: string; kind: string; name: string }[] = [];
  const addPerson = (kind: string, age: number, household: string | null) => {
    const id = uuidv7(rng, at0);
    const dob = day(c.baseMs - age * 365.25 * 86_400_000 - rng.int(0, 364) * 86_400_000);
    const first = rng.pick(FIRST_NAMES);
    const preferred = rng.chance(0.2) ? first.slice(0, 3) : null;
    t.people.add(
      familyId,
      id,
      household,
      kind,
      `${first} ${surname}`,
      preferred,
      dob,
      kind === 'parent' && people.length === 0,
      kind === 'child' && age >= 5 ? 'Anytown Primary' : null,
      iso(at0),
    );
    people.push({ id, kind, name: preferred ?? first });
    drafts.push({
      at: at0 + 2000 + people.length,
      action: 'person.added',
      outcome: 'allowed',
      ...prof(csKey),
      familyId,
      subjectType: 'person',
      subjectId: id,
      details: {},
    });
    return id;
  };
  const parents = [addPerson('parent', rng.int(20, 50), households[0] ?? null)];
  if (rng.chance(0.6)) parents.push(addPerson('parent', rng.int(20, 50), rng.pick(households)));
  const children: string[] = [];
  for (let i = rng.int(1, 3) + (rng.chance(0.1) ? 1 : 0); i > 0; i--)
    children.push(addPerson('child', rng.int(0, 17), households[0] ?? null));
  if (rng.chance(0.1)) addPerson('other_adult', rng.int(40, 80), households[0] ?? null);
  if (rng.chance(0.25)) addPerson('network_member', rng.int(30, 75), null);
  for (const p of parents) for (const ch of children) t.relationships.add(familyId, uuidv7(rng, at0), p, ch, 'parent_of', iso(at0));
  if (parents.length === 2 && parents[0] && parents[1])
    t.relationships.add(familyId, uuidv7(rng, at0), parents[0], parents[1], 'partner', iso(at0));
  for (let i = rng.int(1, 3); i > 0; i--) {
    t.involvement.add(familyId, uuidv7(rng, at0), rng.weighted(LEVELS), day(at0 + i * 30 * 86_400_000), csKey.id, iso(at0));
  }
  const parentAccountId = uuidv7(rng, at0);
  t.accounts.add(parentAccountId, `parent${c.index}`, c.passwordHash, 'parent', familyId, parents[0], iso(at0));

  // Entries, newest last; versions for every entry, an edit for some, replies for a few.
  const span = Math.max(86_400_000, c.baseMs - at0 - 86_400_000);
  const entryIds: string[] = [];
  for (let e = 0; e < c.entries; e++) {
    const at = at0 + 86_400_000 + Math.floor(rng.next() * span);
    const author = rng.pick(team);
    const id = uuidv7(rng, at);
    entryIds.push(id);
    const kind = rng.weighted(KINDS);
    const category = rng.chance(0.02) ? 'third_party' : rng.chance(0.15) ? 'general' : CATEGORY_BY_ORG[author.org.kind];
    const text = entryText(rng);
    const w = rng.next();
    const scope = w < 0.03 ? 'part' : w < 0.05 ? 'whole' : null;
    const restricted = scope === 'part' ? shortText(rng) : null;
    const hidden = scope === 'whole' && rng.chance(0.1);
    const inError = rng.chance(0.005);
    const edited = rng.chance(0.08);
    const decision =
      kind === 'decision'
        ? JSON.stringify({
            optionsConsidered: shortText(rng),
            reasons: shortText(rng),
            decidedBy: author.name,
            parentView: '',
            howToChallenge: shortText(rng),
          })
        : null;
    const present = [rng.pick(people).id];
    const about = rng.chance(0.5) && children.length ? [rng.pick(children)] : [];
    t.entries.add(
      familyId,
      id,
      kind,
      iso(at),
      author.id,
      author.org.id,
      category,
      uuidArray(present),
      uuidArray([author.id]),
      uuidArray(about),
      edited ? `${text} (Corrected.)` : text,
      restricted,
      decision,
      scope,
      scope ? rng.pick(['third_party', 'serious_risk', 'legal_restriction']) : null,
      scope ? day(c.baseMs + rng.int(-20, 180) * 86_400_000) : null,
      scope ? author.id : null,
      scope ? iso(at) : null,
      hidden,
      hidden ? csKey.id : null,
      hidden ? 'Showing even that something is kept back would put someone at risk.' : null,
      inError ? iso(at + 3_600_000) : null,
      inError ? 'Written in the wrong family’s record.' : null,
      inError ? author.id : null,
      edited ? 2 : 1,
      iso(at),
      iso(edited ? at + 7_200_000 : at),
    );
    t.versions.add(familyId, id, 1, text, restricted, category, iso(at), decision, author.id, iso(at), null);
    drafts.push({
      at,
      action: 'entry.created',
      outcome: 'allowed',
      ...prof(author),
      familyId,
      subjectType: 'entry',
      subjectId: id,
      details: { kind, category, withheld: scope },
    });
    if (edited) {
      t.versions.add(
        familyId,
        id,
        2,
        `${text} (Corrected.)`,
        restricted,
        category,
        iso(at),
        decision,
        author.id,
        iso(at + 7_200_000),
        'Corrected a detail.',
      );
      drafts.push({
        at: at + 7_200_000,
        action: 'entry.edited',
        outcome: 'allowed',
        ...prof(author),
        familyId,
        subjectType: 'entry',
        subjectId: id,
        details: {},
      });
    }
    if (scope !== 'whole' && rng.chance(0.04)) {
      const replyAt = at + rng.int(1, 72) * 3_600_000;
      const replyKind = rng.pick(['reply', 'reply', 'correction_request', 'disagree']);
      t.replies.add(familyId, uuidv7(rng, replyAt), id, replyKind, shortText(rng), parentAccountId, iso(replyAt));
      drafts.push({
        at: replyAt,
        action: 'portal.entry_replied',
        outcome: 'allowed',
        actorKind: 'parent',
        accountId: parentAccountId,
        staffId: null,
        familyId,
        subjectType: 'entry',
        subjectId: id,
        details: { kind: replyKind },
      });
      if (rng.chance(0.3)) {
        t.replies.add(
          familyId,
          uuidv7(rng, replyAt + 86_400_000),
          id,
          'team_answer',
          shortText(rng),
          author.accountId,
          iso(replyAt + 86_400_000),
        );
        drafts.push({
          at: replyAt + 86_400_000,
          action: 'entry.replied',
          outcome: 'allowed',
          ...prof(author),
          familyId,
          subjectType: 'entry',
          subjectId: id,
          details: {},
        });
      }
    }
  }
  // Reads of the record: what the audit log holds most of.
  const views = Math.round(c.entries * c.viewsPerEntry);
  for (let v = 0; v < views; v++) {
    const at = at0 + Math.floor(rng.next() * (c.baseMs - at0));
    const action = rng.weighted(VIEWS);
    const viewer = rng.pick(team);
    if (action.startsWith('portal.')) {
      drafts.push({
        at,
        action,
        outcome: 'allowed',
        actorKind: 'parent',
        accountId: parentAccountId,
        staffId: null,
        familyId,
        subjectType: 'family',
        subjectId: familyId,
        details: action === 'portal.record_viewed' ? { count: 20, searched: false } : {},
      });
    } else if (action === 'families.listed') {
      drafts.push({
        at,
        action,
        outcome: 'allowed',
        ...prof(viewer),
        familyId: null,
        subjectType: null,
        subjectId: null,
        details: { count: viewer.familyCount },
      });
    } else if (action === 'access.denied') {
      const outsider = rng.pick(c.staff);
      drafts.push({
        at,
        action,
        outcome: 'denied',
        ...prof(outsider),
        familyId,
        subjectType: 'family',
        subjectId: familyId,
        details: { attempted: 'family.viewed' },
      });
    } else {
      const entry = action === 'entry.viewed' ? rng.pick(entryIds) : null;
      drafts.push({
        at,
        action,
        outcome: 'allowed',
        ...prof(viewer),
        familyId,
        subjectType: entry ? 'entry' : 'family',
        subjectId: entry ?? familyId,
        details: action === 'entries.listed' ? { count: 50 } : {},
      });
    }
  }
  const parent = people[0];
  if (!parent) throw new Error('a family without a parent');
  writePlans(
    {
      rng,
      familyId,
      startMs: at0,
      baseMs: c.baseMs,
      team,
      csKey,
      parent: { personId: parent.id, accountId: parentAccountId, name: parent.name },
      children,
      trusted: people.filter((p) => p.kind === 'network_member' || p.kind === 'other_adult').map((p) => p.id),
    },
    t,
    drafts,
  );
  return { familyId, parentAccountId };
}
