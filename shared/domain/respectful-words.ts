// The respectful-language check (issue 16 §1, P5): the one vocabulary of words a family should not read about itself —
// judgemental labels, a diagnosis used as identity, officialese — each with what to write instead. Checked at save.
import { findJargon } from './jargon.ts';
import { findDiagnosticLabels } from './plain-language.ts';

export const WORD_FINDING_KINDS = ['judgement', 'identity', 'officialese'] as const;

/** What a kept-as-written confirmation is stored against (kept_as_written.subject_kind). */
export const KEPT_AS_WRITTEN_SUBJECTS = [
  'record_entry',
  'plan_item',
  'closing_summary',
  'withholding',
  'need',
  'need_support',
  'child_plan',
  'crisis_plan',
  'reply',
  'help_response',
  'entry_in_error',
  'involvement_reopened',
  'involvement_note',
  // Issue 16 §1 (0044): a person's barriers a worker wrote down with them (the person's id, the version the save made).
  'barriers',
  // Issue 17 §1 (0047): a worker's words on a visit or appointment (its id, the version the save made), and what makes
  // appointments hard when a worker wrote it with the parent (the family's id, the version of that record).
  'appointment',
  // Issue 17 §2 (0048): a meeting's words (purpose, minutes: the appointment's id, the meeting's version) and its parts (a
  // report or a decision: their own id and version).
  'meeting',
  'meeting_part',
] as const;
export type KeptAsWrittenSubject = (typeof KEPT_AS_WRITTEN_SUBJECTS)[number];
export type WordFindingKind = (typeof WORD_FINDING_KINDS)[number];

/** What the writer sees for each kind of finding: why the words matter to the family reading them. */
export const WORD_FINDING_WHY: Record<WordFindingKind, string> = {
  judgement: 'This word judges the person. The family will read it: say what happened, and what was going on for them.',
  identity: 'This names a person by a diagnosis. Say what they experience and how it affects the children.',
  officialese: 'The family may not know what this means. Say it in everyday words.',
};

export type RespectfulWordEntry = {
  /** Stable id, stored with a kept-as-written confirmation and counted for managers. */
  id: string;
  kind: Exclude<WordFindingKind, 'identity'>;
  /** The forms found, as whole words; all-capital forms of up to five letters match only in capitals ("CP", not "cp"). */
  forms: string[];
  /** What to write instead: the behaviour and its context, or the everyday words. */
  suggestion: string;
  /** Texts that must be found (the test runs each). */
  examples: string[];
  /** Texts that must not be found: everyday senses of the same letters. */
  fine: string[];
  /** An everyday sense shown by the words just after ("a DNA test") or just before ("treatment-resistant"). */
  notFollowedBy?: RegExp;
  notPrecededBy?: RegExp;
};

const said = (instead: string, example: string) => `${instead}, for example “${example}”.`;

