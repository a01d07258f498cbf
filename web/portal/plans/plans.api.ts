// The family's plans for the portal: one function per write and the cache updates after it, with types taken type-only from the contracts.
import type { QueryClient, QueryKey, Updater } from '@tanstack/react-query';
import type { z } from 'zod';
import type * as C from '../../../shared/contracts/plans.ts';
import { apiPost, apiPut } from '../../api/client.ts';
import { childWordsQuery, planDocumentsQuery, plansKey, recoveryPlanQuery } from './plans.queries.ts';

export { childWordsQuery, planDocumentsQuery, plansKey, recoveryPlanQuery };

export type RecoveryPlanView = C.RecoveryPlanView;
export type RecoveryPlan = NonNullable<RecoveryPlanView['plan']>;
export type PlanItem = C.PlanItem;
export type ItemOf<K extends PlanItem['kind']> = Extract<PlanItem, { kind: K }>;
export type Rating = z.infer<typeof C.Rating>;
export type Agreement = z.infer<typeof C.Agreement>;
export type PlanDocument = C.PlanDocument;
export type PlanDocuments = C.PlanDocuments;
export type Section = z.infer<typeof C.Section>;
export type Suggestion = z.infer<typeof C.Suggestion>;
export type ShareView = z.infer<typeof C.ShareView>;
export type ShareRecipient = PlanDocuments['shareRecipients'][number];
export type ChildWords = C.ChildWords;
export type CreateItemRequest = C.CreateItemRequest;
export type ShareRequest = z.input<typeof C.ShareRequest>;
export type AddChildWordsRequest = z.input<typeof C.AddChildWordsRequest>;
export type AgreementPosition = Agreement['position'];
export type ChildWordsAudience = ChildWords['shareWith'][number];

const family = (familyId: string) => `/api/families/${encodeURIComponent(familyId)}`;
const enc = encodeURIComponent;

// ---- Recovery plan writes ----

export const addItem = (familyId: string, body: CreateItemRequest) => apiPost<PlanItem>(`${family(familyId)}/recovery-plan/items`, body);

export const editItem = (familyId: string, itemId: string, body: { version: number; content: Record<string, unknown> }) =>
  apiPut<PlanItem>(`${family(familyId)}/recovery-plan/items/${enc(itemId)}`, body);

export const rateItem = (familyId: string, body: { itemId: string; score: number; note?: string }) =>
  apiPut<Rating>(`${family(familyId)}/recovery-plan/rating`, body);

export const recordAgreement = (familyId: string, body: { position: AgreementPosition; reasons?: string }) =>
  apiPut<Agreement>(`${family(familyId)}/recovery-plan/agreement`, body);

// ---- Wellness and crisis plan, children's plans, explanations ----

export const startDocument = (familyId: string, body: { kind: PlanDocument['kind']; personId: string }) =>
  apiPost<PlanDocument>(`${family(familyId)}/plans`, body);

export const writeSection = (familyId: string, documentId: string, sectionKey: string, body: { version: number; text: string }) =>
  apiPut<PlanDocument>(`${family(familyId)}/plans/${enc(documentId)}/sections/${enc(sectionKey)}`, body);

export const decideSuggestion = (familyId: string, documentId: string, suggestionId: string, accept: boolean) =>
  apiPost<PlanDocument>(`${family(familyId)}/plans/${enc(documentId)}/suggestions/${enc(suggestionId)}`, { accept });

export const setCarer = (
  familyId: string,
  documentId: string,
  body: { version: number; carerPersonId: string | null; askedOn: string | null },
) => apiPut<PlanDocument>(`${family(familyId)}/plans/${enc(documentId)}/carer`, body);

export const answerAsCarer = (familyId: string, documentId: string, body: { response: 'agreed' | 'declined'; note?: string }) =>
  apiPost<PlanDocument>(`${family(familyId)}/plans/${enc(documentId)}/carer-response`, body);

export const agreeExplanation = (familyId: string, documentId: string) =>
  apiPost<PlanDocument>(`${family(familyId)}/plans/${enc(documentId)}/parent-agreement`, {});

export const changeShare = (familyId: string, body: ShareRequest) => apiPut<PlanDocuments>(`${family(familyId)}/plan-shares`, body);

// ---- The child's own words ----

export const addChildWords = (familyId: string, body: AddChildWordsRequest) => apiPost<ChildWords>(`${family(familyId)}/child-words`, body);

export const changeChildWordsSharing = (
  familyId: string,
  wordsId: string,
  body: { version: number; shareWith: ChildWordsAudience[]; childConsented: boolean },
) => apiPut<ChildWords>(`${family(familyId)}/child-words/${enc(wordsId)}/sharing`, body);

// ---- Keeping the cache in step with what the server answered ----

/**
 * Put what a save answered into a cached list. A fetch of that list already under way (a rating's refresh, say) began
 * before the save and would land after it with the list as it was, hiding what was just saved: so it is cancelled
 * first (the cache keeps what it had), the answer goes in, and the list is asked for again.
 */
function updateCached<T>(queryClient: QueryClient, queryKey: QueryKey, updater: Updater<T | undefined, T | undefined>): void {
  if (queryClient.isFetching({ queryKey, exact: true }) === 0) {
    queryClient.setQueryData<T>(queryKey, updater);
    return;
  }
  void queryClient.cancelQueries({ queryKey, exact: true }).then(() => {
    queryClient.setQueryData<T>(queryKey, updater);
    void queryClient.invalidateQueries({ queryKey, exact: true });
  });
}

/** Put an added or changed item into the cached plan, so the page shows it (and its new version) at once. */
export function rememberItem(queryClient: QueryClient, familyId: string, item: PlanItem): void {
  updateCached<RecoveryPlanView>(queryClient, recoveryPlanQuery(familyId).queryKey, (view) => {
    if (!view?.plan) return view;
    const known = view.plan.items.some((existing) => existing.id === item.id);
    const items = known ? view.plan.items.map((existing) => (existing.id === item.id ? item : existing)) : [...view.plan.items, item];
    return { ...view, plan: { ...view.plan, items } };
  });
}

/** Put a changed document into the cached list. */
export function rememberDocument(queryClient: QueryClient, familyId: string, document: PlanDocument): void {
  updateCached<PlanDocuments>(queryClient, planDocumentsQuery(familyId).queryKey, (data) => {
    if (!data) return data;
    const known = data.documents.some((existing) => existing.id === document.id);
    const documents = known
      ? data.documents.map((existing) => (existing.id === document.id ? document : existing))
      : [...data.documents, document];
    const canStart = data.canStart.filter((entry) => !(entry.kind === document.kind && entry.personId === document.personId));
    return { ...data, documents, canStart };
  });
}

export function rememberChildWords(queryClient: QueryClient, familyId: string, words: ChildWords): void {
  updateCached<{ words: ChildWords[] }>(queryClient, childWordsQuery(familyId).queryKey, (data) => {
    if (!data) return data;
    const known = data.words.some((existing) => existing.id === words.id);
    return { words: known ? data.words.map((existing) => (existing.id === words.id ? words : existing)) : [...data.words, words] };
  });
}

/** Ask for the plans again in the background (ratings and agreements come back as single rows). */
export const refreshPlans = (queryClient: QueryClient, familyId: string) => queryClient.invalidateQueries({ queryKey: plansKey(familyId) });
