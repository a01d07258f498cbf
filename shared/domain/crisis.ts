// The crisis plan in action (issue 14 §3): its states, a carer's answer when it starts, the parts of a child's
// contingency plan he reads while it is in use, and the plain words people read about it. One tuple per stored
// vocabulary (vocabularies.test.ts holds the migrations' CHECKs to them).

import { type Phrase, type PhraseValues, phrase } from '../i18n/messages.ts';
import { notifyPlans } from '../i18n/notify-plans.messages.ts';
import { namesInWords, parentWord } from './people.ts';

/** Where a parent's crisis plan stands: not in use, in use now, or ended and waiting for her "after a crisis" review. */
export const CRISIS_STATES = ['ready', 'in_use', 'after_crisis'] as const;
export type CrisisState = (typeof CRISIS_STATES)[number];

/** A contingency carer's answer when the crisis plan starts (crisis_activation_people.carer_answer). */
export const CRISIS_CARER_ANSWERS = ['can', 'cannot'] as const;
export type CrisisCarerAnswer = (typeof CRISIS_CARER_ANSWERS)[number];
export const CRISIS_CARER_ANSWER_WORDS = {
  can: 'I can do this',
  cannot: 'I can’t do this',
} as const satisfies Record<CrisisCarerAnswer, string>;

/**
 * The sections of a child's own contingency plan he reads while his parent's crisis plan is in use: who looks after
 * him, and what he is told (server/access/plan-access.ts). The rest stays with the adults.
 */
export const CHILD_CRISIS_SECTION_KEYS = ['carer', 'what_told'] as const;

/** How long a contingency carer has to answer before the children's key worker is told (CRISIS_CARER_ANSWER_HOURS). */
export const CRISIS_CARER_ANSWER_HOURS_DEFAULT = 2;
/** Days after a crisis ends before the parent and key workers are reminded of the review, once. */
export const CRISIS_REVIEW_DUE_DAYS = 14;

/** What a worker who starts the plan must write, and why we ask. */
export const CRISIS_START_REASON_HINT = 'Say what has happened, in a sentence or two. The parent and the key workers will read this.';

/**
 * The opening a young person reads while his parent's crisis plan is in use: kind, no blame, no fear. It says the
 * parent is getting help, that it is nobody's fault, and that the grown-ups have a plan for him.
 */
export function childCrisisOpening(parentPronouns: string | null | undefined, parentName: string): string {
  const word = parentWord(parentPronouns);
  const who = word === 'parent' ? parentName : `Your ${word}`;
  return `${who} is not very well at the moment and is getting help. This is nobody’s fault, and it is not your fault. The grown-ups made a plan together so that you are looked after, and this is what happens now.`;
}

/** "an hour", "2 hours", "30 minutes". */
const hoursInWords = (hours: number) =>
  hours === 1 ? 'an hour' : hours < 1 ? `${Math.round(hours * 60)} minutes` : `${Number.isInteger(hours) ? hours : hours.toFixed(1)} hours`;

/**
 * A list of children's names as a phrase's values, for each language to join its own way: `{count, plural, =1 {{last}}
 * other {{names} and {last}}}` reads "Jamie", "Jamie and Clare", "Jamie, Clare and Sam" (namesInWords) in English.
 */
export function childNamesValues(names: readonly string[]): PhraseValues {
  return { count: names.length, names: names.slice(0, -1).join(', '), last: names.at(-1) ?? '' };
}

/**
 * The words of a crisis notification (what each person reads in their messages; what they were told is on the page).
 * What can reach someone in the family is a Phrase, worded in their language (issue 16 §3); the workers' are English.
 */
export const crisisWords = {
  startedForRecipient: (parentName: string): Phrase => phrase(notifyPlans.crisisStartedForRecipient, { parent: parentName }),
  startedForCarer: (parentName: string, childNames: readonly string[]): Phrase =>
    phrase(notifyPlans.crisisStartedForCarer, { parent: parentName, ...childNamesValues(childNames) }),
  startedForWorker: (parentName: string, by: string) =>
    `${by} started ${parentName}’s crisis plan. See who has been told and who has answered.`,
  startedForParent: (by: string): Phrase => phrase(notifyPlans.crisisStartedForParent, { name: by }),
  carerAnswered: (carer: string, answer: CrisisCarerAnswer, childNames: readonly string[], parentName: string) =>
    answer === 'can'
      ? `${carer} can look after ${namesInWords(childNames)} while ${parentName}’s crisis plan is in use.`
      : `${carer} cannot look after ${namesInWords(childNames)} while ${parentName}’s crisis plan is in use. Please arrange who will.`,
  carerNoAnswer: (carer: string, childNames: readonly string[], parentName: string, hours: number) =>
    `${carer} has not said whether they can look after ${namesInWords(childNames)}. ${parentName}’s crisis plan started more than ${hoursInWords(hours)} ago. Please check who is looking after them.`,
  ended: (parentName: string): Phrase => phrase(notifyPlans.crisisEnded, { parent: parentName }),
  endedForParent: (by: string): Phrase => phrase(notifyPlans.crisisEndedForParent, { name: by }),
  reviewDueForParent: (): Phrase => phrase(notifyPlans.crisisReviewDue),
  reviewDueForWorker: (parentName: string) =>
    `${parentName}’s crisis plan ended two weeks ago and has not been looked back at yet. You could offer to go through it with ${parentName}.`,
} as const;
