// Writes for consent and sharing on the professional side: asking for consent, overrides and emergency access.
import { apiPost } from '../../api/client.ts';
import type { EmergencyAccess } from '../../api/sharing.types.ts';
import type { Saved } from '../../api/types.ts';

const family = (familyId: string) => `/api/families/${encodeURIComponent(familyId)}`;

export const askForConsent = (familyId: string, body: { category: string; reason: string }) =>
  apiPost<Saved>(`${family(familyId)}/consent-requests`, body);

export type OverrideFields = {
  categories: string[];
  recipientOrganisationId: string;
  lawfulBasis: string;
  justification: string;
  endsAt: string;
  tellParent: boolean;
  notTellingReason?: string;
};

export const startOverride = (familyId: string, body: OverrideFields) => apiPost<Saved>(`${family(familyId)}/overrides`, body);

export const endOverride = (familyId: string, overrideId: string) =>
  apiPost<void>(`${family(familyId)}/overrides/${encodeURIComponent(overrideId)}/end`, {});

export const startEmergencyAccess = (body: { familyId: string; reason: string; code: string }) =>
  apiPost<EmergencyAccess>('/api/emergency-access', { familyIds: [body.familyId], reason: body.reason, code: body.code });

export const endEmergencyAccess = (accessId: string) => apiPost<void>(`/api/emergency-access/${encodeURIComponent(accessId)}/end`, {});
