// Keeps what someone is typing in a form in this browser until it is saved, so a reload or a dropped connection on a
// cheap phone loses nothing. One key per account and form, so someone else signing in on the same phone never sees it.
import { useEffect, useState } from 'react';

const keyFor = (accountId: string, form: string) => `umbrella.draft.${accountId}.${form}`;

function load<T extends object>(key: string, initial: T): T {
  try {
    const raw = window.localStorage.getItem(key);
    if (!raw) return initial;
    const parsed: unknown = JSON.parse(raw);
    // Only the fields the form knows, each of the type it expects: a damaged or old value cannot break the form.
    if (!parsed || typeof parsed !== 'object') return initial;
    const out = { ...initial } as Record<string, unknown>;
    for (const [k, v] of Object.entries(initial)) {
      const stored = (parsed as Record<string, unknown>)[k];
      if (typeof stored === typeof v) out[k] = stored;
    }
    return out as T;
  } catch {
    return initial;
  }
}

/** A form's values, saved in this browser as they change; `clear()` once the server has them. */
export function useLocalDraft<T extends object>(accountId: string, form: string, initial: T) {
  const key = keyFor(accountId, form);
  const [values, setValues] = useState<T>(() => load(key, initial));
  useEffect(() => {
    try {
      const empty = JSON.stringify(values) === JSON.stringify(initial);
      if (empty) window.localStorage.removeItem(key);
      else window.localStorage.setItem(key, JSON.stringify(values));
    } catch {
      // Storage full or switched off: the form still works, only the safety copy is missing.
    }
    // `initial` is the empty form, the same every render in meaning; comparing by value above.
  }, [key, values, initial]);
  const set = <K extends keyof T>(field: K, value: T[K]) => setValues((v) => ({ ...v, [field]: value }));
  const clear = () => setValues(initial);
  return { values, set, clear };
}
