// A young person's own words in the language shown: the parts they write about and the people they may let read them, by key.
import type { ChildWordsAudienceKey, ChildWordsPartKey } from '../../../shared/domain/plans.ts';
import type { Message } from '../../../shared/i18n/messages.ts';
import type { Translate } from '../../i18n/i18n.ts';
import { childWords as m } from './child-words.messages.ts';

export const CHILD_WORDS_PART_WORDS = {
  worries: { title: m.part_worries_title, prompt: m.part_worries_prompt },
  good_things: { title: m.part_good_things_title, prompt: m.part_good_things_prompt },
  hopes: { title: m.part_hopes_title, prompt: m.part_hopes_prompt },
} as const satisfies Record<ChildWordsPartKey, { title: Message; prompt: Message }>;

/** Each audience as a choice ("My mum or dad"), in a list ("my mum or dad") and in "You and … will be able to read this". */
export const CHILD_WORDS_AUDIENCE_WORDS = {
  parents: { label: m.audience_parents, inList: m.audienceInList_parents, inSentence: m.audienceInSentence_parents },
  care_team: { label: m.audience_care_team, inList: m.audienceInList_care_team, inSentence: m.audienceInSentence_care_team },
  network: { label: m.audience_network, inList: m.audienceInList_network, inSentence: m.audienceInSentence_network },
} as const satisfies Record<ChildWordsAudienceKey, { label: Message; inList: Message; inSentence: Message }>;

/** "Only you", or "You, and: my mum or dad; the workers helping our family". */
export const whoCanRead = (t: Translate, shareWith: readonly ChildWordsAudienceKey[]): string =>
  shareWith.length === 0
    ? t(m.onlyYou)
    : t(m.youAnd, { list: shareWith.map((key) => t(CHILD_WORDS_AUDIENCE_WORDS[key].inList)).join('; ') });

/** "Only you will be able to read this.", or who else will, in one sentence per number of people chosen. */
export function whoWillRead(t: Translate, shareWith: readonly ChildWordsAudienceKey[]): string {
  const [first, second, third] = shareWith.map((key) => t(CHILD_WORDS_AUDIENCE_WORDS[key].inSentence));
  if (first === undefined) return t(m.onlyYouWillRead);
  if (second === undefined) return t(m.youAndOneWillRead, { first });
  if (third === undefined) return t(m.youAndTwoWillRead, { first, second });
  return t(m.youAndThreeWillRead, { first, second, third });
}
