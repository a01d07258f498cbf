// The plans' structure and their plain words: recovery plan parts, the wellness and crisis plan's sections
// (a generic, public-domain structure, never a trademarked name), contingency and explanation sections,
// agreement positions, the 0–10 scale and the three parts of a child's own words. Each stored vocabulary is a
// tuple, the source for contracts, database types and the migrations' CHECKs (vocabularies.test.ts), and its
// words are typed by it, so a value added without words does not compile.

export type SectionDefinition = { key: string; title: string; hint: string };
/** A tuple of the keys of a list of definitions, in its order: a derived tuple is held to its list by this type. */
type KeysOf<T extends readonly { key: string }[]> = { readonly [I in keyof T]: T[I]['key'] };

/** The parent's wellness and crisis plan, in the order it is written. Only the parent's words go in. */
export const WELLNESS_SECTIONS = [
  {
    key: 'when_well',
    title: 'What I am like when I am well',
    hint: 'How you, and the people close to you, would describe you on a good day.',
  },
  {
    key: 'daily',
    title: 'What I do every day to stay well',
    hint: 'Small things that help: sleep, food, walks, people, medicine, routines.',
  },
  {
    key: 'triggers',
    title: 'Things that can upset me, and what I will do',
    hint: 'What can knock you off balance, and what you will do when it happens.',
  },
  {
    key: 'early_signs',
    title: 'Early signs that I am not so well, and what I will do',
    hint: 'The first small changes you or others notice, and what helps then.',
  },
  {
    key: 'breaking_down',
    title: 'When things are getting much harder, and what I need',
    hint: 'How you can tell things are getting worse, and what you need from others then.',
  },
  {
    key: 'crisis_signs',
    title: 'Crisis plan: signs that others should take over',
    hint: 'What people would see that means you need them to step in.',
  },
  {
    key: 'crisis_supporters',
    title: 'Crisis plan: who I want to support me, and who must not be involved',
    hint: 'Name the people you want, what each could do, and anyone who should not be involved.',
  },
  {
    key: 'crisis_treatments',
    title: 'Crisis plan: treatments and places I prefer, and ones I want to avoid',
    hint: 'Medicines, services or places that have helped or not helped before.',
  },
  {
    key: 'crisis_alternatives',
    title: 'Crisis plan: alternatives to hospital',
    hint: 'Other ways you could be looked after, for example at home or with a friend.',
  },
  {
    key: 'crisis_others_do',
    title: 'Crisis plan: what I want others to do',
    hint: 'Who looks after the children, school runs, pets, bills, keys, and anything else at home.',
  },
  { key: 'after_crisis', title: 'After a crisis', hint: 'What helps you get back to yourself, and how you will know you are ready.' },
] as const satisfies readonly SectionDefinition[];

/** WELLNESS_SECTIONS's keys, in its order: the tuple for contracts and CHECKs (plan_documents.crisis_service_keys). */
export const WELLNESS_SECTION_KEYS = [
  'when_well',
  'daily',
  'triggers',
  'early_signs',
  'breaking_down',
  'crisis_signs',
  'crisis_supporters',
  'crisis_treatments',
  'crisis_alternatives',
  'crisis_others_do',
  'after_crisis',
] as const satisfies KeysOf<typeof WELLNESS_SECTIONS>;
export type WellnessSectionKey = (typeof WELLNESS_SECTION_KEYS)[number];

/** The crisis sections, which a parent most often shares with the people who would step in. */
export const CRISIS_SECTION_KEYS = WELLNESS_SECTIONS.filter((s) => s.key.startsWith('crisis_')).map((s) => s.key);

