// The "Record a visit or contact" draft: kept in this browser as the person types, so a reload, a dropped connection
// or signing in again after the session ended loses nothing. It carries the idempotency keys it has saved with.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { EntryKind, InformationCategory, WithholdingReason } from '../../../shared/domain/records.ts';
import { toLocalInputValue } from '../../ui/time.ts';

export type Visibility = 'all' | 'part' | 'whole';
export type DecisionDraft = { optionsConsidered: string; reasons: string; decidedBy: string; parentView: string; howToChallenge: string };

export type EntryDraft = {
  /** The key the next save is sent with (see keyForSave): a retry of the same content makes one entry. */
  idempotencyKey: string;
  /** Each content this draft was sent with (a digest of the request) and its key, oldest first. */
  sent: SentWith[];
  kind: EntryKind;
  /** A datetime-local value in the browser's time zone, such as "2026-11-25T14:05". */
  occurredAt: string;
  present: string[];
  category: InformationCategory;
  text: string;
  visibility: Visibility;
  reason: WithholdingReason | '';
  reviewOn: string;
  restrictedText: string;
  decision: DecisionDraft;
  /** When this browser last stored it (ISO), or null while nothing has been typed. */
  savedAt: string | null;
};

export type SentWith = { content: string; key: string };

/** How many earlier sends a draft remembers; an older one sent again gets a key of its own. */
const SENT_KEPT = 20;

/**
 * The draft ready to send `content` (requestDigest of the request): with the key that content was sent with before,
 * if it was, so a retry after a lost answer is answered with the entry it made; otherwise with a key no other content
 * was sent with, so words changed after a failed save make their entry rather than being answered with the earlier
 * one (the server refuses a key sent again with other content: 422).
 */
export function keyForSave(draft: EntryDraft, content: string, newKey: () => string = () => crypto.randomUUID()): EntryDraft {
  const earlier = draft.sent.find((s) => s.content === content);
  if (earlier) return { ...draft, idempotencyKey: earlier.key };
  const used = draft.sent.some((s) => s.key === draft.idempotencyKey);
  const key = used ? newKey() : draft.idempotencyKey;
  return { ...draft, idempotencyKey: key, sent: [...draft.sent, { content, key }].slice(-SENT_KEPT) };
}

/** After the server refused `key` (sent before with other content): forget it, so the next save makes its own entry. */
export function forgetKey(draft: EntryDraft, key: string, newKey: () => string = () => crypto.randomUUID()): EntryDraft {
  const sent = draft.sent.filter((s) => s.key !== key);
  return { ...draft, sent, idempotencyKey: draft.idempotencyKey === key ? newKey() : draft.idempotencyKey };
}

/** A short digest of a request body (two 53-bit string hashes), to tell one content from another without keeping its words twice. */
export function requestDigest(body: unknown): string {
  const text = JSON.stringify(body) ?? '';
  const hash = (seed: number) => {
    let h1 = 0xdeadbeef ^ seed;
    let h2 = 0x41c6ce57 ^ seed;
    for (let i = 0; i < text.length; i++) {
      const ch = text.charCodeAt(i);
      h1 = Math.imul(h1 ^ ch, 2654435761);
      h2 = Math.imul(h2 ^ ch, 1597334677);
    }
    h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
    h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
    return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
  };
  return `${text.length.toString(36)}-${hash(1)}-${hash(2)}`;
}

export const emptyDecision: DecisionDraft = { optionsConsidered: '', reasons: '', decidedBy: '', parentView: '', howToChallenge: '' };

export function newDraft(): EntryDraft {
  return {
    idempotencyKey: crypto.randomUUID(),
    sent: [],
    kind: 'home_visit',
    occurredAt: toLocalInputValue(new Date()),
    present: [],
    category: 'general',
    text: '',
    visibility: 'all',
    reason: '',
    reviewOn: '',
    restrictedText: '',
    decision: emptyDecision,
    savedAt: null,
  };
}

// One key per account and family, so someone else signing in on the same computer never sees it.
export const draftKey = (accountId: string, familyId: string): string => `umbrella.entry-draft.${accountId}.${familyId}`;

