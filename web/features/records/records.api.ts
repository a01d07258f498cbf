// Writes to the record: a new entry (with an idempotency key), an edit, withholding, marking in error, and team replies.
import type { KeepAsWritten } from '../../../shared/contracts/respectful-words.ts';
import { apiPost, apiPut } from '../../api/client.ts';
import type { CreateEntryRequest, EditEntryRequest, Entry } from '../../api/types.ts';

const entriesPath = (familyId: string) => `/api/families/${encodeURIComponent(familyId)}/entries`;
const entryPath = (familyId: string, entryId: string) => `${entriesPath(familyId)}/${encodeURIComponent(entryId)}`;

export type WithholdingFields = { scope: 'part' | 'whole'; reason: string; reviewOn: string };

/** The same key for every attempt at the same draft, so a double press or a retry makes one entry. */
export const createEntry = (familyId: string, body: CreateEntryRequest, idempotencyKey: string) =>
  apiPost<Entry>(entriesPath(familyId), body, { headers: { 'idempotency-key': idempotencyKey } });

export const editEntry = (familyId: string, entryId: string, body: EditEntryRequest) => apiPut<Entry>(entryPath(familyId, entryId), body);

export const changeWithholding = (
  familyId: string,
  entryId: string,
  body: { version: number; withholding: WithholdingFields | null; restrictedText?: string | null },
) => apiPost<Entry>(`${entryPath(familyId, entryId)}/withholding`, body);

export const hidePlaceholder = (familyId: string, entryId: string, reason: string) =>
  apiPost<Entry>(`${entryPath(familyId, entryId)}/hide-placeholder`, { reason });

/** `keepAsWritten`: the family reads the reason, so it is checked like any words to them (features/words). */
export const markEnteredInError = (
  familyId: string,
  entryId: string,
  body: { version: number; reason: string; keepAsWritten?: KeepAsWritten },
) => apiPost<Entry>(`${entryPath(familyId, entryId)}/entered-in-error`, body);

/** `keepAsWritten`: the writer keeps words the respectful-language check found, with a reason (features/words). */
export const replyAsTeam = (familyId: string, entryId: string, text: string, keepAsWritten?: KeepAsWritten) =>
  apiPost<Entry>(`${entryPath(familyId, entryId)}/replies`, { kind: 'team_answer', text, keepAsWritten });