export const RESPECTFUL_WORDS: readonly RespectfulWordEntry[] = [
  // ---- Judgemental labels: say what happened and why ----
  {
    id: 'non-compliant',
    kind: 'judgement',
    forms: ['non-compliant', 'non-compliance', 'noncompliant', 'not compliant', 'poor compliance', 'non-adherent', 'non-concordant'],
    suggestion: said(
      'Say what was agreed, what happened, and what the person told you',
      'has not taken her tablets this week; she says they make her too sleepy to get the children up',
    ),
    examples: ['She is non-compliant with meds.', 'Non-compliance noted.', 'He was not compliant.'],
    fine: ['The house meets the compliance rules.'],
  },
  {
    id: 'failed-to-engage',
    kind: 'judgement',
    forms: [
      'failed to engage',
      'failing to engage',
      'fails to engage',
      'refused to engage',
      'reluctant to engage',
      'not engaging',
      'poor engagement',
      'lack of engagement',
      'disengaged',
      'non-engagement',
    ],
    suggestion: said(
      'Say which meeting or call it was, and what got in the way',
      'did not come to the appointment on Tuesday; she told us she had no bus fare',
    ),
    examples: ['Mum failed to engage with services.', 'Dad is not engaging.', 'Poor engagement since May.'],
    fine: ['The group was engaging and fun.'],
  },
  {
    id: 'did-not-attend',
    kind: 'judgement',
    forms: ['DNA', 'DNAs', "DNA'd", 'did not attend'],
    suggestion: said(
      'Say which appointment was missed and, if you know, why',
      'missed the clinic on 3 May; the letter went to her old address',
    ),
    examples: ['DNA x2.', 'She did not attend.'],
    fine: ['A DNA test was done.', 'dna'],
    notFollowedBy: /^[\s-]+(?:tests?|samples?|evidence|profiles?|results?|testing)(?![\p{L}])/iu,
  },
  {
    id: 'uncooperative',
    kind: 'judgement',
    forms: ['uncooperative', 'non-cooperative', 'not cooperative', 'unco-operative', 'obstructive'],
    suggestion: said('Say what was asked, and what the person said or did', 'asked us not to come in today because the baby was asleep'),
    examples: ['Dad was uncooperative.', 'She was obstructive at the visit.'],
    fine: ['We cooperated well.'],
  },
  {
    id: 'refused',
    kind: 'judgement',
    forms: ['refused', 'refuses', 'refusing', 'refusal', 'refused access', 'refused entry'],
    suggestion: said(
      'Say what was asked, what the person said, and the reason they gave',
      'said she did not want a visit today because she was too unwell; we agreed to come on Friday',
    ),
    examples: ['Mum refused access.', 'He refuses medication.', 'Refusal to let the worker in.'],
    fine: ['The refuse collection is on Monday.'],
  },
  {
    id: 'resistant',
    kind: 'judgement',
    forms: ['resistant', 'resistant to change', 'resistance to change', 'unmotivated', 'lack of motivation', 'lacks motivation'],
    suggestion: said(
      'Say what the person wants, and what they find hard',
      'says she wants to keep the children at home but finds mornings very hard',
    ),
    examples: ['Parents remain resistant to change.', 'He is unmotivated.'],
    fine: ['A water-resistant coat.', 'Treatment-resistant depression.'],
    notPrecededBy: /[-\u2010\u2011]$/,
  },
  {
    id: 'manipulative',
    kind: 'judgement',
    forms: ['manipulative', 'manipulating', 'manipulation'],
    suggestion: said('Say what the person did or said, in their words', 'told the school and the GP different things about the move'),
    examples: ['She can be manipulative.', 'Manipulation of professionals.'],
    fine: [],
  },
  {
    id: 'attention-seeking',
    kind: 'judgement',
    forms: ['attention-seeking', 'attention seeking', 'attention seeker', 'attention-seeker'],
    suggestion: said(
      'Say what the person did, and what they may have needed',
      'rang the team six times on Sunday; she was frightened and alone',
    ),
    examples: ['Attention-seeking behaviour.', 'He is an attention seeker.'],
    fine: ['Please pay attention to the steps.'],
  },
  {
    id: 'hostile',
    kind: 'judgement',
    forms: ['hostile', 'hostility', 'aggressive', 'aggression', 'volatile', 'abusive towards staff'],
    suggestion: said(
      'Say what was said or done, and what had just happened',
      'shouted at us at the door after the letter about court arrived',
    ),
    examples: ['Dad was hostile.', 'Mum became aggressive.', 'A volatile presentation.'],
    fine: [],
  },
  {
    id: 'in-denial',
    kind: 'judgement',
    forms: ['in denial', 'poor insight', 'lacks insight', 'lack of insight', 'no insight', 'limited insight'],
    suggestion: said(
      'Say how the person sees things, in their words, and where you see it differently',
      'says she is not unwell; we are worried because she has not slept for four nights',
    ),
    examples: ['Mum is in denial.', 'Poor insight into her illness.', 'He lacks insight.'],
    fine: ['We shared an insight from the research.'],
  },
  {
    id: 'chaotic',
    kind: 'judgement',
    forms: ['chaotic', 'chaotic lifestyle', 'chaotic household', 'chaos'],
    suggestion: said(
      'Say what is hard day to day, and how it affects the children',
      'moved three times this year; the children have missed school after each move',
    ),
    examples: ['A chaotic household.', 'Chaotic lifestyle.'],
    fine: [],
  },
  {
    id: 'disguised-compliance',
    kind: 'judgement',
    forms: ['disguised compliance', 'superficial compliance', 'false compliance'],
    suggestion: said('Say what was agreed and what happened after', 'agreed to the nursery place in May; the children have not gone yet'),
    examples: ['Concerns about disguised compliance.'],
    fine: [],
  },
  {
    id: 'hard-to-reach',
    kind: 'judgement',
    forms: ['hard to reach', 'hard-to-reach', 'difficult to engage', 'hard to engage'],
    suggestion: said(
      'Say how you tried to reach the family, and what might help',
      'has no credit on her phone; a letter or a visit works better',
    ),
    examples: ['A hard to reach family.'],
    fine: [],
  },
  {
    id: 'difficult-parent',
    kind: 'judgement',
    forms: [
      'difficult parent',
      'difficult mother',
      'difficult father',
      'difficult mum',
      'difficult dad',
      'demanding',
      'histrionic',
      'evasive',
    ],
    suggestion: said('Say what the person asked for or did, and why', 'asked three times for the report before the meeting'),
    examples: ['A difficult parent.', 'Mum is very demanding.', 'He was evasive.'],
    fine: ['A difficult week for everyone.', 'She has a demanding job.'],
    notFollowedBy: /^\s+(?:job|jobs|work|role|week|day|days|time|times|schedule|shifts?)(?![\p{L}])/iu,
  },
  {
    id: 'frequent-flyer',
    kind: 'judgement',
    forms: ['frequent flyer', 'frequent flier', 'revolving door'],
    suggestion: said(
      'Say how often the person came and what they needed each time',
      'came to A&E four times in March, each time after a night without sleep',
    ),
    examples: ['Known frequent flyer.'],
    fine: [],
  },
  {
    id: 'neglectful',
    kind: 'judgement',
    forms: ['neglectful', 'unkempt', 'feckless', 'inadequate parent', 'inadequate parenting'],
    suggestion: said(
      'Say what the children did not have, and what got in the way',
      'the children had no clean school clothes this week; the washing machine is broken',
    ),
    examples: ['A neglectful mother.', 'The children were unkempt.'],
    fine: [],
  },

  // ---- Officialese and abbreviations: say it in everyday words ----
  {
    id: 's47',
    kind: 'officialese',
    forms: ['s47', 's.47', 'section 47', 's47 enquiry', 'section 47 enquiry', 'child protection enquiry'],
    suggestion: 'Say “a social worker’s checks on whether a child is safe, which the law asks for when there is a serious worry”.',
    examples: ['An s47 was started.', 'Section 47 enquiry completed.'],
    fine: ['Bus 47 stops outside.'],
  },
  {
    id: 's17',
    kind: 'officialese',
    forms: ['s17', 's.17', 'section 17'],
    suggestion: 'Say “help from children’s services for a child who needs extra support”.',
    examples: ['Support under s17.'],
    fine: [],
  },
  {
    id: 's20',
    kind: 'officialese',
    forms: ['s20', 's.20', 'section 20'],
    suggestion: 'Say “the children staying with carers that the parent agreed to, without a court order”.',
    examples: ['An s20 placement.'],
    fine: [],
  },
  {
    id: 'threshold',
    kind: 'officialese',
    forms: [
      'threshold met',
      'threshold not met',
      'meets threshold',
      'meets the threshold',
      'below threshold',
      'above threshold',
      'threshold for',
    ],
    suggestion: 'Say what was decided and what it means for the family, for example “we decided the family should have a social worker”.',
    examples: ['Threshold met for CIN.', 'Below threshold.'],
    fine: ['Mind the threshold at the front door.'],
  },
  {
    id: 'strategy-discussion',
    kind: 'officialese',
    forms: ['strategy discussion', 'strategy meeting', 'strat discussion', 'strat meeting'],
    suggestion: 'Say “a meeting of the social worker, the police and health workers to decide what checks to make”.',
    examples: ['A strategy discussion was held.'],
    fine: [],
  },
  {
    id: 'cin',
    kind: 'officialese',
    forms: ['CIN', 'child in need plan'],
    suggestion: 'Say “a child in need plan: help the family has agreed with a social worker”.',
    examples: ['Stepped down to CIN.'],
    fine: ['Cinema trip.', 'cin'],
  },
  {
    id: 'cp',
    kind: 'officialese',
    forms: ['CP', 'CPP', 'CP plan', 'ICPC', 'RCPC', 'CPC', 'CP conference'],
    suggestion: 'Say “child protection plan” or “child protection meeting”, and what it means for the family.',
    examples: ['Child is on a CP plan.', 'ICPC on Friday.'],
    fine: ['cp'],
  },
  {
    id: 'plo',
    kind: 'officialese',
    forms: ['PLO', 'pre-proceedings', 'public law outline', 'legal gateway', 'legal planning meeting', 'LPM'],
    suggestion: 'Say “the council is thinking about going to court; a meeting with the family and their solicitor comes first”.',
    examples: ['PLO letter sent.', 'Legal planning meeting booked.'],
    fine: [],
  },
  {
    id: 'nfa',
    kind: 'officialese',
    forms: ['NFA', 'no further action'],
    suggestion: 'Say “we have finished checking and are not doing anything more”, and why.',
    examples: ['NFA.'],
    fine: [],
  },
  {
    id: 'lac',
    kind: 'officialese',
    forms: ['LAC', 'CLA', 'looked after child', 'looked-after child'],
    suggestion: 'Say “a child in care”, or the child’s name and where they live.',
    examples: ['LAC review.'],
    fine: ['lace'],
  },
  {
    id: 'team-abbreviations',
    kind: 'officialese',
    forms: ['MASH', 'LADO', 'CMHT', 'CAMHS', 'CSC', 'TAF', 'EHA', 'CPA'],
    suggestion: 'Write the service’s name in full and say what it does, for example “the children’s mental health service”.',
    examples: ['Referred to CAMHS.', 'MASH checks done.'],
    fine: ['mash the potatoes'],
  },
  {
    id: 'presenting',
    kind: 'officialese',
    forms: ['presented as', 'presenting as', 'presentation was'],
    suggestion: said('Say what you saw and heard', 'was tearful and said she had not slept'),
    examples: ['Mum presented as low.'],
    fine: ['She gave a presentation at school.'],
  },
];

