// Queries of the parent's record screens: the record (with search), the glossary, who looked, a child's page (replies: reply.api.ts).
import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import { apiGet } from '../api/client.ts';
import type { AccessLog, ChildPage, GlossaryTermDto, PortalRecord } from './portal.types.ts';

const withParams = (path: string, params: Record<string, string | null | undefined>): string => {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value) search.set(key, value);
  const query = search.toString();
  return query ? `${path}?${query}` : path;
};

export const recordQueryKey = ['portal', 'record'] as const;

/** The record, newest first, a page at a time; `q` narrows it to entries that mention the words. */
export const recordQuery = (q: string) =>
  infiniteQueryOptions({
    queryKey: [...recordQueryKey, q],
    queryFn: ({ pageParam, signal }) => apiGet<PortalRecord>(withParams('/api/portal/record', { q, cursor: pageParam }), signal),
    initialPageParam: null as string | null,
    getNextPageParam: (lastPage) => lastPage.nextCursor,
  });

/** Jargon and its plain words; it changes rarely, so keep it for a while. */
export const glossaryQuery = queryOptions({
  queryKey: ['glossary'],
  queryFn: ({ signal }) => apiGet<{ terms: GlossaryTermDto[] }>('/api/glossary', signal),
  staleTime: 30 * 60_000,
});

export const accessLogQuery = infiniteQueryOptions({
  queryKey: ['portal', 'access-log'],
  queryFn: ({ pageParam, signal }) => apiGet<AccessLog>(withParams('/api/portal/access-log', { cursor: pageParam }), signal),
  initialPageParam: null as string | null,
  getNextPageParam: (lastPage) => lastPage.nextCursor,
});

export const childPageQuery = (familyId: string, personId: string) =>
  queryOptions({
    queryKey: ['portal', 'children', familyId, personId],
    queryFn: ({ signal }) =>
      apiGet<ChildPage>(`/api/families/${encodeURIComponent(familyId)}/children/${encodeURIComponent(personId)}`, signal),
  });