/** One contingency plan per child: what happens for them if their parent is unwell or in hospital. */
export const CONTINGENCY_SECTIONS = [
  { key: 'carer', title: 'Who will look after me', hint: 'Who will care for the child, where, and for how long.' },
  { key: 'must_not_care', title: 'Who must not look after me', hint: 'Anyone who should not care for the child, and why if that helps.' },
  {
    key: 'routine',
    title: 'My routine and school',
    hint: 'School, clubs, bedtimes, food, medicine and anything that keeps the day normal.',
  },
  {
    key: 'keeping_in_touch',
    title: 'How I keep in touch with my mum or dad',
    hint: 'Calls, visits, messages: how often and who arranges them.',
  },
  {
    key: 'what_told',
    title: 'What I will be told, and by whom',
    hint: 'What the child will be told about what is happening, and who will tell them.',
  },
  { key: 'agencies', title: 'What each service will do', hint: 'What children’s services, mental health, school and others will each do.' },
] as const satisfies readonly SectionDefinition[];

/** An explanation written for a child about what is happening, agreed with the parent. */
export const EXPLANATION_SECTIONS = [
  { key: 'who_worried', title: 'Who is worried', hint: 'Which grown-ups are worried, in words the child knows.' },
  { key: 'what_about', title: 'What they are worried about', hint: 'What the worry is about, said simply and kindly.' },
  { key: 'happening_now', title: 'What is happening now', hint: 'Who is helping and what they are doing.' },
  { key: 'next', title: 'What will happen next', hint: 'The next things that will happen, and when.' },
  { key: 'talk_to', title: 'Who you can talk to', hint: 'People the child can talk to, and how to reach them.' },
] as const satisfies readonly SectionDefinition[];

