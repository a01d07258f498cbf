// The parent's calls for her check-ins (issue 14 §1).
import type { z } from 'zod';
import type { CheckInSaved, MyCheckIns, NewCheckInRequest, SaveCheckInSettingsRequest } from '../../shared/contracts/check-ins.ts';
import { apiGet, apiPost, apiPut } from '../api/client.ts';

export type { MyCheckIns };
export const checkInsQueryKey = ['portal', 'check-ins'] as const;

export const myCheckIns = (signal?: AbortSignal) => apiGet<MyCheckIns>('/api/portal/check-ins', signal);

export const saveCheckIn = (body: z.input<typeof NewCheckInRequest>, idempotencyKey: string) =>
  apiPost<z.infer<typeof CheckInSaved>>('/api/portal/check-ins', body, { headers: { 'idempotency-key': idempotencyKey } });

export const saveCheckInSettings = (body: z.input<typeof SaveCheckInSettingsRequest>) =>
  apiPut<MyCheckIns>('/api/portal/check-ins/settings', body);
