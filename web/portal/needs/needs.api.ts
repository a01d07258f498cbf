// The family's calls for their needs and support (issue 15): what would help, "that's not right", barriers, support
// they found, referring themselves, where a referral is, and "did it help?".
import type { z } from 'zod';
import type {
  EditNeedRequest,
  FamilyNeeds,
  HelpedRequest,
  Need,
  NewNeedRequest,
  NewReferralRequest,
  NewSupportRequest,
  ReferralStatusRequest,
  SaveBarriersRequest,
} from '../../../shared/contracts/needs.ts';
import { apiGet, apiPost, apiPut } from '../../api/client.ts';

export type { FamilyNeeds, Need };
export const myNeedsKey = ['portal', 'needs'] as const;
const enc = encodeURIComponent;

export const myNeeds = (signal?: AbortSignal) => apiGet<FamilyNeeds>('/api/portal/needs', signal);

export const addMyNeed = (body: z.input<typeof NewNeedRequest>, idempotencyKey: string) =>
  apiPost<Need>('/api/portal/needs', body, { headers: { 'idempotency-key': idempotencyKey } });

export const editMyNeed = (needId: string, body: z.input<typeof EditNeedRequest>) => apiPut<Need>(`/api/portal/needs/${enc(needId)}`, body);

export const sayNotRight = (needId: string, words: string) => apiPost<Need>(`/api/portal/needs/${enc(needId)}/not-right`, { words });

export const saveMyBarriers = (personId: string, body: z.input<typeof SaveBarriersRequest>) =>
  apiPut<FamilyNeeds['people'][number]['barriers']>(`/api/portal/barriers/${enc(personId)}`, body);

export const addFoundSupport = (needId: string, body: z.input<typeof NewSupportRequest>) =>
  apiPost<Need>(`/api/portal/needs/${enc(needId)}/supports`, body);

export const referMyself = (needId: string, body: z.input<typeof NewReferralRequest>, idempotencyKey: string) =>
  apiPost<Need>(`/api/portal/needs/${enc(needId)}/referrals`, body, { headers: { 'idempotency-key': idempotencyKey } });

export const setMyReferralStatus = (supportId: string, body: z.input<typeof ReferralStatusRequest>) =>
  apiPost<Need>(`/api/portal/referrals/${enc(supportId)}/status`, body);

export const sayHelped = (supportId: string, body: z.input<typeof HelpedRequest>) =>
  apiPost<Need>(`/api/portal/supports/${enc(supportId)}/helped`, body);
