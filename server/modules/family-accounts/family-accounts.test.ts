// Inviting the family (issue 13 §5): the key worker invites a parent by email or a printed letter, a young person
// aged 12 or over (the parent told, or the reason reviewed by the information governance lead), never a child under
// 12; the parent, and only the parent, invites the people she trusts and ends their access at once.
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_IDS } from '../../seeds/demo-family.ts';
import { createTestApp, type TestApp, type TestClient } from '../../test/test-app.ts';
import { invitableByTeam, teamMayInvite } from './family-accounts.policy.ts';

const F = DEMO_IDS.mariesFamily;
let t: TestApp;
const c: Record<string, TestClient> = {};
const as = (who: string) => c[who] as TestClient;
let carter: string;
const person: Record<string, string> = {};
const yearsAgo = (years: number, days = 0) => {
  const d = new Date();
  d.setUTCFullYear(d.getUTCFullYear() - years);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};

const sql = async (text: string, params: unknown[] = []) => (await t.database.asOwner(text, params)).rows;
const notes = (kind: string, accountOrStaff: string) =>
  sql('SELECT message FROM notifications WHERE kind = $1 AND (recipient_account_id::text = $2 OR recipient_staff_id::text = $2)', [
    kind,
    accountOrStaff,
  ]).then((rows) => rows.map((r) => r.message as string));
const accountOf = async (personId: string) => (await sql('SELECT * FROM accounts WHERE person_id = $1', [personId]))[0];

beforeAll(async () => {
  t = await createTestApp();
  for (const u of ['daniel', 'priya', 'tom', 'mark', 'ruth', 'marie', 'jamie', 'patricia']) c[u] = await t.signIn(u);
  const started = await as('daniel').post('/api/families', {
    referredBy: 'Sam herself',
    referralReason: 'Sam asked for help while she gets well.',
    teamRole: 'community_psychiatric_nurse',
    people: [
      { kind: 'parent', fullName: 'Sam Carter', dateOfBirth: '1985-04-02' },
      { kind: 'child', fullName: 'Ava Carter', dateOfBirth: yearsAgo(12) },
      { kind: 'child', fullName: 'Ella Carter', dateOfBirth: yearsAgo(15) },
      { kind: 'child', fullName: 'Noah Carter', dateOfBirth: yearsAgo(12, 1) },
    ],
  });
  carter = started.json().familyId;
  for (const p of (await as('daniel').get(`/api/families/${carter}`)).json().people) person[p.fullName.split(' ')[0]] = p.id;
});
afterAll(() => t?.close());

describe('the rules, as a table', () => {
  const child = (dateOfBirth: string | null) => ({
    person_kind: 'child',
    date_of_birth: dateOfBirth,
    preferred_name: null,
    full_name: 'Kit Lowe',
  });
  it.each([
    [{ person_kind: 'parent', date_of_birth: null, preferred_name: null, full_name: 'P' }, true],
    [child(yearsAgo(12)), true],
    [child(yearsAgo(12, 1)), false],
    [child(null), false],
    [{ person_kind: 'network_member', date_of_birth: null, preferred_name: null, full_name: 'N' }, false],
    [{ person_kind: 'other_adult', date_of_birth: null, preferred_name: null, full_name: 'O' }, false],
  ])('%j invitable by the team: %s', (p, ok) => {
    expect(invitableByTeam(p).ok).toBe(ok);
  });
  it('key workers and team managers on the team invite; others do not', () => {
    const pro = (role: string) => ({ kind: 'professional', staffId: 's', role }) as never;
    expect(teamMayInvite(pro('practitioner'), [{ staff_id: 's', key_worker: 'adult_mental_health' }])).toBe(true);
    expect(teamMayInvite(pro('team_manager'), [{ staff_id: 's', key_worker: null }])).toBe(true);
    expect(teamMayInvite(pro('practitioner'), [{ staff_id: 's', key_worker: null }])).toBe(false);
    expect(teamMayInvite(pro('team_manager'), [{ staff_id: 'other', key_worker: null }])).toBe(false);
  });
});

