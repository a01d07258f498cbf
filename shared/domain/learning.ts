// Issue 18 (P15): the words of a learning organisation, one tuple each for the contracts, the database types and the
// migration's CHECKs (migration 0049): the family's feedback and its scale, the equity questions people may answer,
// the insights a manager reads and how they break down, and the prompts of reflective supervision.

/** The three questions asked after a contact, visit or meeting, in the family's words; each may be left unanswered. */
export const FEEDBACK_QUESTIONS = ['listened', 'next_steps_clear', 'useful'] as const;
export type FeedbackQuestion = (typeof FEEDBACK_QUESTIONS)[number];

/**
 * Umbrella's own four-point answer (never a licensed instrument), stored as 1 to 4 so a team's answers can be averaged:
 * 1 "No", 2 "A little", 3 "Mostly", 4 "Yes".
 */
export const FEEDBACK_SCALE = [1, 2, 3, 4] as const;
export type FeedbackScore = (typeof FEEDBACK_SCALE)[number];

/** What a piece of feedback is about: a contact recorded in the record, a visit, a meeting, or anything at all. */
export const FEEDBACK_ABOUT = ['contact', 'visit', 'meeting', 'anything'] as const;
export type FeedbackAbout = (typeof FEEDBACK_ABOUT)[number];
/** What a request for feedback follows (an ask is never about "anything"). */
export const FEEDBACK_ASK_ABOUT = ['contact', 'visit', 'meeting'] as const satisfies readonly FeedbackAbout[];
export type FeedbackAskAbout = (typeof FEEDBACK_ASK_ABOUT)[number];

/** Who sees it: the worker with the person's name, or only the team, without their name. */
export const FEEDBACK_SHOWN_AS = ['named', 'team_only'] as const;
export type FeedbackShownAs = (typeof FEEDBACK_SHOWN_AS)[number];

/** A person is asked for feedback at most once in this many days (answered, skipped or left). */
export const FEEDBACK_ASK_INTERVAL_DAYS = 7;

/**
 * Ethnic group, as the 2021 census for England and Wales asks it (19 groups in 5 headings), and "prefer not to say".
 * Insights break down by the heading, so cells stay large enough to show.
 */
export const ETHNICITIES = {
  asian_bangladeshi: { heading: 'asian', label: 'Bangladeshi' },
  asian_chinese: { heading: 'asian', label: 'Chinese' },
  asian_indian: { heading: 'asian', label: 'Indian' },
  asian_pakistani: { heading: 'asian', label: 'Pakistani' },
  asian_other: { heading: 'asian', label: 'Any other Asian background' },
  black_african: { heading: 'black', label: 'African' },
  black_caribbean: { heading: 'black', label: 'Caribbean' },
  black_other: { heading: 'black', label: 'Any other Black, Black British or Caribbean background' },
  mixed_white_asian: { heading: 'mixed', label: 'White and Asian' },
  mixed_white_black_african: { heading: 'mixed', label: 'White and Black African' },
  mixed_white_black_caribbean: { heading: 'mixed', label: 'White and Black Caribbean' },
  mixed_other: { heading: 'mixed', label: 'Any other Mixed or multiple ethnic background' },
  white_british: { heading: 'white', label: 'English, Welsh, Scottish, Northern Irish or British' },
  white_irish: { heading: 'white', label: 'Irish' },
  white_gypsy_irish_traveller: { heading: 'white', label: 'Gypsy or Irish Traveller' },
  white_roma: { heading: 'white', label: 'Roma' },
  white_other: { heading: 'white', label: 'Any other White background' },
  other_arab: { heading: 'other', label: 'Arab' },
  other_any: { heading: 'other', label: 'Any other ethnic group' },
  prefer_not_to_say: { heading: 'prefer_not_to_say', label: 'Prefer not to say' },
} as const;
export type Ethnicity = keyof typeof ETHNICITIES;
export const ETHNICITY_KEYS = Object.keys(ETHNICITIES) as Ethnicity[];
export const ETHNICITY_HEADINGS = {
  asian: 'Asian or Asian British',
  black: 'Black, Black British, Caribbean or African',
  mixed: 'Mixed or multiple ethnic groups',
  white: 'White',
  other: 'Other ethnic group',
  prefer_not_to_say: 'Prefer not to say',
} as const;
export type EthnicityHeading = keyof typeof ETHNICITY_HEADINGS;

/** Yes, no, or prefer not to say: disability and financial hardship. */
export const YES_NO_PREFER_NOT = ['yes', 'no', 'prefer_not_to_say'] as const;
export type YesNoPreferNot = (typeof YES_NO_PREFER_NOT)[number];

/**
 * What an insight can be broken down by. A family belongs to the group of the parent the record is about (her own
 * answers); a family whose parent has not answered is "not recorded".
 */
export const EQUITY_BREAKDOWNS = ['none', 'ethnicity', 'first_language', 'disability', 'financial_hardship'] as const;
export type EquityBreakdown = (typeof EQUITY_BREAKDOWNS)[number];

/** The insights a manager reads (issue 18 §2), each built only on what has landed. */
export const INSIGHTS = {
  support_gap: 'Needs raised against support received',
  help_requests: 'Requests for help and how fast they were answered',
  early_help_vs_crisis: 'Early help against crisis work',
  involvement_changes: 'Changes of involvement level',
  withholdings: 'Parts of the record withheld, and reviews overdue',
  ratings: 'Ratings over time, by who gave them',
  key_worker_changes: 'How often a family’s key worker changed',
  other_parents: 'Fathers and other parents invited and taking part',
  unannounced_visits: 'Unannounced visits',
  minutes_on_time: 'Meeting minutes shared on time',
  feedback: 'What families told us',
} as const;
export type InsightKey = keyof typeof INSIGHTS;
export const INSIGHT_KEYS = Object.keys(INSIGHTS) as InsightKey[];

/** Whose caseload an insight counts: a team manager her team, a service manager her organisation, a platform administrator every organisation. */
export const INSIGHT_SCOPES = ['team', 'organisation', 'installation'] as const;
export type InsightScope = (typeof INSIGHT_SCOPES)[number];

/** The prompts of reflective supervision, for each family the worker brings (issue 18 §3). */
export const SUPERVISION_PROMPTS = {
  family_view: 'What is the family’s view?',
  strengths: 'What are the strengths?',
  support_not_received: 'What support was wanted and not received?',
  language: 'Is the language we use about this family respectful?',
  carrying: 'What are you carrying from this family?',
} as const;
export type SupervisionPrompt = keyof typeof SUPERVISION_PROMPTS;
export const SUPERVISION_PROMPT_KEYS = Object.keys(SUPERVISION_PROMPTS) as SupervisionPrompt[];
