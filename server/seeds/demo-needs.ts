// The demo family's needs and support (issue 15, P8): Marie's needs in her own words across several areas of her life,
// one of them still waiting for anyone to offer anything (the open gap a newcomer should see), a peer support referral
// that ended and helped, a need Priya wrote down with her, Jamie's own need, and Marie's practical barriers. There is
// deliberately no money and no childcare need: the browser journey adds those two itself.
import type { NeedDomain } from '../../shared/domain/needs.ts';
import { NEED_DOMAIN_CATEGORY } from '../../shared/domain/needs.ts';
import type { Tx } from '../db/database.ts';

const id = (n: number) => `00000000-0000-7000-8000-${n.toString().padStart(12, '0')}`;
const F = id(100);
const MARIE = id(101);
const JAMIE = id(102);
const MARIE_ACCOUNT = id(300);
const JAMIE_ACCOUNT = id(301);
const DANIEL = id(21);
const DANIEL_ACCOUNT = id(321);
const PRIYA = id(23);
const PRIYA_ACCOUNT = id(323);
const TOM = id(24);
const TOM_ACCOUNT = id(324);
const HELEN = id(25);
const HELEN_ACCOUNT = id(325);
const COUNCIL = id(2);
/** The sample directory's peer support group (server/seeds/directory, loaded before the family's needs). */
export const PARENTS_WHO_HAVE_BEEN_THERE = '5a1b2c3d-0003-4000-8000-000000000003';
const DAY = 86_400_000;

export const DEMO_NEED_IDS = {
  housing: id(800),
  mentalHealth: id(801),
  peerSupport: id(802),
  parenting: id(803),
  jamieAtSchool: id(804),
  peerReferral: id(812),
};

