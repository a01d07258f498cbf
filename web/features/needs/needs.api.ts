// The care team's calls for a family's needs and support (issue 15), and the team manager's view of the gap.
import type { z } from 'zod';
import type {
  Barriers,
  EditNeedRequest,
  FamilyNeeds,
  Need,
  NewNeedRequest,
  NewReferralRequest,
  NewSupportRequest,
  ReferralStatusRequest,
  SaveBarriersRequest,
  UpdateSupportRequest,
} from '../../../shared/contracts/needs.ts';
import type { TeamNeedsView } from '../../../shared/contracts/team-needs.ts';
import { apiGet, apiPost, apiPut } from '../../api/client.ts';

export type { FamilyNeeds, Need, TeamNeedsView };

const enc = encodeURIComponent;
const base = (familyId: string) => `/api/families/${enc(familyId)}`;

export const familyNeedsKey = (familyId: string) => ['families', familyId, 'needs'] as const;
export const familyNeeds = (familyId: string, signal?: AbortSignal) => apiGet<FamilyNeeds>(`${base(familyId)}/needs`, signal);

export const addNeed = (familyId: string, body: z.input<typeof NewNeedRequest>, idempotencyKey: string) =>
  apiPost<Need>(`${base(familyId)}/needs`, body, { headers: { 'idempotency-key': idempotencyKey } });

export const editNeed = (familyId: string, needId: string, body: z.input<typeof EditNeedRequest>) =>
  apiPut<Need>(`${base(familyId)}/needs/${enc(needId)}`, body);

export const saveBarriers = (familyId: string, personId: string, body: z.input<typeof SaveBarriersRequest>) =>
  apiPut<Barriers>(`${base(familyId)}/people/${enc(personId)}/barriers`, body);

export const offerSupport = (familyId: string, needId: string, body: z.input<typeof NewSupportRequest>) =>
  apiPost<Need>(`${base(familyId)}/needs/${enc(needId)}/supports`, body);

export const updateSupport = (familyId: string, needId: string, supportId: string, body: z.input<typeof UpdateSupportRequest>) =>
  apiPut<Need>(`${base(familyId)}/needs/${enc(needId)}/supports/${enc(supportId)}`, body);

export const makeReferral = (familyId: string, needId: string, body: z.input<typeof NewReferralRequest>, idempotencyKey: string) =>
  apiPost<Need>(`${base(familyId)}/needs/${enc(needId)}/referrals`, body, { headers: { 'idempotency-key': idempotencyKey } });

export const setReferralStatus = (familyId: string, supportId: string, body: z.input<typeof ReferralStatusRequest>) =>
  apiPost<Need>(`${base(familyId)}/referrals/${enc(supportId)}/status`, body);

export const teamNeedsKey = (from: string, to: string) => ['team', 'needs-gap', from, to] as const;
export const teamNeeds = (from: string, to: string, signal?: AbortSignal) =>
  apiGet<TeamNeedsView>(`/api/teams/needs-gap?${new URLSearchParams({ from, to })}`, signal);
export const teamNeedsCsvHref = (from: string, to: string) => `/api/teams/needs-gap.csv?${new URLSearchParams({ from, to })}`;
