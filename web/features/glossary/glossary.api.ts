// Administrators adding and changing glossary terms; apart from glossary.queries.ts, which the first load carries.
import { apiPost, apiPut } from '../../api/client.ts';
import type { Saved } from '../../api/types.ts';

export type GlossaryFields = { term: string; aliases: string[]; plain: string; explanation: string };

export const addTerm = (body: GlossaryFields) => apiPost<Saved>('/api/glossary', body);

export const updateTerm = (termId: string, body: GlossaryFields & { version: number }) =>
  apiPut<Saved>(`/api/glossary/${encodeURIComponent(termId)}`, body);
