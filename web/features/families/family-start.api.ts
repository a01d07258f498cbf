// Calls for starting a family, inviting its members and closing or reopening the work with it (issue 13).
import type { z } from 'zod';
import type { FamilyAccounts, InviteRequest, InviteResult } from '../../../shared/contracts/family-accounts.ts';
import type { PossibleMatch, StartFamilyRequest, StartFamilyResult } from '../../../shared/contracts/intake.ts';
import type { CloseInvolvementRequest, InvolvementStatus, ReopenInvolvementRequest } from '../../../shared/contracts/involvement.ts';
import { apiGet, apiPost } from '../../api/client.ts';

const family = (familyId: string) => `/api/families/${encodeURIComponent(familyId)}`;

export type { FamilyAccounts, InviteResult, InvolvementStatus, PossibleMatch };

export const startFamily = (body: StartFamilyRequest, idempotencyKey: string) =>
  apiPost<z.infer<typeof StartFamilyResult>>('/api/families', body, { headers: { 'idempotency-key': idempotencyKey } });

export const familyAccounts = (familyId: string, signal?: AbortSignal) => apiGet<FamilyAccounts>(`${family(familyId)}/accounts`, signal);

export const inviteFamilyMember = (familyId: string, body: InviteRequest) => apiPost<InviteResult>(`${family(familyId)}/invitations`, body);

export const involvementStatus = (familyId: string, signal?: AbortSignal) =>
  apiGet<InvolvementStatus>(`${family(familyId)}/involvement`, signal);

export const closeInvolvement = (familyId: string, body: CloseInvolvementRequest) =>
  apiPost<{ teamReadUntil: string }>(`${family(familyId)}/involvement/close`, body);

export const reopenInvolvement = (familyId: string, body: ReopenInvolvementRequest) =>
  apiPost<void>(`${family(familyId)}/involvement/reopen`, body);
