// The glossary of jargon and plain words: read by everyone signed in, used by the writing help, edited by administrators.
import { queryOptions } from '@tanstack/react-query';
import { apiGet, apiPost, apiPut } from '../../api/client.ts';
import type { GlossaryTerm, Saved } from '../../api/types.ts';

export const glossaryQuery = queryOptions({
  queryKey: ['glossary'],
  queryFn: ({ signal }) => apiGet<{ terms: GlossaryTerm[] }>('/api/glossary', signal),
  staleTime: 30 * 60_000,
});

export type GlossaryFields = { term: string; aliases: string[]; plain: string; explanation: string };

export const addTerm = (body: GlossaryFields) => apiPost<Saved>('/api/glossary', body);

export const updateTerm = (termId: string, body: GlossaryFields & { version: number }) =>
  apiPut<Saved>(`/api/glossary/${encodeURIComponent(termId)}`, body);
