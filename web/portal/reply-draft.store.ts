// Keeps what a parent is typing beside an entry in this browser until it is sent, so a reload or a dropped connection loses nothing.
import { REPLY_KIND_KEYS } from '../../shared/domain/records.ts';
import type { PortalReplyKind } from './portal.types.ts';

export type ReplyDraft = { kind: PortalReplyKind | null; text: string };

const KINDS = REPLY_KIND_KEYS.filter((kind): kind is PortalReplyKind => kind !== 'team_answer');

// One key per account and entry, so someone else signing in on the same phone never sees it.
const keyFor = (accountId: string, entryId: string): string => `umbrella.reply-draft.${accountId}.${entryId}`;

export function loadDraft(accountId: string, entryId: string): ReplyDraft | null {
  try {
    const raw = window.localStorage.getItem(keyFor(accountId, entryId));
    if (!raw) return null;
    const parsed = JSON.parse(raw) as Partial<ReplyDraft>;
    const kind = KINDS.find((known) => known === parsed.kind) ?? null;
    const text = typeof parsed.text === 'string' ? parsed.text : '';
    return kind || text ? { kind, text } : null;
  } catch {
    // Storage switched off or a damaged value: start with an empty form.
    return null;
  }
}

export function saveDraft(accountId: string, entryId: string, draft: ReplyDraft): void {
  try {
    if (!draft.kind && !draft.text) window.localStorage.removeItem(keyFor(accountId, entryId));
    else window.localStorage.setItem(keyFor(accountId, entryId), JSON.stringify(draft));
  } catch {
    // Storage full or switched off: the form still works, only the safety copy is missing.
  }
}

export function clearDraft(accountId: string, entryId: string): void {
  saveDraft(accountId, entryId, { kind: null, text: '' });
}
