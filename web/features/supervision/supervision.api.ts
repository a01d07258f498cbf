// The calls of reflective supervision (issue 18 §3; shared/contracts/supervision.ts): the overview, starting one, one
// supervision, saving the notes and a family's prompts, and writing a decision into the family's record.
import { queryOptions } from '@tanstack/react-query';
import type {
  DecisionEntryRequest,
  DecisionEntryWritten,
  StartSupervisionRequest,
  Supervision,
  SupervisionFamily,
  SupervisionOverview,
  SupervisionSignals,
  SupervisionSummary,
  UpdateSupervisionFamilyRequest,
} from '../../../shared/contracts/supervision.ts';
import { apiGet, apiPost, apiPut } from '../../api/client.ts';

export type { Supervision, SupervisionFamily, SupervisionOverview, SupervisionSignals, SupervisionSummary };

const enc = encodeURIComponent;
const one = (id: string) => `/api/supervision/${enc(id)}`;

export const supervisionOverviewQuery = () =>
  queryOptions({ queryKey: ['supervision'], queryFn: ({ signal }) => apiGet<SupervisionOverview>('/api/supervision', signal) });

export const supervisionQuery = (id: string) =>
  queryOptions({ queryKey: ['supervision', id], queryFn: ({ signal }) => apiGet<Supervision>(one(id), signal) });

export const startSupervision = (body: StartSupervisionRequest) => apiPost<SupervisionSummary>('/api/supervision', body);
export const saveNotes = (id: string, notes: string, version: number) => apiPut<Supervision>(one(id), { notes, version });
export const saveFamily = (id: string, familyId: string, body: UpdateSupervisionFamilyRequest) =>
  apiPut<SupervisionFamily>(`${one(id)}/families/${enc(familyId)}`, body);
export const writeDecisionEntry = (id: string, familyId: string, body: DecisionEntryRequest) =>
  apiPost<DecisionEntryWritten>(`${one(id)}/families/${enc(familyId)}/decision-entry`, body);
