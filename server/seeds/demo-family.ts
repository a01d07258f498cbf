// Loads the demo family (Marie, Jamie, Clare, Clive, Patricia) and the professionals around them.
// Fixed ids and ON CONFLICT DO NOTHING make loading idempotent: running it twice changes nothing.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import type { StaffRole } from '../../shared/domain/accounts.ts';
import type { CareTeamRole, KeyWorkerSide } from '../../shared/domain/care-team-roles.ts';
import type { EntryKind, InformationCategory } from '../../shared/domain/records.ts';
import { systemScope } from '../access/scope.ts';
import type { AuditLog } from '../audit/audit-log.ts';
import type { Db } from '../db/database.ts';
import type { AccountKind } from '../db/schema.ts';
import { hashPassword } from '../modules/auth/index.ts';
import { importDirectoryIn, readSampleDirectory } from '../modules/support/index.ts';
import { loadDemoAppointments } from './demo-appointments.ts';
import { loadDemoEarlyHelp, loadDemoHelpRequest } from './demo-early-help.ts';
import { loadDemoMeetings } from './demo-meetings.ts';
import { loadDemoNeeds } from './demo-needs.ts';
import { loadDemoPlans } from './demo-plans.ts';

export const PERSONAS_FILE = path.join(path.dirname(fileURLToPath(import.meta.url)), '../../demo/personas.json');

export type Persona = {
  key: string;
  name: string;
  role: string;
  kind: AccountKind;
  description: string;
  username: string;
  password: string;
  totpSecret?: string;
};

export function readPersonas(): Persona[] {
  return (JSON.parse(fs.readFileSync(PERSONAS_FILE, 'utf8')) as { personas: Persona[] }).personas;
}

// Readable fixed ids: the demo's rows are recognisable in the database.
const id = (n: number) => `00000000-0000-7000-8000-${n.toString().padStart(12, '0')}`;
export const DEMO_IDS = {
  trust: id(1),
  council: id(2),
  school: id(3),
  riverside: id(4),
  mariesFamily: id(100),
  hughesFamily: id(200),
};

const ORGS = [
  {
    id: DEMO_IDS.trust,
    name: 'Northfield Mental Health Trust',
    kind: 'adult_mental_health',
    phone: '0300 100 2000',
    email: 'cmht@northfield-mh.example',
  },
  {
    id: DEMO_IDS.council,
    name: "Northfield Children's Services",
    kind: 'childrens_services',
    phone: '0300 100 3000',
    email: 'childrens.services@northfield.example',
  },
  {
    id: DEMO_IDS.school,
    name: 'Northfield Academy',
    kind: 'education',
    phone: '0300 100 4000',
    email: 'office@northfield-academy.example',
  },
  { id: DEMO_IDS.riverside, name: 'Riverside Health', kind: 'health', phone: '0300 100 5000', email: 'hv@riverside-health.example' },
] as const;

const TEAMS = [
  { id: id(11), organisation_id: DEMO_IDS.trust, name: 'Community Mental Health Team (North)' },
  { id: id(12), organisation_id: DEMO_IDS.council, name: 'Family Safeguarding Team' },
  { id: id(13), organisation_id: DEMO_IDS.school, name: 'Pastoral Team' },
  { id: id(14), organisation_id: DEMO_IDS.riverside, name: 'Health Visiting' },
  { id: id(15), organisation_id: DEMO_IDS.council, name: 'Business Support' },
  { id: id(16), organisation_id: DEMO_IDS.council, name: 'Emergency Duty Team (out of hours)' },
];

const STAFF: Record<
  string,
  { n: number; org: string; team: string | null; discipline: string; role: StaffRole; title: string; phone: string }
