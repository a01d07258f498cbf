// Keeps what someone is writing in a plan section in this browser until it is saved, so a reload or a lost connection loses nothing.
export type SectionDraft = { text: string; baseVersion: number };

// One key per account, document and section, so someone else signing in on the same phone never sees it.
const keyFor = (accountId: string, documentId: string, sectionKey: string) =>
  `umbrella.plan-draft.${accountId}.${documentId}.${sectionKey}`;

export function loadSectionDraft(accountId: string, documentId: string, sectionKey: string): SectionDraft | null {
  try {
    const raw = window.localStorage.getItem(keyFor(accountId, documentId, sectionKey));
    if (!raw) return null;
    const parsed = JSON.parse(raw) as Partial<SectionDraft>;
    return typeof parsed.text === 'string' && typeof parsed.baseVersion === 'number'
      ? { text: parsed.text, baseVersion: parsed.baseVersion }
      : null;
  } catch {
    // Storage switched off or a damaged value: start from what is saved.
    return null;
  }
}

export function saveSectionDraft(accountId: string, documentId: string, sectionKey: string, draft: SectionDraft | null): void {
  try {
    if (draft === null) window.localStorage.removeItem(keyFor(accountId, documentId, sectionKey));
    else window.localStorage.setItem(keyFor(accountId, documentId, sectionKey), JSON.stringify(draft));
  } catch {
    // Storage full or switched off: the form still works, only the safety copy is missing.
  }
}
