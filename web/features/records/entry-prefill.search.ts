// The address part of "Record a visit or contact" opened from an appointment (issue 17 §1): read by the route, so it stays
// tiny and imports nothing (the route table is in every first load); entry-prefill.ts turns it into the form's fields.

/** `kind` an entry kind (checked by the form), `at` an ISO time, `people` and `staff` ids joined with commas. */
export type RecordEntrySearch = { kind?: string; at?: string; people?: string; staff?: string };

const ID = /^[0-9a-f-]{36}$/i;
const text = (v: unknown): string | undefined => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : undefined);
const ids = (v: unknown): string | undefined => {
  const list = (text(v) ?? '').split(',').filter((id) => ID.test(id));
  return list.length ? list.join(',') : undefined;
};

/** The route's validateSearch: anything it does not know is dropped, so a stray address opens the usual empty form. */
export function validateRecordEntrySearch(search: Record<string, unknown>): RecordEntrySearch {
  const kind = text(search.kind);
  const at = text(search.at);
  return {
    kind: kind && /^[a-z_]{1,40}$/.test(kind) ? kind : undefined,
    at: at && !Number.isNaN(Date.parse(at)) ? at : undefined,
    people: ids(search.people),
    staff: ids(search.staff),
  };
}
