// The glossary of jargon and plain words: read by everyone signed in, used by the writing help (editing: glossary.api.ts).
import { queryOptions } from '@tanstack/react-query';
import { apiGet } from '../../api/client.ts';
import type { GlossaryTerm } from '../../api/types.ts';

export const glossaryQuery = queryOptions({
  queryKey: ['glossary'],
  queryFn: ({ signal }) => apiGet<{ terms: GlossaryTerm[] }>('/api/glossary', signal),
  staleTime: 30 * 60_000,
});
