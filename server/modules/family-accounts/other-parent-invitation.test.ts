// Inviting a parent who lives elsewhere (issue 13 §6): a key worker invites an adult recorded as a parent of the
// children as their other parent, by the same single-use invitation or letter as the rest of the family; the parent
// the record is about is told in plain words; he reads the children and himself, never her own information.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_IDS } from '../../seeds/demo-family.ts';
import { createTestApp, type TestApp, type TestClient } from '../../test/test-app.ts';
import { teamInvitableKinds } from './family-accounts.policy.ts';

const F = DEMO_IDS.mariesFamily;
let t: TestApp;
const c: Record<string, TestClient> = {};
const as = (who: string) => c[who] as TestClient;
let carter: string;
const person: Record<string, string> = {};
const yearsAgo = (years: number) => {
  const d = new Date();
  d.setUTCFullYear(d.getUTCFullYear() - years);
  return d.toISOString().slice(0, 10);
};

const sql = async (text: string, params: unknown[] = []) => (await t.database.asOwner(text, params)).rows;
const notes = (kind: string, accountId: string) =>
  sql('SELECT message FROM notifications WHERE kind = $1 AND recipient_account_id::text = $2', [kind, accountId]).then((rows) =>
    rows.map((r) => r.message as string),
  );
const accountOf = async (personId: string) => (await sql('SELECT * FROM accounts WHERE person_id = $1', [personId]))[0];
const invite = (who: string, familyId: string, body: Record<string, unknown>) =>
  as(who).post(`/api/families/${familyId}/invitations`, body);
const listed = async (who: string, familyId: string) => {
  const res = await as(who).get(`/api/families/${familyId}/accounts`);
  expect(res.statusCode, res.body).toBe(200);
  return Object.fromEntries(res.json().people.map((p: { name: string }) => [p.name, p])) as Record<string, Record<string, unknown>>;
};
let samAccount: string;
let leeToken: string;

beforeAll(async () => {
  t = await createTestApp();
  for (const u of ['daniel', 'priya', 'sarah', 'marie']) c[u] = await t.signIn(u);
  const started = await as('daniel').post('/api/families', {
    referredBy: 'Sam herself',
    referralReason: 'Sam asked for help while she gets well.',
    teamRole: 'community_psychiatric_nurse',
    people: [
      { kind: 'parent', fullName: 'Sam Carter', dateOfBirth: '1985-04-02' },
      { kind: 'parent', fullName: 'Lee Carter', preferredName: 'Lee', dateOfBirth: '1983-09-12', livesInFamilyHome: false },
      { kind: 'other_adult', fullName: 'Jo Carter', dateOfBirth: '1988-01-20' },
      { kind: 'child', fullName: 'Ava Carter', preferredName: 'Ava', dateOfBirth: yearsAgo(12) },
      { kind: 'child', fullName: 'Ella Carter', preferredName: 'Ella', dateOfBirth: yearsAgo(15) },
    ],
  });
  expect(started.statusCode, started.body).toBe(201);
  carter = started.json().familyId;
  for (const p of (await as('daniel').get(`/api/families/${carter}`)).json().people) person[p.fullName.split(' ')[0]] = p.id;
  // Lee's pronouns, as a worker records them on his page: the family reads him as the children's dad.
  await sql(`UPDATE people SET pronouns = 'he/him' WHERE id = $1`, [person.Lee]);
  // Sarah joins the Carters' team, but not as a key worker.
  const sarahStaff = (await sql("SELECT staff_id FROM accounts WHERE username = 'sarah'"))[0].staff_id;
  const joined = await as('daniel').post(`/api/families/${carter}/care-team`, {
    staffId: sarahStaff,
    teamRole: 'mental_health_social_worker',
  });
  expect(joined.statusCode, joined.body).toBeLessThan(300);
});
afterAll(() => t?.close());

