// The record page's address: `?q=` holds the words being searched for, tidied so any link or typed address is safe.
export type RecordSearch = { q?: string };

export function validateRecordSearch(search: Record<string, unknown>): RecordSearch {
  const q = typeof search.q === 'string' ? search.q.trim().slice(0, 200) : '';
  return q ? { q } : {};
}
