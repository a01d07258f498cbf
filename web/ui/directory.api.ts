// Calls to the service directory (issue 15 §2), used by the family's "Find support" and the worker's referral page.
import type { DirectorySearchQuery, DirectorySearchResult, ServiceDetail } from '../../shared/contracts/directory.ts';
import { apiDelete, apiGet, apiPut } from '../api/client.ts';

export type { DirectorySearchResult, ServiceDetail };
export type DirectoryFilters = { q?: string; domain?: string; language?: string; free?: boolean; saved?: boolean };

export const directoryKey = (filters: DirectoryFilters) => ['directory', filters] as const;

export function searchDirectory(filters: DirectoryFilters, signal?: AbortSignal) {
  const query: Record<string, string> = {};
  if (filters.q?.trim()) query.q = filters.q.trim();
  if (filters.domain) query.domain = filters.domain;
  if (filters.language) query.language = filters.language;
  if (filters.free) query.free = 'true';
  if (filters.saved) query.saved = 'true';
  query.limit = '20';
  const params = new URLSearchParams(query satisfies Partial<Record<keyof DirectorySearchQuery, string>>);
  return apiGet<DirectorySearchResult>(`/api/directory/services?${params}`, signal);
}

export const serviceDetail = (serviceId: string, signal?: AbortSignal) =>
  apiGet<ServiceDetail>(`/api/directory/services/${encodeURIComponent(serviceId)}`, signal);

export const saveService = (serviceId: string) => apiPut<void>(`/api/directory/saved/${encodeURIComponent(serviceId)}`, {});
export const unsaveService = (serviceId: string) => apiDelete(`/api/directory/saved/${encodeURIComponent(serviceId)}`);