describe('who may be invited as a parent who lives elsewhere', () => {
  it('the rule, as a table: an adult recorded as a parent of a child, not the record’s parent, once she has a sign-in', () => {
    const adult = { person_kind: 'parent', date_of_birth: '1983-09-12', preferred_name: 'Lee', full_name: 'Lee Carter' };
    const facts = { childNames: ['Ella', 'Ava'], recordHasParent: true };
    expect(teamInvitableKinds({ ...adult, account_kind: null }, facts)).toEqual(['parent', 'other_parent']);
    expect(teamInvitableKinds({ ...adult, account_kind: 'other_parent' }, facts)).toEqual(['other_parent']);
    expect(teamInvitableKinds({ ...adult, account_kind: 'parent' }, facts)).toEqual(['parent']);
    expect(teamInvitableKinds({ ...adult, account_kind: 'network_member' }, facts)).toEqual([]);
    expect(teamInvitableKinds({ ...adult, account_kind: null }, { ...facts, childNames: [] })).toEqual(['parent']);
    expect(teamInvitableKinds({ ...adult, account_kind: null }, { ...facts, recordHasParent: false })).toEqual(['parent']);
    expect(teamInvitableKinds({ ...adult, person_kind: 'other_adult', account_kind: null }, facts)).toEqual(['other_parent']);
    expect(teamInvitableKinds({ ...adult, date_of_birth: yearsAgo(17), account_kind: null }, facts)).toEqual(['parent']);
    expect(teamInvitableKinds({ ...adult, person_kind: 'child', date_of_birth: yearsAgo(13), account_kind: null }, facts)).toEqual([
      'young_person',
    ]);
  });

  it('before the parent the record is about has a sign-in, nobody is invited as the children’s other parent', async () => {
    expect((await listed('daniel', carter))['Lee Carter']).toMatchObject({ invitableAs: ['parent'], parentOf: ['Ella', 'Ava'] });
    const res = await invite('daniel', carter, { personId: person.Lee, delivery: 'letter', accountKind: 'other_parent' });
    expect(res.statusCode).toBe(400);
    expect(res.json().message).toBe(
      'Invite the parent this record is about first, so that they are told when the children’s other parent is invited.',
    );
    expect(await accountOf(person.Lee as string)).toBeUndefined();
    // Sam is invited as the parent the record is about.
    const sam = await invite('daniel', carter, { personId: person.Sam, delivery: 'letter' });
    expect(sam.statusCode, sam.body).toBe(201);
    samAccount = (await accountOf(person.Sam as string)).id;
  });

  it('the team sees the choice only for people who qualify', async () => {
    const people = await listed('daniel', carter);
    expect(people['Lee Carter']).toMatchObject({ invitable: true, invitableAs: ['parent', 'other_parent'], parentOf: ['Ella', 'Ava'] });
    expect(people['Sam Carter']).toMatchObject({ invitableAs: ['parent'] });
    expect(people['Jo Carter']).toMatchObject({ invitable: false, invitableAs: [], parentOf: [] });
    expect(people['Ella Carter']).toMatchObject({ invitableAs: ['young_person'] });
  });

  it('refuses, in words that say what to do: someone not recorded as a parent, the record’s own parent, no choice made, a child', async () => {
    const jo = await invite('daniel', carter, { personId: person.Jo, delivery: 'letter', accountKind: 'other_parent' });
    expect(jo.statusCode).toBe(400);
    expect(jo.json().message).toBe(
      'Jo Carter is not recorded as a parent of any child in this family. Add that on the family’s page first.',
    );
    expect(jo.json().fields).toHaveProperty('accountKind');
    const sam = await invite('daniel', carter, { personId: person.Sam, delivery: 'letter', accountKind: 'other_parent' });
    expect(sam.statusCode).toBe(400);
    expect(sam.json().message).toBe(
      'Sam Carter is the parent this record is about, so is invited as a parent, not as a parent who lives elsewhere.',
    );
    // A parent who may be invited either way is never given the whole record by default: the worker says which.
    const unsaid = await invite('daniel', carter, { personId: person.Lee, delivery: 'letter' });
    expect(unsaid.statusCode).toBe(400);
    expect(unsaid.json().fields).toEqual({
      accountKind: 'Choose whether Lee is invited as a parent this record is about or as a parent who lives elsewhere.',
    });
    expect(await accountOf(person.Lee as string)).toBeUndefined();
    const ella = await invite('daniel', carter, { personId: person.Ella, delivery: 'letter', accountKind: 'other_parent' });
    expect(ella.statusCode).toBe(400);
    expect(ella.json().message).toBe('Ella is a child in this family, so cannot be invited as a parent.');
    expect(await accountOf(person.Jo as string)).toBeUndefined();
    expect((await accountOf(person.Sam as string)).kind).toBe('parent');
  });

  it('only this family’s key workers and team managers invite him: a worker on the team is refused naming them, another family’s key worker finds nothing', async () => {
    const sarah = await invite('sarah', carter, { personId: person.Lee, delivery: 'letter', accountKind: 'other_parent' });
    expect(sarah.statusCode).toBe(403);
    expect(sarah.json().message).toBe('Only the family’s key workers and team managers invite the family. Ask Daniel Okafor.');
    const denied = await sql(
      "SELECT count(*)::int AS n FROM audit_events WHERE action = 'access.denied' AND family_id = $1 AND details->>'attempted' = 'family_member.invited'",
      [carter],
    );
    expect(denied[0].n).toBe(1);
    // Priya is a key worker for Marie's family, not for the Carters.
    expect((await invite('priya', carter, { personId: person.Lee, delivery: 'letter', accountKind: 'other_parent' })).statusCode).toBe(404);
    expect((await invite('marie', carter, { personId: person.Lee, delivery: 'letter', accountKind: 'other_parent' })).statusCode).toBe(403);
    expect(await accountOf(person.Lee as string)).toBeUndefined();
  });
});

