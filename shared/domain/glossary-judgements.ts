// Glossary entries for judgemental words (issue 16): what each word honestly means, and why workers here are asked not to use it.
import type { GlossaryTerm } from './glossary-terms.ts';

/** The closing sentence of every judgemental term's explanation: the one plain reason the word is not used here. */
export const WHY_NOT_USED = 'Workers here are asked not to use this word, because it judges a person instead of saying what happened.';

// Each meaning is said as the worker who wrote the word meant it (never softened), then why it is not used.
const judgement = (term: string, aliases: string[], plain: string, meaning: string): GlossaryTerm => ({
  term,
  aliases,
  plain,
  explanation: `${meaning} ${WHY_NOT_USED}`,
});

export const JUDGEMENT_TERMS: GlossaryTerm[] = [
  judgement(
    'non-compliant',
    [
      'non-compliance',
      'noncompliant',
      'not compliant',
      'poor compliance',
      'non-concordant',
      'non-concordance',
      'non-adherent',
      'non-adherence',
    ],
    'not taking medicine or treatment as agreed',
    'Written when a worker thinks a person has not taken their medicine or gone to treatment in the way that was planned.',
  ),
  judgement(
    'failed to engage',
    [
      'failing to engage',
      'fails to engage',
      'refused to engage',
      'reluctant to engage',
      'disengaged',
      'disengagement',
      'non-engagement',
      'not engaging',
      'poor engagement',
      'lack of engagement',
    ],
    'not meeting or keeping in touch with workers',
    'Written when a person has not come to meetings or has not answered workers, often when they are unwell or feel judged.',
  ),
  judgement(
    'hard to reach',
    ['hard-to-reach', 'difficult to engage', 'hard to engage'],
    'not easy for services to get in touch with',
    'Written when workers have found it hard to meet or talk with a person or a family.',
  ),
  judgement(
    'uncooperative',
    ['non-cooperative', 'not cooperative', 'unco-operative'],
    'not doing what workers asked',
    'Written when a worker thinks a person would not go along with what they asked.',
  ),
  judgement(
    'refused access',
    ['refused entry', 'refused medication', 'refused treatment', 'refused help', 'refused support', 'refused services'],
    'said no to workers coming in, or to the help offered',
    'Written when a person did not let a worker in, or said no to medicine or help.',
  ),
  judgement(
    'resistant to change',
    ['resistant to help', 'resistant to services', 'resistant to advice'],
    'not making the changes workers asked for',
    'Written when a worker thinks a person is not willing to change the things the worker is worried about.',
  ),
  judgement(
    'unmotivated',
    ['lacks motivation', 'lack of motivation', 'poor motivation', 'not motivated'],
    'not seeming to want to make changes',
    'Written when a worker thinks a person does not want to make changes, though tiredness or low mood can look the same.',
  ),
  judgement(
    'manipulative',
    ['manipulation', 'manipulating'],
    'trying to get your way by tricking or pressuring people',
    'Written when a worker thinks a person is trying to control others in a hidden way to get what they want.',
  ),
  judgement(
    'attention-seeking',
    ['attention seeking', 'attention-seeker', 'attention seeker'],
    'doing things to make others notice you',
    'Written when a worker thinks a person is acting to be noticed, which often means they need help and are not getting it.',
  ),
  judgement(
    'hostile',
    ['hostility'],
    'angry or unfriendly towards workers',
    'Written when a worker found a person angry, rude or unwelcoming towards them.',
  ),
  judgement(
    'volatile',
    ['volatility'],
    'getting angry or upset quickly and without warning',
    'Written when a worker thinks a person can change quickly from calm to angry or upset.',
  ),
  judgement(
    'in denial',
    ['denial', 'denies the concerns'],
    'not accepting something that workers believe is true',
    'Written when a worker thinks a person will not accept a worry or an illness that the worker believes is real.',
  ),
  judgement(
    'chaotic',
    ['chaotic lifestyle', 'chaotic household', 'chaotic home'],
    'without much order or routine',
    'Written when a worker thinks home life has few routines, so that meals, sleep or school often do not happen on time.',
  ),
  judgement(
    'disguised compliance',
    ['apparent compliance', 'superficial compliance', 'false compliance'],
    'seeming to go along with the plan without really changing',
    'Written when a worker thinks a parent agrees with workers to keep them away, while things at home stay the same.',
  ),
  judgement(
    'poor insight',
    ['no insight', 'lacks insight', 'lack of insight', 'lacking insight', 'limited insight', 'little insight', 'without insight'],
    'not seeing for yourself that you are unwell, in a worker’s view',
    'Written when a worker thinks a person does not see that they are unwell or that they need help.',
  ),
];

/** The closing sentence of every entry for a diagnosis used as a name for a person. */
export const NOT_THEIR_DIAGNOSIS = 'A person is not their diagnosis, so workers here are asked to say what the person does instead.';

const label = (term: string, aliases: string[], plain: string, meaning: string): GlossaryTerm => ({
  term,
  aliases,
  plain,
  explanation: `${meaning} ${NOT_THEIR_DIAGNOSIS}`,
});

// A diagnosis used as a name ("a schizophrenic"): explained as what the person lives through, never as who they are.
export const LABEL_TERMS: GlossaryTerm[] = [
  label(
    'schizophrenic',
    ['a schizophrenic'],
    'a person who may hear voices or believe things others do not',
    'A word that names a person by an illness in which they may hear voices, feel watched or find it hard to think clearly.',
  ),
  label(
    'borderline',
    ['a borderline'],
    'a person whose strong feelings can be very hard to manage',
    'A word that names a person by a condition in which feelings change fast and hit hard, often after a lot of hurt.',
  ),
];
