// "Add your view" beside an entry: reply, ask for a correction or say you disagree; what is typed is kept until it is sent.
import { type ReactNode, useEffect, useRef, useState } from 'react';
import { useT } from '../i18n/i18n.ts';
import type { PortalEntry } from './portal.types.ts';
import { recordEntry as m } from './record-entry.messages.ts';
import { clearDraft, loadDraft, type ReplyDraft, saveDraft } from './reply-draft.store.ts';

// Most visits only read, so the form's fields are a chunk of their own: fetched when someone points at or focuses the
// button (as links preload their page), at the latest when they press it, and at once if a draft was left.
type Fields = typeof import('./add-your-view.fields.tsx');
let fields: Fields | undefined;
let fetching: Promise<Fields> | undefined;

function loadFields(): Promise<Fields> {
  fetching ??= import('./add-your-view.fields.tsx').then(
    (loaded) => (fields = loaded),
    (error: unknown) => {
      fetching = undefined; // a later press tries again
      throw error;
    },
  );
  return fetching;
}

const preloadFields = () => void loadFields().catch(() => undefined);

const hidden = (text: ReactNode[]) => <span className="govuk-visually-hidden">{text}</span>;

type AddYourViewProps = {
  entryId: string;
  /** Who the entry is, for screen readers: "Home visit on 12 March 2026". */
  entryName: string;
  accountId: string;
  onSent: (entry: PortalEntry) => void;
  onErrorsChange: (hasErrors: boolean) => void;
};

/** Closed; opened by pressing the button (focus moves into the form); or opened at page load because a draft was left. */
type OpenState = 'closed' | 'pressed' | 'draft';

export function AddYourViewForm({ entryId, entryName, accountId, onSent, onErrorsChange }: AddYourViewProps) {
  const t = useT();
  const [draft, setDraft] = useState<ReplyDraft>(() => loadDraft(accountId, entryId) ?? { kind: null, text: '' });
  // A draft left from before (a reload, or signing in again) opens the form straight away.
  const [startedWithDraft] = useState(() => draft.kind !== null || draft.text !== '');
  const [open, setOpen] = useState<OpenState>(() => (startedWithDraft && fields ? 'draft' : 'closed'));
  const [loadFailed, setLoadFailed] = useState(false);
  const toggleRef = useRef<HTMLButtonElement>(null);
  const formId = `reply-form-${entryId}`;

  // The button stays in place, with focus on it, until the fields have arrived.
  const openWhenLoaded = (how: OpenState) =>
    loadFields().then(
      () => setOpen(how),
      () => setLoadFailed(true),
    );

  useEffect(() => {
    if (startedWithDraft && !fields)
      loadFields().then(
        () => setOpen('draft'),
        () => setLoadFailed(true),
      );
  }, [startedWithDraft]);

  const onDraftChange = (change: Partial<ReplyDraft>) => {
    const next = { ...draft, ...change };
    setDraft(next);
    saveDraft(accountId, entryId, next);
  };

  if (open !== 'closed' && fields) {
    return (
      <fields.AddYourViewFields
        entryId={entryId}
        entryName={entryName}
        formId={formId}
        draft={draft}
        onDraftChange={onDraftChange}
        focusOnOpen={open === 'pressed'}
        onSent={(entry) => {
          clearDraft(accountId, entryId);
          setDraft({ kind: null, text: '' });
          setOpen('closed');
          onSent(entry);
        }}
        onClose={() => {
          setOpen('closed');
          requestAnimationFrame(() => toggleRef.current?.focus());
        }}
        onErrorsChange={onErrorsChange}
      />
    );
  }

  return (
    <div className="umb-reply-toggle">
      {draft.text.trim() ? <p className="govuk-body">{t(m.startedWriting)}</p> : null}
      {loadFailed ? (
        <p className="govuk-error-message" role="alert">
          {t.rich(m.formDidNotOpen, { hidden })}
        </p>
      ) : null}
      <button
        type="button"
        className="govuk-button govuk-button--secondary"
        ref={toggleRef}
        aria-expanded="false"
        aria-controls={formId}
        onPointerEnter={preloadFields}
        onFocus={preloadFields}
        onClick={() => {
          setLoadFailed(false);
          void openWhenLoaded('pressed');
        }}
      >
        {t.rich(m.addYourView, { hidden, entry: entryName })}
      </button>
    </div>
  );
}