describe('the key worker invites Lee as Ava and Ella’s dad', () => {
  it('by email: an other parent’s account with no password, one message with nothing about the family, and Sam is told', async () => {
    const res = await invite('daniel', carter, {
      personId: person.Lee,
      delivery: 'email',
      email: 'lee@example.org',
      accountKind: 'other_parent',
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ accountKind: 'other_parent', delivery: 'email', parentTold: true, letter: null });
    const account = await accountOf(person.Lee as string);
    expect(account).toMatchObject({ kind: 'other_parent', password_hash: null, email: 'lee@example.org', family_id: carter });
    const invitation = await sql('SELECT account_kind, delivery, parent_told FROM family_invitations WHERE person_id = $1', [person.Lee]);
    expect(invitation).toEqual([{ account_kind: 'other_parent', delivery: 'email', parent_told: true }]);
    const mail = await sql('SELECT * FROM mail_outbox WHERE account_id = $1', [account.id]);
    expect(mail).toHaveLength(1);
    expect(mail[0]).toMatchObject({ to_address: 'lee@example.org', kind: 'invitation' });
    expect(JSON.stringify(mail[0])).not.toMatch(/Carter|Ava|Ella|Sam/);
    leeToken = (mail[0].path as string).split('/').at(-1) as string;
    expect(res.body).not.toContain(leeToken);
    // Kept only as its hash, like every invitation.
    const token = await sql('SELECT token_hash FROM account_tokens WHERE account_id = $1', [account.id]);
    expect(token).toHaveLength(1);
    expect(token[0].token_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(token[0].token_hash).not.toContain(leeToken);

    expect(await notes('other_parent_invited', samAccount)).toEqual([
      'Daniel Okafor has invited Ella and Ava’s dad, Lee, to Umbrella. He will see Ella and Ava’s pages and plans, and what is written about the children and about him. He will not see your own information unless you choose to share it with him. If this worries you, talk to Daniel Okafor.',
    ]);
  });

  it('he accepts: the welcome knows him as the children’s other parent, and he reads what concerns the children and himself', async () => {
    const daniel = as('daniel');
    const write = async (category: string, text: string, about: string[]) => {
      const res = await daniel.post(`/api/families/${carter}/entries`, {
        kind: 'observation',
        occurredAt: new Date().toISOString(),
        category,
        text,
        aboutPersonIds: about,
      });
      expect(res.statusCode, res.body).toBe(201);
    };
    await write('general', 'AVA-GENERAL: Ava settled well at her new school.', [person.Ava as string]);
    await write('mental_health', 'SAM-MH-NAMING-AVA: Sam talked about her low mood and how Ava helps.', [
      person.Sam as string,
      person.Ava as string,
    ]);

    const welcome = t.client();
    const state = await welcome.get(`/api/welcome/${leeToken}`);
    expect(state.statusCode, state.body).toBe(200);
    expect(state.json()).toMatchObject({ accountKind: 'other_parent', name: 'Lee', purpose: 'invitation' });
    const { username } = await accountOf(person.Lee as string);
    const password = 'a long walk by the canal at dawn';
    expect((await welcome.post(`/api/welcome/${leeToken}/password`, { username, password })).statusCode).toBe(200);
    expect((await welcome.post(`/api/welcome/${leeToken}/finish`, { password })).statusCode).toBe(204);
    const lee = t.client();
    expect((await lee.post('/api/session/login', { username, password })).statusCode).toBe(200);
    c.lee = lee;

    expect((await lee.get(`/api/families/${carter}/children/${person.Ava}`)).statusCode).toBe(200);
    const record = await lee.get('/api/portal/record');
    expect(record.statusCode, record.body).toBe(200);
    expect(record.body).toContain('AVA-GENERAL');
    expect(record.body).not.toContain('SAM-MH-NAMING-AVA');
    // Sam's own pages stay hers.
    expect((await lee.get('/api/portal/access-log')).statusCode).toBe(403);
    expect((await lee.get('/api/portal/sharing')).statusCode).toBe(403);
    expect((await lee.get('/api/portal/trusted-people')).statusCode).toBe(403);
  });

  it('the used invitation is refused; a new letter’s code stops working after 7 days, as everyone’s does', async () => {
    const used = await t.client().get(`/api/welcome/${leeToken}`);
    expect(used.statusCode).toBe(410);
    expect(used.json().message).toContain('already been used');

    const letter = await invite('daniel', carter, { personId: person.Lee, delivery: 'letter' });
    expect(letter.statusCode, letter.body).toBe(201);
    expect(letter.json()).toMatchObject({ accountKind: 'other_parent', letter: { name: 'Lee Carter' } });
    const code = (letter.json().letter.code as string).replaceAll('-', '');
    const lee = await accountOf(person.Lee as string);
    expect(await notes('sign_in_letter_issued', lee.id)).toHaveLength(1);
    // Sam was told once, when he was first invited.
    expect(await notes('other_parent_invited', samAccount)).toHaveLength(1);
    await sql(
      "UPDATE account_tokens SET expires_at = now() - interval '1 minute', created_at = now() - interval '7 days 1 minute' WHERE account_id = $1 AND used_at IS NULL AND cancelled_at IS NULL",
      [lee.id],
    );
    const expired = await t.client().get(`/api/welcome/${code}`);
    expect(expired.statusCode).toBe(410);
    expect(expired.json().message).toContain('run out');
    expect((await as('lee').get(`/api/families/${carter}/children/${person.Ava}`)).statusCode).toBe(200);
  });
});

describe('a sign-in keeps its kind', () => {
  it('Clive, who signs in as the children’s dad, gets a new letter as their other parent, never as the parent the record is about', async () => {
    const clive = (await sql("SELECT person_id, id FROM accounts WHERE username = 'clive'"))[0];
    const wrong = await invite('priya', F, { personId: clive.person_id, delivery: 'letter', accountKind: 'parent' });
    expect(wrong.statusCode).toBe(409);
    expect(wrong.json().message).toBe(
      'Clive already signs in as a parent who lives elsewhere. A new invitation or letter keeps that sign-in as it is, so choose that instead.',
    );
    const res = await invite('priya', F, { personId: clive.person_id, delivery: 'letter' });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ accountKind: 'other_parent', letter: { username: 'clive' } });
    expect((await accountOf(clive.person_id)).kind).toBe('other_parent');
    const marie = (await sql("SELECT id, person_id FROM accounts WHERE username = 'marie'"))[0];
    expect(await notes('other_parent_invited', marie.id)).toEqual([]);
    const patricia = (await sql("SELECT person_id FROM accounts WHERE username = 'patricia'"))[0].person_id;
    const trusted = await invite('priya', F, { personId: patricia, delivery: 'letter', accountKind: 'other_parent' });
    expect(trusted.statusCode).toBe(400);
    expect(trusted.json().message).toBe(
      'Patricia is not recorded as a parent of any child in this family. Add that on the family’s page first.',
    );
    const people = await listed('priya', F);
    expect(people['Clive Dubois']).toMatchObject({ invitableAs: ['other_parent'], parentOf: ['Jamie', 'Clare'] });
    expect(people['Marie Dubois']).toMatchObject({ invitableAs: ['parent'] });
  });
});

describe('the parent told in her own language (issue 16 §3)', () => {
  it('keeps the message as its id, the children’s names and the word for him, for each language to join and word', async () => {
    const rows = await sql("SELECT message_id, message_values FROM notifications WHERE kind = 'other_parent_invited'");
    expect(rows.length).toBeGreaterThan(0);
    const values = typeof rows[0].message_values === 'string' ? JSON.parse(rows[0].message_values) : rows[0].message_values;
    expect(rows[0].message_id).toBe('notify-family.otherParentInvited');
    expect(values).toMatchObject({ invitedBy: 'Daniel Okafor', name: 'Lee', word: 'dad', childCount: 2, child1: 'Ella', child2: 'Ava' });
  });
});
