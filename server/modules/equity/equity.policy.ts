// Pure rules of "About you" (issue 18 §2): who answers for themselves, what a save changes, how many answers there are.
import type { AboutMeInput } from '../../../shared/contracts/equity.ts';
import type { Actor, FamilyMemberActor } from '../../access/actor.ts';
import type { AnswerChanges, Answers } from './equity.repo.ts';

/** Parents, other parents and young people answer for themselves; nobody answers for anyone else, and no worker answers. */
export function answersForThemselves(actor: Actor): actor is FamilyMemberActor & { kind: 'parent' | 'other_parent' | 'young_person' } {
  return actor.kind === 'parent' || actor.kind === 'other_parent' || actor.kind === 'young_person';
}

/** The columns a save changes: the answers it names (null clears one); an answer left out stays as it is. */
export function changesOf(input: AboutMeInput): AnswerChanges {
  const changes: AnswerChanges = {};
  if (input.ethnicity !== undefined) changes.ethnicity = input.ethnicity;
  if (input.firstLanguage !== undefined) changes.first_language = input.firstLanguage;
  if (input.disability !== undefined) changes.disability = input.disability;
  if (input.financialHardship !== undefined) changes.financial_hardship = input.financialHardship;
  return changes;
}

/** How many of the four questions are answered ("Prefer not to say" is an answer). */
export function answeredCount(answers: Answers | undefined): number {
  if (!answers) return 0;
  return [answers.ethnicity, answers.first_language, answers.disability, answers.financial_hardship].filter((a) => a !== null).length;
}
