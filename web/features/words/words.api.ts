// The team manager's counts of words kept as written (issue 16 §1): GET /api/teams/kept-words, by word and by month.
import type { KeptWordsView } from '../../../shared/contracts/respectful-words.ts';
import { apiGet } from '../../api/client.ts';

export type { KeptWordsView };

export const keptWordsKey = (months: number) => ['team', 'kept-words', months] as const;
export const keptWords = (months: number, signal?: AbortSignal) =>
  apiGet<KeptWordsView>(`/api/teams/kept-words?${new URLSearchParams({ months: String(months) })}`, signal);
