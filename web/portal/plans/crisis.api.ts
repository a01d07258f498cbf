// The crisis plan in action for the portal: one function per write, and putting what the server answered into the cache.
import type { QueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type * as C from '../../../shared/contracts/crisis.ts';
import { apiPost, apiPut } from '../../api/client.ts';
import { crisisPlansQuery } from './crisis.queries.ts';
import { plansKey } from './plans.queries.ts';

export { crisisPlansQuery };
export type CrisisPlan = C.CrisisPlan;
export type CrisisMessage = z.infer<typeof C.CrisisMessage>;
export type CrisisRecipient = CrisisPlan['recipientChoices'][number];
export type CrisisCarerAnswer = NonNullable<CrisisPlan['use']>['people'][number]['answer'];

const plan = (familyId: string, documentId: string) =>
  `/api/families/${encodeURIComponent(familyId)}/plans/${encodeURIComponent(documentId)}`;

export const writeCrisisMessage = (familyId: string, documentId: string, body: z.input<typeof C.CrisisMessageRequest>) =>
  apiPut<CrisisPlan>(`${plan(familyId, documentId)}/crisis-messages`, body);

export const markCrisisServices = (familyId: string, documentId: string, body: z.input<typeof C.CrisisServicesRequest>) =>
  apiPut<CrisisPlan>(`${plan(familyId, documentId)}/crisis-services`, body);

export const startCrisis = (familyId: string, documentId: string, reason = '') =>
  apiPost<CrisisPlan>(`${plan(familyId, documentId)}/crisis/start`, { reason });

export const endCrisis = (familyId: string, documentId: string) => apiPost<CrisisPlan>(`${plan(familyId, documentId)}/crisis/end`, {});

export const answerAsCrisisCarer = (familyId: string, documentId: string, body: z.input<typeof C.CrisisCarerAnswerRequest>) =>
  apiPost<CrisisPlan>(`${plan(familyId, documentId)}/crisis/carer-answer`, body);

export const saveCrisisReview = (familyId: string, documentId: string, body: z.input<typeof C.CrisisReviewRequest>) =>
  apiPut<CrisisPlan>(`${plan(familyId, documentId)}/crisis/review`, body);

/** Put a changed crisis plan into the cached list; the plans themselves are read again (a child's sections change with it). */
export function rememberCrisis(queryClient: QueryClient, familyId: string, updated: CrisisPlan): void {
  queryClient.setQueryData<C.CrisisPlans>(crisisPlansQuery(familyId).queryKey, (data) =>
    data ? { crises: data.crises.map((c) => (c.documentId === updated.documentId ? updated : c)) } : data,
  );
  void queryClient.invalidateQueries({ queryKey: plansKey(familyId), exact: false, predicate: (q) => q.queryKey.at(-1) !== 'crisis' });
}