export type WordFinding = {
  start: number;
  end: number;
  /** The words as written. */
  found: string;
  kind: WordFindingKind;
  /** The vocabulary entry's id; 'identity' for a diagnosis used as identity. */
  entryId: string;
  suggestion: string;
};

// Each entry as a glossary-shaped term, so the same whole-word matcher the glossary uses finds its forms.
// The term is the entry's first form (its id is not a form: 'cin' must not match where only 'CIN' is listed).
const AS_TERMS = RESPECTFUL_WORDS.map((e) => ({ term: e.forms[0] ?? e.id, aliases: e.forms.slice(1), plain: '', explanation: '' }));
const BY_TERM = new Map(RESPECTFUL_WORDS.map((e) => [e.forms[0] ?? e.id, e]));

/** Every finding in one text, in order; where a label and a listed word overlap, the longer one is kept. */
export function checkRespectfulWords(text: string): WordFinding[] {
  const listed: WordFinding[] = [];
  for (const m of findJargon(text, AS_TERMS)) {
    const entry = BY_TERM.get(m.term);
    if (!entry) continue;
    if (entry.notFollowedBy?.test(text.slice(m.end, m.end + 24))) continue;
    if (entry.notPrecededBy?.test(text.slice(Math.max(0, m.start - 24), m.start))) continue;
    listed.push({ start: m.start, end: m.end, found: m.found, kind: entry.kind, entryId: entry.id, suggestion: entry.suggestion });
  }
  const identity: WordFinding[] = findDiagnosticLabels(text).map((l) => ({
    start: l.start,
    end: l.end,
    found: l.found,
    kind: 'identity',
    entryId: 'identity',
    suggestion: l.suggestion,
  }));
  const all = [...identity, ...listed].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const chosen: WordFinding[] = [];
  for (const f of all) if (!chosen.some((c) => f.start < c.end && c.start < f.end)) chosen.push(f);
  return chosen.sort((a, b) => a.start - b.start);
}

/** Findings over several named fields of one save ({ text: 'She is non-compliant' } → the field with its findings). */
export function checkRespectfulFields(fields: Record<string, string | null | undefined>): { field: string; findings: WordFinding[] }[] {
  return Object.entries(fields)
    .map(([field, text]) => ({ field, findings: text ? checkRespectfulWords(text) : [] }))
    .filter((f) => f.findings.length > 0);
}
