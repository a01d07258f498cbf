// "Record a visit or contact" opened with its fields filled in (issue 17 §1: after an arranged visit, no more typing than
// before): the kind, when and who was there, from the address (entry-prefill.search.ts), keeping only a real entry kind
// and the people of this family and its care team.
import { ENTRY_KIND_KEYS } from '../../../shared/domain/records.ts';
import { toLocalInputValue } from '../../ui/time.ts';
import type { EntryDraft } from './entry-draft.ts';
import type { RecordEntrySearch } from './entry-prefill.search.ts';

export type { RecordEntrySearch };
export type EntryPrefill = Partial<Pick<EntryDraft, 'kind' | 'occurredAt' | 'present'>>;

/** The draft's fields from the address; undefined when there is nothing to fill in. */
export function prefillFrom(
  search: RecordEntrySearch,
  family: { people: readonly { id: string }[]; careTeam: readonly { staffId: string }[] },
): EntryPrefill | undefined {
  const people = new Set(family.people.map((p) => p.id));
  const team = new Set(family.careTeam.map((m) => m.staffId));
  const present = [
    ...(search.people?.split(',') ?? []).filter((id) => people.has(id)).map((id) => `person:${id}`),
    ...(search.staff?.split(',') ?? []).filter((id) => team.has(id)).map((id) => `staff:${id}`),
  ];
  const out: EntryPrefill = {};
  const kind = ENTRY_KIND_KEYS.find((k) => k === search.kind);
  if (kind) out.kind = kind;
  if (search.at && !Number.isNaN(Date.parse(search.at))) out.occurredAt = toLocalInputValue(new Date(search.at));
  if (present.length) out.present = [...new Set(present)];
  return Object.keys(out).length ? out : undefined;
}
