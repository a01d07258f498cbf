// Writes for the family's side of consent and sharing: agreeing and stopping, answering requests, reading messages, asking for a copy.
import { apiPost } from '../api/client.ts';

export type NewConsent = { category: string; recipientOrganisationId: string; purpose: string; endsOn: string | null };

export const agreeToShare = (body: NewConsent) => apiPost<{ id: string; version: number }>('/api/portal/consents', body);

export const stopSharing = (consentId: string) => apiPost<void>(`/api/portal/consents/${encodeURIComponent(consentId)}/withdraw`, {});

export const answerRequest = (requestId: string, accept: boolean) =>
  apiPost<void>(`/api/portal/consent-requests/${encodeURIComponent(requestId)}/answer`, { accept });

export const markMessageRead = (id: string) => apiPost<void>(`/api/notifications/${encodeURIComponent(id)}/read`, {});

export const askForMyCopy = () => apiPost<{ id: string }>('/api/portal/exports', {});
