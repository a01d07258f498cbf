// A worker's calls for the family's feedback: their own named feedback, and a manager's team view (issue 18 §1).
import type { TeamFeedback, WorkerFeedback } from '../../../shared/contracts/feedback.ts';
import { apiGet } from '../../api/client.ts';

export const myFeedbackQuery = {
  queryKey: ['feedback', 'mine'] as const,
  queryFn: ({ signal }: { signal?: AbortSignal }) => apiGet<WorkerFeedback>('/api/feedback/mine', signal),
};
export const teamFeedbackQuery = {
  queryKey: ['feedback', 'team'] as const,
  queryFn: ({ signal }: { signal?: AbortSignal }) => apiGet<TeamFeedback>('/api/feedback/team', signal),
};