> = {
  daniel: {
    n: 21,
    org: DEMO_IDS.trust,
    team: id(11),
    discipline: 'Mental health nursing',
    role: 'practitioner',
    title: 'Community mental health nurse',
    phone: '07700 900101',
  },
  sarah: {
    n: 22,
    org: DEMO_IDS.trust,
    team: id(11),
    discipline: 'Social work (mental health)',
    role: 'practitioner',
    title: 'Mental health social worker',
    phone: '07700 900102',
  },
  priya: {
    n: 23,
    org: DEMO_IDS.council,
    team: id(12),
    discipline: "Social work (children's)",
    role: 'practitioner',
    title: "Children's social worker",
    phone: '07700 900103',
  },
  tom: {
    n: 24,
    org: DEMO_IDS.council,
    team: id(12),
    discipline: 'Family support',
    role: 'practitioner',
    title: 'Family support worker',
    phone: '07700 900104',
  },
  helen: {
    n: 25,
    org: DEMO_IDS.school,
    team: id(13),
    discipline: 'Education',
    role: 'practitioner',
    title: 'Pastoral lead',
    phone: '07700 900105',
  },
  angela: {
    n: 26,
    org: DEMO_IDS.council,
    team: id(12),
    discipline: "Social work (children's)",
    role: 'team_manager',
    title: 'Team manager',
    phone: '07700 900106',
  },
  ruth: {
    n: 27,
    org: DEMO_IDS.trust,
    team: id(11),
    discipline: 'Information governance',
    role: 'information_governance_lead',
    title: 'Information governance lead',
    phone: '07700 900107',
  },
  alex: {
    n: 28,
    org: DEMO_IDS.council,
    team: id(15),
    discipline: 'Administration',
    role: 'administrator',
    title: 'System administrator',
    phone: '07700 900108',
  },
  jordan: {
    n: 30,
    org: DEMO_IDS.council,
    team: id(15),
    discipline: 'Administration',
    role: 'platform_administrator',
    title: 'Platform administrator',
    phone: '07700 900110',
  },
  mark: {
    n: 29,
    org: DEMO_IDS.riverside,
    team: id(14),
    discipline: 'Health visiting',
    role: 'practitioner',
    title: 'Health visitor',
    phone: '07700 900109',
  },
  olu: {
    n: 31,
    org: DEMO_IDS.council,
    team: id(16),
    discipline: "Social work (children's)",
    role: 'practitioner',
    title: 'Out-of-hours social worker',
    phone: '07700 900111',
  },
  // Issue 18: heads the council's children's services; in no team, on no care team; reads insights across its teams.
  grace: {
    n: 32,
    org: DEMO_IDS.council,
    team: null,
    discipline: "Social work (children's)",
    role: 'service_manager',
    title: 'Service manager, children’s services',
    phone: '07700 900112',
  },
};

const F = DEMO_IDS.mariesFamily;
const H = DEMO_IDS.hughesFamily;
const P = { marie: id(101), jamie: id(102), clare: id(103), clive: id(104), patricia: id(105), dawn: id(201), lily: id(202) };

