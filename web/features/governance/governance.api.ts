// The information governance lead's API: review queue and reviews, audit search and CSV, chain check and checkpoint,
// subject access exports.
import { queryOptions } from '@tanstack/react-query';
import type { z } from 'zod';
import type { AuditCheckpointStatus as AuditCheckpointStatusSchema } from '../../../shared/contracts/consents.ts';
import { apiGet, apiPost } from '../../api/client.ts';
import type { AuditRow, ChainStatus } from '../../api/sharing.types.ts';

export type AuditCheckpointStatus = z.infer<typeof AuditCheckpointStatusSchema>;
export type AuditCheckpoint = NonNullable<AuditCheckpointStatus['latest']>;

const part = (id: string) => encodeURIComponent(id);

export const reviewOverride = (familyId: string, overrideId: string, body: { release: boolean; note: string }) =>
  apiPost<void>(`/api/governance/overrides/${part(familyId)}/${part(overrideId)}/review`, body);

export const reviewEmergencyAccess = (accessId: string, note: string) =>
  apiPost<void>(`/api/governance/emergency-access/${part(accessId)}/review`, { note });

export type AuditFilters = { familyId: string; personId: string; accountId: string; from: string; to: string };
export const NO_FILTERS: AuditFilters = { familyId: '', personId: '', accountId: '', from: '', to: '' };

/** "familyId=…&from=…" with the empty filters left out. */
export function auditSearchParams(filters: AuditFilters): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) if (value.trim()) params.set(key, value.trim());
  return params.toString();
}

export const auditQuery = (filters: AuditFilters) =>
  queryOptions({
    queryKey: ['governance', 'audit', filters],
    queryFn: ({ signal }) => apiGet<{ rows: AuditRow[] }>(`/api/governance/audit?${auditSearchParams(filters)}`, signal),
    staleTime: 0,
  });

export const auditCsvHref = (filters: AuditFilters): string => {
  const query = auditSearchParams(filters);
  return query ? `/api/governance/audit.csv?${query}` : '/api/governance/audit.csv';
};

export const checkAuditChain = () => apiGet<ChainStatus>('/api/governance/audit-chain');

/** The latest checkpoint of every chain, kept outside the database: read afresh each time the console opens. */
export const auditCheckpointQuery = queryOptions({
  queryKey: ['governance', 'audit-checkpoint'],
  queryFn: ({ signal }) => apiGet<AuditCheckpointStatus>('/api/governance/audit-checkpoint', signal),
  staleTime: 0,
});

export const requestSubjectAccessExport = (familyId: string, personId: string) =>
  apiPost<{ id: string }>('/api/governance/exports', { familyId, personId });

export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
