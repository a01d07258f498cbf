// The care team's calls for requests for help (issue 14 §1, §2): the family's list, one request, and the responses.
import { queryOptions } from '@tanstack/react-query';
import type {
  AcknowledgeInput,
  ArrangeContactInput,
  HelpRequestList,
  PassInput,
  WorkerHelpRequest,
} from '../../../shared/contracts/help.ts';
import { apiGet, apiPost } from '../../api/client.ts';

export type { WorkerHelpRequest };

const base = (familyId: string) => `/api/families/${encodeURIComponent(familyId)}/help-requests`;

export const helpRequestsQuery = (familyId: string) =>
  queryOptions({
    queryKey: ['families', familyId, 'help-requests'],
    queryFn: ({ signal }) => apiGet<HelpRequestList>(base(familyId), signal),
  });

export const helpRequestQuery = (familyId: string, requestId: string) =>
  queryOptions({
    queryKey: ['families', familyId, 'help-requests', requestId],
    queryFn: ({ signal }) => apiGet<WorkerHelpRequest>(`${base(familyId)}/${encodeURIComponent(requestId)}`, signal),
  });

const one = (familyId: string, requestId: string, action: string) => `${base(familyId)}/${encodeURIComponent(requestId)}/${action}`;

export const acknowledgeRequest = (familyId: string, requestId: string, body: AcknowledgeInput) =>
  apiPost<WorkerHelpRequest>(one(familyId, requestId, 'acknowledge'), body);

export const arrangeContact = (familyId: string, requestId: string, body: ArrangeContactInput) =>
  apiPost<WorkerHelpRequest>(one(familyId, requestId, 'contact'), body);

export const passRequest = (familyId: string, requestId: string, body: PassInput) =>
  apiPost<WorkerHelpRequest>(one(familyId, requestId, 'pass'), body);
