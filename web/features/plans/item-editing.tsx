// Which item of a list is open for editing, the "saved" message that follows, and focus: on the message after a save,
// back on the Edit or Add button after a cancel.
import { type ReactNode, useEffect, useRef, useState } from 'react';
import { focusElement } from '../../ui/focus.ts';
import { formatDateTime } from '../../ui/time.ts';

export const editButtonId = (key: string) => `edit-${key}`;

export function useItemEditing() {
  const [editing, setEditing] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const returnTo = useRef<string | null>(null);

  useEffect(() => {
    if (editing !== null || !returnTo.current) return;
    document.getElementById(editButtonId(returnTo.current))?.focus();
    returnTo.current = null;
  }, [editing]);

  return {
    editing,
    message,
    open: (key: string) => {
      setMessage(null);
      setEditing(key);
    },
    /** `done` is the message after a save, or null after a cancel. */
    close: (key: string, done: string | null) => {
      setEditing(null);
      setMessage(done);
      if (!done) returnTo.current = key;
    },
  };
}

/** "Edit" with what it edits for screen readers ("Edit worry 2"). */
export function EditButton({ itemKey, what, onClick }: { itemKey: string; what: string; onClick: () => void }) {
  return (
    <button type="button" id={editButtonId(itemKey)} className="govuk-link umb-link-button umb-plan-edit" onClick={onClick}>
      Edit<span className="govuk-visually-hidden"> {what}</span>
    </button>
  );
}

/** A secondary button that opens an "add" form. */
export function AddButton({ itemKey, onClick, children }: { itemKey: string; onClick: () => void; children: ReactNode }) {
  return (
    <button type="button" id={editButtonId(itemKey)} className="govuk-button govuk-button--secondary" onClick={onClick}>
      {children}
    </button>
  );
}

/** A confirmation that takes focus when it appears, marked by a green edge as well as its words. */
export function DoneMessage({ message }: { message: string | null }) {
  const ref = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (message) focusElement(ref.current);
  }, [message]);
  if (!message) return null;
  return (
    <p className="govuk-body govuk-!-font-weight-bold umb-done" role="status" ref={ref}>
      {message}
    </p>
  );
}

/** Who last changed something, and when. */
export function ChangedBy({ who, when }: { who: string | null; when: string | null }) {
  if (!who && !when) return null;
  return (
    <p className="govuk-body-s umb-muted umb-plan-changed">
      Last changed{who ? ` by ${who}` : ''}
      {when ? ` on ${formatDateTime(when)}` : ''}
    </p>
  );
}
