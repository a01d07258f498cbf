// The "Record a visit or contact" draft: kept in this browser as the person types, so a reload, a dropped connection
// or signing in again after the session ended loses nothing. It carries the idempotency key of its one entry.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { EntryKind, InformationCategory, WithholdingReason } from '../../../shared/domain/records.ts';
import { toLocalInputValue } from '../../ui/time.ts';

export type Visibility = 'all' | 'part' | 'whole';
export type DecisionDraft = { optionsConsidered: string; reasons: string; decidedBy: string; parentView: string; howToChallenge: string };

export type EntryDraft = {
  /** Made once per draft and sent with every attempt to save it, so the server creates one entry. */
  idempotencyKey: string;
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

export const emptyDecision: DecisionDraft = { optionsConsidered: '', reasons: '', decidedBy: '', parentView: '', howToChallenge: '' };

export function newDraft(): EntryDraft {
  return {
    idempotencyKey: crypto.randomUUID(),
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
    return { ...newDraft(), ...parsed, decision: { ...emptyDecision, ...parsed.decision } };
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

/** The draft, a setter that stores it shortly after each change, and whether it was restored from an earlier visit. */
export function useEntryDraft(accountId: string, familyId: string) {
  const key = draftKey(accountId, familyId);
  const [restored] = useState(() => loadDraft(key));
  const [draft, setDraft] = useState<EntryDraft>(() => restored ?? newDraft());
  const pending = useRef<EntryDraft | null>(null);
  const timer = useRef<number | undefined>(undefined);

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

  /** After the entry is saved: forget the draft; a new one gets a new key. */
  const clear = useCallback(() => {
    window.clearTimeout(timer.current);
    pending.current = null;
    removeDraft(key);
  }, [key]);

  /** "Start again": an empty form with a new key. */
  const discard = useCallback(() => {
    clear();
    setDraft(newDraft());
  }, [clear]);

  return { draft, update, clear, discard, restoredAt: restored?.savedAt ?? null };
}
