// The parent's calls for the people she trusts and for the closing summary written for her family (issue 13 §5, §8).
import type { InviteResult, InviteTrustedRequest, TrustedPeople } from '../../shared/contracts/family-accounts.ts';
import type { PortalClosingSummary } from '../../shared/contracts/involvement.ts';
import { apiGet, apiPost } from '../api/client.ts';

export type { InviteResult, PortalClosingSummary, TrustedPeople };

export const trustedPeopleQueryKey = ['portal', 'trusted-people'] as const;
export const closingSummaryQueryKey = ['portal', 'closing-summary'] as const;

export const trustedPeople = (signal?: AbortSignal) => apiGet<TrustedPeople>('/api/portal/trusted-people', signal);

export const inviteTrusted = (body: InviteTrustedRequest) => apiPost<InviteResult>('/api/portal/trusted-people', body);

export const endTrustedAccess = (personId: string) => apiPost<void>(`/api/portal/trusted-people/${encodeURIComponent(personId)}/end`, {});

export const closingSummary = (signal?: AbortSignal) => apiGet<PortalClosingSummary>('/api/portal/closing-summary', signal);

export const replyToClosingSummary = (text: string) => apiPost<{ id: string }>('/api/portal/closing-summary/replies', { text });
