// Writes for the plans on the professional side: the recovery plan and its items, ratings, agreement and reviews;
// sections, carers and suggestions of the other plans; a child's own words.
import type { z } from 'zod';
import type {
  AddChildWordsRequest,
  AgreeRequest,
  CarerRequest,
  CreateItemRequest,
  EditItemRequest,
  PlanSettingsRequest,
  RateRequest,
  ReviewRequest,
  SectionRequest,
  StartDocumentRequest,
  SuggestRequest,
} from '../../../shared/contracts/plans.ts';
import { apiPost, apiPut } from '../../api/client.ts';
import { familyPath } from './plans.queries.ts';
import type { AgreementRow, ChildWords, PlanDocument, PlanItem, RatingRow, RecoveryPlanView } from './plans.types.ts';

const plan = (familyId: string) => `${familyPath(familyId)}/recovery-plan`;
const doc = (familyId: string, documentId: string) => `${familyPath(familyId)}/plans/${encodeURIComponent(documentId)}`;

export const startRecoveryPlan = (familyId: string, reviewOn: string) => apiPost<RecoveryPlanView>(plan(familyId), { reviewOn });

export const changePlanSettings = (familyId: string, body: z.input<typeof PlanSettingsRequest>) =>
  apiPut<RecoveryPlanView>(plan(familyId), body);

export const addPlanItem = (familyId: string, body: CreateItemRequest) => apiPost<PlanItem>(`${plan(familyId)}/items`, body);

export const editPlanItem = (familyId: string, itemId: string, body: z.input<typeof EditItemRequest>) =>
  apiPut<PlanItem>(`${plan(familyId)}/items/${encodeURIComponent(itemId)}`, body);

export const removePlanItem = (familyId: string, itemId: string, version: number) =>
  apiPost<{ removed: boolean }>(`${plan(familyId)}/items/${encodeURIComponent(itemId)}/remove`, { version });

export const ratePlanItem = (familyId: string, body: z.input<typeof RateRequest>) => apiPut<RatingRow>(`${plan(familyId)}/rating`, body);

export const agreeToPlan = (familyId: string, body: z.input<typeof AgreeRequest>) =>
  apiPut<AgreementRow>(`${plan(familyId)}/agreement`, body);

export const reviewPlan = (familyId: string, body: z.input<typeof ReviewRequest>) =>
  apiPost<RecoveryPlanView>(`${plan(familyId)}/reviews`, body);

export const startDocument = (familyId: string, body: z.input<typeof StartDocumentRequest>) =>
  apiPost<PlanDocument>(`${familyPath(familyId)}/plans`, body);

export const writeSection = (familyId: string, documentId: string, sectionKey: string, body: z.input<typeof SectionRequest>) =>
  apiPut<PlanDocument>(`${doc(familyId, documentId)}/sections/${encodeURIComponent(sectionKey)}`, body);

export const suggestWords = (familyId: string, documentId: string, body: z.input<typeof SuggestRequest>) =>
  apiPost<PlanDocument>(`${doc(familyId, documentId)}/suggestions`, body);

export const setCarer = (familyId: string, documentId: string, body: z.input<typeof CarerRequest>) =>
  apiPut<PlanDocument>(`${doc(familyId, documentId)}/carer`, body);

export const addChildWords = (familyId: string, body: z.input<typeof AddChildWordsRequest>) =>
  apiPost<ChildWords>(`${familyPath(familyId)}/child-words`, body);