export async function loadDemoFamily(db: Db, audit: AuditLog): Promise<{ loaded: boolean }> {
  const personas = readPersonas();
  const already = await db.selectFrom('families').select('id').where('id', '=', F).executeTakeFirst();
  if (already) return { loaded: false };
  const hashes = new Map<string, string>();
  for (const p of personas) hashes.set(p.key, await hashPassword(p.password));

  await db.transaction().execute(async (tx) => {
    // Two callers loading at once: the second waits here and then finds the rows present.
    await sql`SELECT pg_advisory_xact_lock(7305002)`.execute(tx);
    const again = await tx.selectFrom('families').select('id').where('id', '=', F).executeTakeFirst();
    if (again) return;
    // The fictitious Northfield service directory (issue 15 §2), first, so the family's needs can name its services.
    const directory = await importDirectoryIn(tx, readSampleDirectory());
    if (!directory.ok) throw new Error(`The sample directory has problems:\n${directory.problems.join('\n')}`);
    await tx
      .insertInto('organisations')
      .values([...ORGS])
      .onConflict((c) => c.doNothing())
      .execute();
    await tx
      .insertInto('teams')
      .values(TEAMS)
      .onConflict((c) => c.doNothing())
      .execute();
    for (const p of personas.filter((x) => x.kind === 'professional')) {
      const s = STAFF[p.key];
      if (!s) throw new Error(`No staff details for demo persona ${p.key}`);
      await tx
        .insertInto('staff')
        .values({
          id: id(s.n),
          organisation_id: s.org,
          team_id: s.team,
          full_name: p.name,
          discipline: s.discipline,
          role: s.role,
          job_title: s.title,
          email: `${p.key}@${ORGS.find((o) => o.id === s.org)?.email.split('@')[1]}`,
          phone: s.phone,
        })
        .onConflict((c) => c.doNothing())
        .execute();
    }

    await tx
      .insertInto('families')
      .values([
        { id: F, display_name: 'Marie, Jamie and Clare', involvement_level: 'child_in_need' },
        { id: H, display_name: 'Dawn and Lily', involvement_level: 'early_help' },
      ])
      .execute();
    await tx
      .insertInto('households')
      .values([
        { family_id: F, id: id(110), name: "Marie's home", address: '14 Alder Road, Northfield, NF2 4QT' },
        { family_id: F, id: id(111), name: "Clive's home", address: 'Flat 3, 22 Mill Lane, Northfield, NF1 8RS' },
        { family_id: H, id: id(210), name: "Dawn's home", address: 'Confidential (safe housing)', address_confidential: true },
      ])
      .execute();
    await tx
      .insertInto('people')
      .values([
        {
          family_id: F,
          id: P.marie,
          household_id: id(110),
          kind: 'parent',
          full_name: 'Marie Dubois',
          preferred_name: 'Marie',
          date_of_birth: '1990-05-20',
          known_to_adult_mental_health: true,
          // So that the children's pages call her "your mum" (a young person's "What happens now", issue 14 §3).
          pronouns: 'she/her',
        },
        {
          family_id: F,
          id: P.jamie,
          household_id: id(110),
          kind: 'child',
          full_name: 'Jamie Dubois',
          preferred_name: 'Jamie',
          date_of_birth: '2012-03-14',
          pronouns: 'he/him',
        },
        {
          family_id: F,
          id: P.clare,
          household_id: id(110),
          kind: 'child',
          full_name: 'Clare Dubois',
          preferred_name: 'Clare',
          date_of_birth: '2017-06-02',
          pronouns: 'she/her',
        },
        {
          family_id: F,
          id: P.clive,
          household_id: id(111),
          kind: 'parent',
          full_name: 'Clive Dubois',
          preferred_name: 'Clive',
          date_of_birth: '1987-11-08',
          // He signs in as the children's other parent (account kind 'other_parent'), named "Jamie and Clare's dad".
          pronouns: 'he/him',
        },
        {
          family_id: F,
          id: P.patricia,
          household_id: null,
          kind: 'network_member',
          full_name: 'Patricia Evans',
          preferred_name: 'Patricia',
          date_of_birth: null,
        },
        {
          family_id: H,
          id: P.dawn,
          household_id: id(210),
          kind: 'parent',
          full_name: 'Dawn Hughes',
          preferred_name: 'Dawn',
          date_of_birth: '1995-01-30',
          known_to_adult_mental_health: true,
        },
        {
          family_id: H,
          id: P.lily,
          household_id: id(210),
          kind: 'child',
          full_name: 'Lily Hughes',
          preferred_name: 'Lily',
          date_of_birth: '2025-08-19',
        },
      ])
      .execute();
    const rel = (
      n: number,
      from: string,
      to: string,
      kind: 'parent_of' | 'former_partner' | 'sibling' | 'friend',
      description: string | null = null,
    ) => ({
      family_id: F,
      id: id(n),
      from_person_id: from,
      to_person_id: to,
      kind,
      description,
    });
    await tx
      .insertInto('relationships')
      .values([
        rel(120, P.marie, P.jamie, 'parent_of'),
        rel(121, P.marie, P.clare, 'parent_of'),
        rel(122, P.clive, P.jamie, 'parent_of', 'Sees the children every other weekend and one evening a week.'),
        rel(123, P.clive, P.clare, 'parent_of', 'Sees the children every other weekend and one evening a week.'),
        rel(124, P.marie, P.clive, 'former_partner', 'Separated; they share the care of the children amicably.'),
        rel(125, P.jamie, P.clare, 'sibling'),
        rel(126, P.patricia, P.marie, 'friend', "Looked after Jamie and Clare during Marie's two hospital stays."),
      ])
      .execute();
    await tx
      .insertInto('involvement_history')
      .values([
        {
          family_id: F,
          id: id(130),
          level: 'early_help',
          started_on: '2025-02-03',
          recorded_by_staff_id: id(24),
          note: "Family support after Marie's second hospital stay.",
        },
        {
          family_id: F,
          id: id(131),
          level: 'child_in_need',
          started_on: '2026-10-14',
          recorded_by_staff_id: id(23),
          note: 'Assessment after Patricia raised a worry with the mental health team.',
        },
        { family_id: H, id: id(230), level: 'early_help', started_on: '2026-09-01', recorded_by_staff_id: id(29), note: null },
      ])
      .execute();
    const member = (n: number, family: string, staff: number, teamRole: CareTeamRole, keyWorker: KeyWorkerSide | null, since: string) => ({
      family_id: family,
      id: id(n),
      staff_id: id(staff),
      team_role: teamRole,
      key_worker: keyWorker,
      started_at: since,
    });
    await tx
      .insertInto('care_team_members')
      .values([
        member(140, F, 21, 'community_psychiatric_nurse', 'adult_mental_health', '2024-06-10'),
        member(141, F, 22, 'mental_health_social_worker', null, '2026-10-12'),
        member(142, F, 23, 'childrens_social_worker', 'childrens_services', '2026-10-12'),
        member(143, F, 24, 'family_support_worker', null, '2025-02-03'),
        member(144, F, 25, 'school_pastoral_lead', null, '2026-10-20'),
        member(145, F, 26, 'team_manager', null, '2026-10-12'),
        member(240, H, 29, 'health_visitor', null, '2026-09-01'),
      ])
      .execute();

    const personLinks: Record<string, { family: string; person: string }> = {
      marie: { family: F, person: P.marie },
      jamie: { family: F, person: P.jamie },
      clive: { family: F, person: P.clive },
      patricia: { family: F, person: P.patricia },
    };
    for (const p of personas) {
      const link = personLinks[p.key];
      const staff = STAFF[p.key];
      await tx
        .insertInto('accounts')
        .values({
          id: id(300 + (staff?.n ?? personas.indexOf(p))),
          username: p.username,
          password_hash: hashes.get(p.key) ?? '',
          kind: p.kind,
          staff_id: staff ? id(staff.n) : null,
          family_id: link?.family ?? null,
          person_id: link?.person ?? null,
          totp_secret: p.totpSecret ?? null,
        })
        .execute();
    }
    // The start of the demo journey (PRODUCT.md §5): Patricia's call, the first joint visit.
    const entry = (
      n: number,
      staff: number,
      kind: EntryKind,
      at: string,
      category: InformationCategory,
      text: string,
      present: string[],
      extra: Record<string, unknown> = {},
    ) => ({
      family_id: F,
      id: id(n),
      kind,
      occurred_at: at,
      author_staff_id: id(staff),
      author_organisation_id: staff === 23 ? DEMO_IDS.council : DEMO_IDS.trust,
      category,
      present_person_ids: present,
      present_staff_ids: [],
      about_person_ids: [P.marie],
      text,
      ...extra,
    });
    const entries = [
      entry(
        150,
        21,
        'phone_call',
        '2026-10-10T10:30:00Z',
        'mental_health',
        'Patricia rang me because she is worried about Marie. Marie told her the voices are back and are telling her to end things and take the children with her. I rang Marie straight away; she agreed I could visit today and that I would talk to the children’s social work team.',
        [P.patricia],
      ),
      entry(
        151,
        23,
        'home_visit',
        '2026-10-14T14:00:00Z',
        // A joint visit is written for the whole team to read.
        'general',
        'Daniel and I visited Marie at home. We started with what is going well: Jamie and Clare get to school every day, and Patricia and Clive are close by and ready to help. Marie said what helps her most is sleep, walking with Patricia, and knowing who to ring at night. We agreed to write a plan together next week.',
        [P.marie],
      ),
      entry(
        152,
        21,
        'phone_call',
        '2026-10-10T11:00:00Z',
        'third_party',
        'Patricia also told me about her own health, which she asked me to keep private.',
        [P.patricia],
        {
          withholding_scope: 'whole',
          withholding_reason: 'third_party',
          withholding_review_on: '2027-01-10',
          withholding_decided_by_staff_id: id(21),
          withholding_decided_at: '2026-10-10T11:05:00Z',
        },
      ),
    ];
    await tx.insertInto('record_entries').values(entries).execute();
    await tx
      .insertInto('record_entry_versions')
      .values(
        entries.map((e) => ({
          family_id: F,
          entry_id: e.id,
          version: 1,
          text: e.text,
          category: e.category,
          occurred_at: e.occurred_at,
          edited_by_staff_id: e.author_staff_id,
          edited_at: e.occurred_at,
        })),
      )
      .execute();
    await loadDemoPlans(tx);
    await loadDemoEarlyHelp(tx);
    await loadDemoHelpRequest(tx);
    await loadDemoNeeds(tx);
    await loadDemoAppointments(tx);
    await loadDemoMeetings(tx);
    await audit.record(tx, { action: 'demo.loaded', outcome: 'allowed', actor: systemScope('demo').actor, details: { families: 2 } });
  });
  return { loaded: true };
}
