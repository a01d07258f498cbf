// Whether a new password is strong enough: at least 12 characters and not scored weak by zxcvbn-ts (score 3 of 4 or more).
import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as english from '@zxcvbn-ts/language-en';
import { MIN_PASSWORD_LENGTH } from '../../../shared/contracts/accounts.ts';

export const MIN_SCORE = 3;

let checker: ZxcvbnFactory | undefined;
/** Built on first use: the dictionaries take a moment to load, and most requests never need them. */
function zxcvbn(): ZxcvbnFactory {
  checker ??= new ZxcvbnFactory({
    dictionary: { ...common.dictionary, ...english.dictionary },
    graphs: common.adjacencyGraphs,
    translations: english.translations,
  });
  return checker;
}

const HOW_TO =
  'Try three or four unrelated words together, like "kettle orbit tulip marching", and avoid names, dates and words about you.';

/** A plain message saying what is wrong and how to choose better, or null when the password is strong enough. */
export function passwordProblem(password: string, aboutThePerson: string[] = []): string | null {
  if (password.length < MIN_PASSWORD_LENGTH) return `Use at least ${MIN_PASSWORD_LENGTH} characters. ${HOW_TO}`;
  // Only the first 100 characters are scored: the checker's time grows with length, and longer is strong anyway.
  const result = zxcvbn().check(
    password.slice(0, 100),
    aboutThePerson.filter((w) => w.length >= 3),
  );
  if (result.score >= MIN_SCORE) return null;
  return `This password would be easy to guess. ${HOW_TO}`;
}
