// The administrator console's reads (TanStack queries) and writes; types come from the shared contract, type-only.
import { queryOptions } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  CreateOrganisationRequest,
  CreateWorkerRequest,
  OrganisationDetail,
  OrganisationList,
  Outbox,
  UpdateWorkerRequest,
  Worker,
  WorkerCreated,
  WorkerWithLink,
} from '../../../shared/contracts/admin.ts';
import { apiGet, apiPost, apiPut } from '../../api/client.ts';

export type OrganisationListDto = z.output<typeof OrganisationList>;
export type OrganisationDetailDto = z.output<typeof OrganisationDetail>;
export type WorkerDto = z.output<typeof Worker>;
export type WorkerCreatedDto = z.output<typeof WorkerCreated>;
export type WorkerWithLinkDto = z.output<typeof WorkerWithLink>;
export type InvitationDto = WorkerWithLinkDto['invitation'];
export type OutboxDto = z.output<typeof Outbox>;
export type WorkerFields = Omit<z.input<typeof CreateWorkerRequest>, 'username'>;

const enc = encodeURIComponent;

export const organisationsQuery = queryOptions({
  queryKey: ['admin', 'organisations'],
  queryFn: ({ signal }) => apiGet<OrganisationListDto>('/api/admin/organisations', signal),
});

export const organisationQuery = (organisationId: string) =>
  queryOptions({
    queryKey: ['admin', 'organisation', organisationId],
    queryFn: ({ signal }) => apiGet<OrganisationDetailDto>(`/api/admin/organisations/${enc(organisationId)}`, signal),
  });

export const workerQuery = (staffId: string) =>
  queryOptions({
    queryKey: ['admin', 'worker', staffId],
    queryFn: ({ signal }) => apiGet<WorkerDto>(`/api/admin/staff/${enc(staffId)}`, signal),
  });

export const outboxQuery = queryOptions({
  queryKey: ['admin', 'outbox'],
  queryFn: ({ signal }) => apiGet<OutboxDto>('/api/admin/outbox', signal),
});

export const addOrganisation = (body: z.input<typeof CreateOrganisationRequest>) =>
  apiPost<{ id: string }>('/api/admin/organisations', body);

export const addTeam = (organisationId: string, name: string) =>
  apiPost<{ id: string; version: number }>(`/api/admin/organisations/${enc(organisationId)}/teams`, { name });

export const renameTeam = (teamId: string, name: string, version: number) =>
  apiPut<{ id: string; version: number }>(`/api/admin/teams/${enc(teamId)}`, { name, version });

/** One idempotency key per form shown: a retried submission makes one worker. */
export const addWorker = (organisationId: string, body: z.input<typeof CreateWorkerRequest>, idempotencyKey: string) =>
  apiPost<WorkerCreatedDto>(`/api/admin/organisations/${enc(organisationId)}/staff`, body, {
    headers: { 'idempotency-key': idempotencyKey },
  });

export const updateWorker = (staffId: string, body: z.input<typeof UpdateWorkerRequest>) =>
  apiPut<WorkerDto>(`/api/admin/staff/${enc(staffId)}`, body);

export const resendInvitation = (staffId: string) => apiPost<WorkerWithLinkDto>(`/api/admin/staff/${enc(staffId)}/invitation`);
export const deactivateWorker = (staffId: string) => apiPost<WorkerDto>(`/api/admin/staff/${enc(staffId)}/deactivate`);
export const reactivateWorker = (staffId: string) => apiPost<WorkerDto>(`/api/admin/staff/${enc(staffId)}/reactivate`);
export const resetSecondFactor = (staffId: string, reason: string) =>
  apiPost<WorkerWithLinkDto>(`/api/admin/staff/${enc(staffId)}/second-factor-reset`, { reason });