export async function loadDemoNeeds(tx: Tx, now = new Date()) {
  const ago = (days: number) => new Date(now.getTime() - days * DAY);
  const dayAgo = (days: number) => ago(days).toISOString().slice(0, 10);
  const need = (
    n: string,
    person: string,
    domain: NeedDomain,
    daysAgo: number,
    fields: {
      words: string;
      importance: 'a_little' | 'quite_a_lot' | 'a_lot';
      supportWanted: string | null;
      by: { account: string; staff: string | null; organisation: string | null; raisedBy: 'person' | 'worker' };
      status?: 'open' | 'met';
      closedDaysAgo?: number;
    },
  ) => ({
    family_id: F,
    id: n,
    person_id: person,
    domain,
    words: fields.words,
    importance: fields.importance,
    raised_by: fields.by.raisedBy,
    written_by_account_id: fields.by.account,
    written_by_staff_id: fields.by.staff,
    support_wanted: fields.supportWanted,
    category: NEED_DOMAIN_CATEGORY[domain],
    author_organisation_id: fields.by.organisation,
    about_person_ids: [person],
    status: fields.status ?? 'open',
    closed_at: fields.closedDaysAgo === undefined ? null : ago(fields.closedDaysAgo),
    created_at: ago(daysAgo),
    updated_at: ago(fields.closedDaysAgo ?? daysAgo),
  });
  const marie = { account: MARIE_ACCOUNT, staff: null, organisation: null, raisedBy: 'person' as const };
  await tx
    .insertInto('needs')
    .values([
      // The open gap: asked for five weeks ago, nothing offered yet.
      need(DEMO_NEED_IDS.housing, MARIE, 'housing', 36, {
        words: 'The flat is damp and Clare’s chest is bad again. The landlord keeps saying he will come and he never does.',
        importance: 'a_lot',
        supportWanted: 'Someone who can get the landlord to fix the damp, or help us move somewhere dry.',
        by: marie,
      }),
      need(DEMO_NEED_IDS.mentalHealth, MARIE, 'mental_health', 110, {
        words: 'I want to stay well at home with the children. When the voices come back at night I need someone who knows me.',
        importance: 'a_lot',
        supportWanted: 'Seeing the same nurse every week, and help to get my tablets right.',
        by: marie,
      }),
      need(DEMO_NEED_IDS.peerSupport, MARIE, 'peer_support', 125, {
        words: 'I’d like to talk to another mum who has been in hospital and come home again. Someone who won’t judge me.',
        importance: 'quite_a_lot',
        supportWanted: 'A group near enough to walk to, in the morning after the school run.',
        by: marie,
        status: 'met',
        closedDaysAgo: 18,
      }),
      // Written by Priya with Marie at a visit; Marie reads it and may say it is not right.
      need(DEMO_NEED_IDS.parenting, MARIE, 'parenting', 21, {
        words: 'I want to help Jamie and Clare understand what happens when I’m poorly, so they don’t think it’s their fault.',
        importance: 'quite_a_lot',
        supportWanted: 'Some ideas and words to use, and someone with me the first time we talk about it.',
        by: { account: PRIYA_ACCOUNT, staff: PRIYA, organisation: COUNCIL, raisedBy: 'worker' },
      }),
      need(DEMO_NEED_IDS.jamieAtSchool, JAMIE, 'child_own', 24, {
        words: 'Someone to talk to at school when I’m worried about mum. Not in front of everyone.',
        importance: 'a_lot',
        supportWanted: 'A quiet time with a teacher I know, once a week.',
        by: { account: JAMIE_ACCOUNT, staff: null, organisation: null, raisedBy: 'person' },
      }),
    ])
    .execute();

  const support = (
    n: number,
    needId: string,
    offered: { account: string; staff: string; description: string; daysAgo: number },
    description: string,
    receivedDaysAgo: number | null,
  ) => ({
    family_id: F,
    id: id(n),
    need_id: needId,
    kind: 'offer' as const,
    description,
    offered_by_account_id: offered.account,
    offered_by_staff_id: offered.staff,
    offered_by_description: offered.description,
    offered_on: dayAgo(offered.daysAgo),
    received_from: receivedDaysAgo === null ? null : dayAgo(receivedDaysAgo),
    created_at: ago(offered.daysAgo),
    updated_at: ago(receivedDaysAgo ?? offered.daysAgo),
  });
  const daniel = 'Daniel Okafor, Northfield Mental Health Trust';
  await tx
    .insertInto('need_supports')
    .values([
      support(
        810,
        DEMO_NEED_IDS.mentalHealth,
        { account: DANIEL_ACCOUNT, staff: DANIEL, description: daniel, daysAgo: 108 },
        'A visit from Daniel every week, and a review of her tablets with the team’s doctor.',
        104,
      ),
      support(
        811,
        DEMO_NEED_IDS.parenting,
        { account: TOM_ACCOUNT, staff: TOM, description: "Tom Reilly, Northfield Children's Services", daysAgo: 19 },
        'Three sessions with Tom at home, with Marie and the children, on talking about mum’s illness.',
        12,
      ),
      support(
        813,
        DEMO_NEED_IDS.jamieAtSchool,
        { account: HELEN_ACCOUNT, staff: HELEN, description: 'Helen Carter, Northfield Academy', daysAgo: 20 },
        'Wednesday lunchtimes with Helen in the pastoral room, just the two of them.',
        14,
      ),
    ])
    .execute();

  // The referral that helped: made by Daniel with Marie's agreement, the disclosure written as every share is.
  const disclosure = id(815);
  const referral = DEMO_NEED_IDS.peerReferral;
  await tx
    .insertInto('disclosures')
    .values({
      family_id: F,
      id: disclosure,
      via: 'referral',
      recipient_organisation_id: null,
      recipient_staff_id: null,
      recipient_description: 'Parents Who’ve Been There',
      purpose: 'A referral to peer support, which Marie asked for.',
      categories: ['general'],
      lawful_basis: 'consent',
      decided_by_account_id: DANIEL_ACCOUNT,
      decided_by_description: `${daniel}, with Marie’s agreement in person`,
      source_id: referral,
      created_at: ago(120),
    })
    .execute();
  await tx
    .insertInto('need_supports')
    .values({
      family_id: F,
      id: referral,
      need_id: DEMO_NEED_IDS.peerSupport,
      kind: 'referral',
      description: 'Parents Who’ve Been There: a Wednesday morning group for parents who have been unwell themselves.',
      service_id: PARENTS_WHO_HAVE_BEEN_THERE,
      offered_by_account_id: DANIEL_ACCOUNT,
      offered_by_staff_id: DANIEL,
      offered_by_description: daniel,
      offered_on: dayAgo(120),
      received_from: dayAgo(105),
      received_until: dayAgo(20),
      helped: 'yes',
      helped_words:
        'Meeting the others on Wednesdays helped more than anything. I’m not the only one. I still have coffee with two of them.',
      helped_at: ago(18),
      helped_asked_at: ago(20),
      referral_status: 'ended',
      referral_status_on: dayAgo(20),
      shared_categories: ['general'],
      sent_text:
        'Marie would like to meet other parents who have been in hospital and come home again. She has two children at school, ' +
        'so mornings after 10 suit her best. She is happy for you to phone her to arrange a first visit.',
      lawful_basis: 'consent',
      agreed_how: 'in_person',
      disclosure_id: disclosure,
      created_at: ago(120),
      updated_at: ago(18),
    })
    .execute();
  const steps = [
    { n: 820, status: 'sent', daysAgo: 120, by: daniel },
    { n: 821, status: 'accepted', daysAgo: 113, by: `${daniel} (the group rang him)` },
    { n: 822, status: 'started', daysAgo: 105, by: `${daniel} (Marie went to her first morning)` },
    { n: 823, status: 'ended', daysAgo: 20, by: `${daniel} (the group’s twelve weeks finished)` },
  ] as const;
  await tx
    .insertInto('referral_status_changes')
    .values(
      steps.map((s) => ({
        family_id: F,
        id: id(s.n),
        support_id: referral,
        status: s.status,
        status_on: dayAgo(s.daysAgo),
        reason: null,
        changed_by_account_id: DANIEL_ACCOUNT,
        changed_by_description: s.by,
        created_at: ago(s.daysAgo),
      })),
    )
    .execute();

  await tx
    .insertInto('person_barriers')
    .values({
      family_id: F,
      person_id: MARIE,
      childcare: 'No one to have Clare on Tuesdays and Thursdays.',
      travel_cost: 'I don’t drive and the bus into town is £4.60 return each time.',
      times: 'Not before 10 — school run.',
      updated_by_account_id: MARIE_ACCOUNT,
      updated_at: ago(30),
    })
    .execute();
}