/** The plan documents besides the recovery plan (plan_documents.kind). */
export const DOCUMENT_KINDS = ['wellness', 'contingency', 'explanation'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

export const SECTIONS_BY_DOCUMENT = {
  wellness: WELLNESS_SECTIONS,
  contingency: CONTINGENCY_SECTIONS,
  explanation: EXPLANATION_SECTIONS,
} as const satisfies Record<DocumentKind, readonly SectionDefinition[]>;

/** The documents a parent can share with someone (plan_shares.document_kind): explanations are already theirs. */
export const SHAREABLE_DOCUMENT_KINDS = ['recovery', 'wellness', 'contingency'] as const;
export type ShareableDocumentKind = (typeof SHAREABLE_DOCUMENT_KINDS)[number];

export const sectionTitle = (kind: DocumentKind, key: string): string =>
  (SECTIONS_BY_DOCUMENT[kind] as readonly SectionDefinition[]).find((s) => s.key === key)?.title ?? key;

/** The recovery plan's parts, which is also how a parent shares it with a young person or network member. */
export const RECOVERY_PARTS = [
  { key: 'goals', title: 'The parent’s own goals', plainTitle: 'Your goals, in your own words' },
  { key: 'strengths', title: 'What is working well', plainTitle: 'What is working well' },
  { key: 'worries', title: 'Worries and safety goals', plainTitle: 'What people are worried about, and what needs to be different' },
  { key: 'actions', title: 'Actions', plainTitle: 'Who will do what, and by when' },
] as const;
/** RECOVERY_PARTS's keys, in its order: a tuple for contracts and CHECKs, held to RECOVERY_PARTS by its type. */
export const RECOVERY_PART_KEYS = ['goals', 'strengths', 'worries', 'actions'] as const satisfies KeysOf<typeof RECOVERY_PARTS>;
export type RecoveryPart = (typeof RECOVERY_PART_KEYS)[number];

/** The kinds of item in a recovery plan (recovery_plan_items.kind). */
export const PLAN_ITEM_KINDS = ['worry', 'family_view', 'strength', 'parent_goal', 'action'] as const;
export type PlanItemKind = (typeof PLAN_ITEM_KINDS)[number];

export const ITEM_PART = {
  parent_goal: 'goals',
  strength: 'strengths',
  worry: 'worries',
  family_view: 'worries',
  action: 'actions',
} as const satisfies Record<PlanItemKind, RecoveryPart>;

export const AGREEMENT_POSITION_KEYS = ['agree', 'agree_with_reservations', 'disagree'] as const;
export type AgreementPositionKey = (typeof AGREEMENT_POSITION_KEYS)[number];
export const AGREEMENT_POSITIONS = {
  agree: 'I agree',
  agree_with_reservations: 'I agree, with some worries',
  disagree: 'I do not agree',
} as const satisfies Record<AgreementPositionKey, string>;

/** How far the family agrees with a worry; kept inside the item's content, so no CHECK holds it. */
export const FAMILY_AGREES_KEYS = ['agrees', 'partly', 'disagrees'] as const;
export type FamilyAgrees = (typeof FAMILY_AGREES_KEYS)[number];
export const FAMILY_AGREES = {
  agrees: 'The family agrees with this worry',
  partly: 'The family partly agrees',
  disagrees: 'The family does not agree',
} as const satisfies Record<FamilyAgrees, string>;

/** How an action is going; kept inside the item's content, so no CHECK holds it. */
export const ACTION_STATUS_KEYS = ['proposed', 'not_started', 'in_progress', 'done', 'stopped'] as const;
export type ActionStatus = (typeof ACTION_STATUS_KEYS)[number];
/** 'proposed': agreed at a meeting (issue 17 §2) and put in the plan's working version, to be talked through with the family. */
export const ACTION_STATUSES = {
  proposed: 'Suggested at a meeting, not agreed yet',
  not_started: 'Not started',
  in_progress: 'Happening now',
  done: 'Done',
  stopped: 'Stopped',
} as const satisfies Record<ActionStatus, string>;

/** A carer's answer when asked to step in under a contingency plan (plan_documents.carer_response). */
export const CARER_RESPONSES = ['agreed', 'declined'] as const;
export type CarerResponse = (typeof CARER_RESPONSES)[number];

/** Where a suggested change to a plan section stands (plan_suggestions.status). */
export const SUGGESTION_STATUSES = ['open', 'accepted', 'declined'] as const;
export type SuggestionStatus = (typeof SUGGESTION_STATUSES)[number];

/** What the ends of a worry's 0–10 scale mean: the same scale for everyone who rates, told in two ways. */
export type RatingScale = { readonly 0: string; readonly 10: string };

/**
 * The family's words for the ends of the scale, on every page a parent or child reads (portal, printed plans): words a
 * child could hear without fear (issue 16). They mean the same as the workers' anchors, said without a threat.
 */
export const FAMILY_RATING_SCALE = {
  0: 'This is a big worry, and a lot needs to change',
  10: 'Nobody needs to worry about this any more',
} as const satisfies RatingScale;

/**
 * The workers' fuller anchors, for the professional screens only. Never on the family's pages: a portal file that
 * imports this fails web/portal/rating-scale.test.ts.
 */
export const WORKER_RATING_SCALE = {
  0: 'The children cannot live at home',
  10: 'Everyone agrees the children are safe enough for this worry to be closed',
} as const satisfies RatingScale;

export const CHILD_WORDS_PART_KEYS = ['worries', 'good_things', 'hopes'] as const;
export type ChildWordsPartKey = (typeof CHILD_WORDS_PART_KEYS)[number];
export const CHILD_WORDS_PARTS = {
  worries: { title: 'Things I worry about', prompt: 'What worries you?' },
  good_things: { title: 'Good things', prompt: 'What is good in your life?' },
  hopes: { title: 'What I hope for', prompt: 'What would you like to happen?' },
} as const satisfies Record<ChildWordsPartKey, { title: string; prompt: string }>;

/** Who a child agreed may read their words (child_words.share_with, an array held by a CHECK with <@). */
export const CHILD_WORDS_AUDIENCE_KEYS = ['parents', 'care_team', 'network'] as const;
export type ChildWordsAudienceKey = (typeof CHILD_WORDS_AUDIENCE_KEYS)[number];
export const CHILD_WORDS_AUDIENCES = {
  parents: 'My mum or dad',
  care_team: 'The workers helping our family',
  network: 'The other grown-ups my mum or dad trusts',
} as const satisfies Record<ChildWordsAudienceKey, string>;