describe('the key worker invites the parent', () => {
  it('by email: an account with no password, one message in the outbox with nothing about the family, and she can join', async () => {
    const res = await as('daniel').post(`/api/families/${carter}/invitations`, {
      personId: person.Sam,
      delivery: 'email',
      email: 'sam@example.org',
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ accountKind: 'parent', delivery: 'email', parentTold: true, letter: null });
    const account = await accountOf(person.Sam as string);
    expect(account).toMatchObject({ kind: 'parent', password_hash: null, email: 'sam@example.org', family_id: carter });
    const mail = await sql('SELECT * FROM mail_outbox WHERE account_id = $1', [account.id]);
    expect(mail).toHaveLength(1);
    expect(mail[0]).toMatchObject({ to_address: 'sam@example.org', kind: 'invitation' });
    expect(JSON.stringify(mail[0])).not.toMatch(/Carter|Ava|Noah|Ella|help/);
    // The link is not in the answer, and not in the audit log.
    const path = mail[0].path as string;
    const token = path.split('/').at(-1) as string;
    expect(res.body).not.toContain(token);
    const audit = await sql("SELECT details::text AS d FROM audit_events WHERE action = 'family_member.invited' AND family_id = $1", [
      carter,
    ]);
    expect(audit.map((a) => a.d).join()).not.toContain(token);

    // She accepts (H3's welcome pages), chooses a password and signs in to a family page of her own.
    const welcome = t.client();
    const state = await welcome.get(`/api/welcome/${token}`);
    expect(state.statusCode, state.body).toBe(200);
    const password = 'a long walk by the river at dusk';
    expect((await welcome.post(`/api/welcome/${token}/password`, { username: account.username, password })).statusCode).toBe(200);
    expect((await welcome.post(`/api/welcome/${token}/finish`, { password })).statusCode).toBe(204);
    const sam = t.client();
    expect((await sam.post('/api/session/login', { username: account.username, password })).statusCode).toBe(200);
    c.sam = sam;
    const family = await sam.get('/api/portal/my-family');
    expect(family.statusCode).toBe(200);
  });

  it('a child under 12 is refused in plain words; 12 from the birthday on is invited', async () => {
    const noah = await as('daniel').post(`/api/families/${carter}/invitations`, { personId: person.Noah, delivery: 'letter' });
    expect(noah.statusCode).toBe(400);
    expect(noah.json().message).toBe(
      'Noah Carter is under 12, so cannot have their own sign-in yet. Their parent can share their plan with them, and you can write down their own words with them.',
    );
    expect(await accountOf(person.Noah as string)).toBeUndefined();
  });

  it('a young person invited: the parent is told', async () => {
    const samAccount = (await accountOf(person.Sam as string)).id;
    const res = await as('daniel').post(`/api/families/${carter}/invitations`, { personId: person.Ava, delivery: 'letter' });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ accountKind: 'young_person', parentTold: true });
    expect(await notes('young_person_invited', samAccount)).toEqual([
      'Daniel Okafor has invited Ava Carter to Umbrella, so they can see their own page and what is written about them. They will not see your own information unless you share it.',
    ]);
  });

  it('a young person invited without telling the parent: the reason goes to the information governance lead, who reviews it', async () => {
    const samAccount = (await accountOf(person.Sam as string)).id;
    const res = await as('daniel').post(`/api/families/${carter}/invitations`, {
      personId: person.Ella,
      delivery: 'letter',
      notTellingParentReason: 'Ella asked for her own space to talk about home.',
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().parentTold).toBe(false);
    expect(await notes('young_person_invited', samAccount)).toHaveLength(1);
    const queue = (await as('ruth').get('/api/governance/queue')).json();
    const item = queue.youngPeopleInvitedWithoutParent.find((i: { youngPerson: string }) => i.youngPerson === 'Ella Carter');
    expect(item).toMatchObject({
      familyId: carter,
      invitedBy: 'Daniel Okafor',
      reason: 'Ella asked for her own space to talk about home.',
    });
    // Sam's "Who has looked" says nothing of it.
    const log = await as('sam').get('/api/portal/access-log');
    expect(log.body).not.toContain('Ella');
    expect((await as('daniel').post(`/api/governance/invitations/${carter}/${item.id}/review`, { note: 'x' })).statusCode).toBe(403);
    const reviewed = await as('ruth').post(`/api/governance/invitations/${carter}/${item.id}/review`, { note: 'Reason is sound.' });
    expect(reviewed.statusCode, reviewed.body).toBe(204);
    const after = (await as('ruth').get('/api/governance/queue')).json();
    expect(after.youngPeopleInvitedWithoutParent.some((i: { id: string }) => i.id === item.id)).toBe(false);
    expect((await as('ruth').post(`/api/governance/invitations/${carter}/${item.id}/review`, { note: 'again' })).statusCode).toBe(404);
  });

  it('a reason for not telling is only for a young person', async () => {
    const res = await as('daniel').post(`/api/families/${carter}/invitations`, {
      personId: person.Sam,
      delivery: 'letter',
      notTellingParentReason: 'no',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().fields).toHaveProperty('notTellingParentReason');
  });

  it('a sign-in letter for Marie, who can already sign in: its code is the token, and she is told', async () => {
    const marie = (await sql("SELECT * FROM accounts WHERE username = 'marie'"))[0];
    const res = await as('priya').post(`/api/families/${F}/invitations`, { personId: marie.person_id, delivery: 'letter' });
    expect(res.statusCode, res.body).toBe(201);
    const letter = res.json().letter;
    expect(letter).toMatchObject({ name: 'Marie Dubois', username: 'marie', path: expect.stringMatching(/^\/welcome\//) });
    const hash = createHash('sha256').update(letter.code.replaceAll('-', '')).digest('hex');
    expect(await sql("SELECT purpose FROM account_tokens WHERE token_hash = $1 AND purpose = 'sign_in_letter'", [hash])).toHaveLength(1);
    expect(await notes('sign_in_letter_issued', marie.id)).toEqual([
      'Priya Shah printed a new sign-in letter for your Umbrella account. Any earlier letter or invitation no longer works. If you did not ask for this, tell your key worker.',
    ]);
    const email = await as('priya').post(`/api/families/${F}/invitations`, {
      personId: marie.person_id,
      delivery: 'email',
      email: 'm@example.org',
    });
    expect(email.statusCode).toBe(400);
    expect(email.json().message).toContain('Forgotten your password?');
  });

  it('a letter in the person’s own language (issue 16 §3): chosen by the worker, kept as theirs, used for the next letter', async () => {
    const marie = (await sql("SELECT * FROM accounts WHERE username = 'marie'"))[0];
    const english = await as('priya').post(`/api/families/${F}/invitations`, { personId: marie.person_id, delivery: 'letter' });
    expect(english.json().letter.language).toBe('en');
    const polish = await as('priya').post(`/api/families/${F}/invitations`, {
      personId: marie.person_id,
      delivery: 'letter',
      language: 'pl',
    });
    expect(polish.statusCode, polish.body).toBe(201);
    expect(polish.json().letter.language).toBe('pl');
    expect((await sql('SELECT preferred_language FROM people WHERE id = $1', [marie.person_id]))[0].preferred_language).toBe('pl');
    const next = await as('priya').post(`/api/families/${F}/invitations`, { personId: marie.person_id, delivery: 'letter' });
    expect(next.json().letter.language).toBe('pl');
    const wrong = await as('priya').post(`/api/families/${F}/invitations`, {
      personId: marie.person_id,
      delivery: 'letter',
      language: 'xx',
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().fields.language).toMatch(/Polski/);
    // Back to English for the tests after this one.
    await sql('UPDATE people SET preferred_language = NULL WHERE id = $1', [marie.person_id]);
  });

  it('only key workers and team managers invite (403 naming them, audited); nobody off the team; no family member', async () => {
    const tom = await as('tom').post(`/api/families/${F}/invitations`, { personId: person.Sam, delivery: 'letter' });
    expect(tom.statusCode).toBe(403);
    expect(tom.json().message).toContain('Daniel Okafor');
    const denied = await sql(
      "SELECT count(*)::int AS n FROM audit_events WHERE action = 'access.denied' AND details->>'attempted' = 'family_member.invited'",
    );
    expect(denied[0].n).toBe(1);
    expect((await as('mark').post(`/api/families/${F}/invitations`, { personId: person.Sam, delivery: 'letter' })).statusCode).toBe(404);
    expect((await as('marie').post(`/api/families/${F}/invitations`, { personId: person.Sam, delivery: 'letter' })).statusCode).toBe(403);
    expect((await as('daniel').post(`/api/families/${F}/invitations`, { personId: person.Sam, delivery: 'letter' })).statusCode).toBe(404);
  });

  it('an email invitation needs an email address: 400 naming the field', async () => {
    const res = await as('daniel').post(`/api/families/${carter}/invitations`, {
      personId: person.Ava,
      delivery: 'email',
      email: 'not an address',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().fields).toHaveProperty('email');
  });

  it('the team sees who can sign in', async () => {
    const res = await as('daniel').get(`/api/families/${carter}/accounts`);
    const byName = Object.fromEntries(res.json().people.map((p: { name: string }) => [p.name, p]));
    expect(byName['Sam Carter']).toMatchObject({ status: 'active', invitable: true });
    expect(byName['Ava Carter']).toMatchObject({ status: 'invited', lastDelivery: 'letter' });
    expect(byName['Noah Carter']).toMatchObject({ status: 'none', invitable: false });
  });
});

describe('the parent invites the people she trusts', () => {
  it('Marie invites a friend by email; her key workers are told; nobody else may', async () => {
    const res = await as('marie').post('/api/portal/trusted-people', {
      fullName: 'Grace Obi',
      delivery: 'email',
      email: 'grace@example.org',
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ accountKind: 'network_member', letter: null });
    const list = (await as('marie').get('/api/portal/trusted-people')).json().people;
    expect(list).toEqual(expect.arrayContaining([expect.objectContaining({ name: 'Grace Obi', status: 'invited' })]));
    const daniel = (await sql("SELECT staff_id FROM accounts WHERE username = 'daniel'"))[0].staff_id;
    expect(await notes('network_member_invited', daniel)).toEqual([
      'Marie has invited Grace Obi to Umbrella, to see what Marie chooses to share with them.',
    ]);
    for (const who of ['jamie', 'patricia', 'daniel']) {
      expect((await as(who).post('/api/portal/trusted-people', { fullName: 'X Y', delivery: 'letter' })).statusCode).toBe(403);
      expect((await as(who).get('/api/portal/trusted-people')).statusCode).toBe(403);
    }
  });

  it('Marie ends Patricia’s access: her live session answers 401 on the next request, and the key workers are told', async () => {
    expect((await as('patricia').get('/api/portal/my-family')).statusCode).toBe(200);
    const patricia = (await sql("SELECT person_id FROM accounts WHERE username = 'patricia'"))[0].person_id;
    const openShares = async () =>
      Number((await sql('SELECT count(*) AS n FROM plan_shares WHERE recipient_person_id = $1 AND ended_at IS NULL', [patricia]))[0].n);
    expect(await openShares()).toBeGreaterThan(0);
    const ended = await as('marie').post(`/api/portal/trusted-people/${patricia}/end`);
    expect(ended.statusCode, ended.body).toBe(204);
    // What Marie shared with her stops with her access, so a later invitation starts from nothing shared.
    expect(await openShares()).toBe(0);
    expect((await as('patricia').get('/api/portal/my-family')).statusCode).toBe(401);
    const daniel = (await sql("SELECT staff_id FROM accounts WHERE username = 'daniel'"))[0].staff_id;
    expect(await notes('network_member_removed', daniel)).toEqual([
      'Marie has ended Patricia Evans’s access to Umbrella. If Patricia Evans is named in a plan, talk with Marie about it.',
    ]);
    expect((await as('marie').post(`/api/portal/trusted-people/${patricia}/end`)).statusCode).toBe(404);
    const jamie = (await sql("SELECT person_id FROM accounts WHERE username = 'jamie'"))[0].person_id;
    expect((await as('marie').post(`/api/portal/trusted-people/${jamie}/end`)).statusCode).toBe(404);

    // Invited again: the old password no longer works until she accepts the new invitation.
    const again = await as('marie').post('/api/portal/trusted-people', { personId: patricia, delivery: 'letter' });
    expect(again.statusCode, again.body).toBe(201);
    expect(again.json().letter.username).toBe('patricia');
    expect(await accountOf(patricia)).toMatchObject({ disabled_at: null, password_hash: null });
    expect(await openShares()).toBe(0);
  });
});

describe('what the family is told, in their own language (issue 16 §3)', () => {
  it('keeps every invitation and sign-in letter message that reached a family account as a message id and its values', async () => {
    const rows = await sql(
      `SELECT kind, message_id, message_values FROM notifications
       WHERE recipient_account_id IS NOT NULL AND kind IN ('sign_in_letter_issued', 'young_person_invited', 'other_parent_invited')`,
    );
    const kinds = new Set(rows.map((r) => r.kind));
    expect(kinds).toEqual(new Set(['sign_in_letter_issued', 'young_person_invited']));
    const ids = { sign_in_letter_issued: 'notify-family.signInLetter', young_person_invited: 'notify-family.youngPersonInvited' };
    for (const r of rows) expect(r.message_id, r.kind).toBe(ids[r.kind as keyof typeof ids]);
    const values = rows
      .filter((r) => r.kind === 'young_person_invited')
      .map((r) => (typeof r.message_values === 'string' ? JSON.parse(r.message_values) : r.message_values));
    expect(values).toContainEqual({ invitedBy: 'Daniel Okafor', youngPerson: 'Ava Carter' });
  });
});
