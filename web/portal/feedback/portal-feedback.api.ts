// The family member's calls for their feedback (issue 18 §1).
import type { AnswerAskInput, GiveFeedbackInput, MyFeedback, PortalFeedback } from '../../../shared/contracts/feedback.ts';
import { apiGet, apiPost } from '../../api/client.ts';

export type { PortalFeedback };
export const portalFeedbackQueryKey = ['portal', 'feedback'] as const;

export const myFeedback = (signal?: AbortSignal) => apiGet<PortalFeedback>('/api/portal/feedback', signal);

export const answerAsk = (askId: string, body: AnswerAskInput, idempotencyKey: string) =>
  apiPost<{ feedback: MyFeedback }>(`/api/portal/feedback/asks/${encodeURIComponent(askId)}/answer`, body, {
    headers: { 'idempotency-key': idempotencyKey },
  });

export const skipAsk = (askId: string) => apiPost<void>(`/api/portal/feedback/asks/${encodeURIComponent(askId)}/skip`);

export const giveFeedback = (body: GiveFeedbackInput, idempotencyKey: string) =>
  apiPost<{ feedback: MyFeedback }>('/api/portal/feedback', body, { headers: { 'idempotency-key': idempotencyKey } });