function loadDraft(key: string): EntryDraft | null {
  try {
    const raw = window.localStorage.getItem(key);
    if (!raw) return null;
    const parsed = JSON.parse(raw) as Partial<EntryDraft>;
    if (typeof parsed.idempotencyKey !== 'string' || typeof parsed.text !== 'string') return null;
    // A draft stored before `sent` existed has sent nothing this browser can tell: its key goes with its first save.
    const sent = Array.isArray(parsed.sent) ? parsed.sent.filter((s) => typeof s?.content === 'string' && typeof s?.key === 'string') : [];
    return { ...newDraft(), ...parsed, sent, decision: { ...emptyDecision, ...parsed.decision } };
  } catch {
    // Storage switched off or a damaged value: start with an empty form.
    return null;
  }
}

function storeDraft(key: string, draft: EntryDraft): boolean {
  try {
    window.localStorage.setItem(key, JSON.stringify(draft));
    return true;
  } catch {
    // Storage full or switched off: the form still works, only the safety copy is missing.
    return false;
  }
}

function removeDraft(key: string): void {
  try {
    window.localStorage.removeItem(key);
  } catch {
    // Nothing to do: there is no copy to remove.
  }
}

const SAVE_DELAY_MS = 400;

/** Whether anything was typed into a draft (a kind or a time alone is not worth keeping over a pre-filled form). */
const hasWords = (d: EntryDraft): boolean => [d.text, d.restrictedText, ...Object.values(d.decision)].some((v) => v.trim() !== '');

/**
 * The draft, a setter that stores it shortly after each change, and whether it was restored from an earlier visit.
 * `initial`: fields to open with (entry-prefill.ts, from an appointment); words typed earlier on this device win over them.
 */
export function useEntryDraft(accountId: string, familyId: string, initial?: Partial<EntryDraft>) {
  const key = draftKey(accountId, familyId);
  const [restored] = useState(() => {
    const found = loadDraft(key);
    return found && (!initial || hasWords(found)) ? found : null;
  });
  // The fields it opens with, kept for "Start again" (which otherwise opens an empty form, as before).
  const [opening] = useState(initial);
  const [draft, setDraft] = useState<EntryDraft>(() => restored ?? { ...newDraft(), ...opening });
  const pending = useRef<EntryDraft | null>(null);
  const timer = useRef<number | undefined>(undefined);
  // The draft as last rendered, for changes made outside a render (a save's answer).
  const latest = useRef(draft);
  latest.current = draft;

  const flush = useCallback(() => {
    window.clearTimeout(timer.current);
    if (pending.current) storeDraft(key, pending.current);
    pending.current = null;
  }, [key]);

  const update = useCallback(
    (change: Partial<EntryDraft>) => {
      setDraft((current) => {
        const next = { ...current, ...change, savedAt: new Date().toISOString() };
        pending.current = next;
        return next;
      });
      window.clearTimeout(timer.current);
      timer.current = window.setTimeout(flush, SAVE_DELAY_MS);
    },
    [flush],
  );

  // Store whatever is waiting when the page goes away: a session ending, a tab closing, a phone locking.
  useEffect(() => {
    const onHide = () => flush();
    window.addEventListener('pagehide', onHide);
    document.addEventListener('visibilitychange', onHide);
    return () => {
      flush();
      window.removeEventListener('pagehide', onHide);
      document.removeEventListener('visibilitychange', onHide);
    };
  }, [flush]);

  /** A change stored at once, not after the typing delay (the key of a save about to be sent); returns the new draft. */
  const replaceNow = useCallback(
    (change: (current: EntryDraft) => EntryDraft): EntryDraft => {
      window.clearTimeout(timer.current);
      const next = change(pending.current ?? latest.current);
      pending.current = null;
      latest.current = next;
      setDraft(next);
      storeDraft(key, next);
      return next;
    },
    [key],
  );

  /** After the entry is saved: forget the draft; a new one gets a new key. */
  const clear = useCallback(() => {
    window.clearTimeout(timer.current);
    pending.current = null;
    removeDraft(key);
  }, [key]);

  /** "Start again": an empty form with a new key. */
  const discard = useCallback(() => {
    clear();
    setDraft({ ...newDraft(), ...opening });
  }, [clear, opening]);

  return { draft, update, replaceNow, clear, discard, restoredAt: restored?.savedAt ?? null };
}
