// "Add your view" beside an entry: reply, ask for a correction or say you disagree; what is typed is kept until it is sent.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { isApiError } from '../api/client.ts';
import { Button } from '../ui/button.tsx';
import { ErrorSummary, type FormError } from '../ui/error-summary.tsx';
import { focusElement } from '../ui/focus.ts';
import { type RadioOption, Radios } from '../ui/radios.tsx';
import { TextArea } from '../ui/textarea.tsx';
import { rememberEntry, sendReply } from './portal.queries.ts';
import type { PortalEntry, PortalReplyKind } from './portal.types.ts';
import { clearDraft, loadDraft, type ReplyDraft, saveDraft } from './reply-draft.store.ts';

const MAX_LENGTH = 10_000;

const CHOICES: RadioOption<PortalReplyKind>[] = [
  { value: 'reply', label: 'Reply', hint: 'Add your own words beside this.' },
  {
    value: 'correction_request',
    label: 'Ask for something to be corrected',
    hint: 'Something is wrong, such as a name, a date or what happened.',
  },
  { value: 'disagree', label: 'Say I disagree', hint: 'You see it differently. Your words are kept beside theirs.' },
];

type Problems = { kind?: string; text?: string; form?: string };

function check(draft: ReplyDraft): Problems {
  const problems: Problems = {};
  if (!draft.kind) problems.kind = 'Choose what you would like to do';
  const text = draft.text.trim();
  if (!text) problems.text = draft.kind === 'disagree' ? 'Say what you disagree with and why' : 'Write your words';
  else if (text.length > MAX_LENGTH) problems.text = 'Your words are too long. Use fewer than 10,000 letters and spaces.';
  return problems;
}

type AddYourViewProps = {
  entryId: string;
  /** Who the entry is, for screen readers: "Home visit on 12 March 2026". */
  entryName: string;
  accountId: string;
  onSent: (entry: PortalEntry) => void;
  onErrorsChange: (hasErrors: boolean) => void;
};

export function AddYourViewForm({ entryId, entryName, accountId, onSent, onErrorsChange }: AddYourViewProps) {
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState<ReplyDraft>(() => loadDraft(accountId, entryId) ?? { kind: null, text: '' });
  // A draft left from before (a reload, or signing in again) opens the form straight away.
  const [open, setOpen] = useState(() => draft.kind !== null || draft.text !== '');
  const [problems, setProblems] = useState<Problems>({});
  const toggleRef = useRef<HTMLButtonElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const focusOnOpen = useRef(false);

  const ids = { form: `reply-form-${entryId}`, kind: `reply-kind-${entryId}`, text: `reply-text-${entryId}` };
  const hasProblems = Object.keys(problems).length > 0;

  // Tell the page whether this form shows errors (its title starts "Error:"); a ref keeps the effects from re-running on every render.
  const reportErrors = useRef(onErrorsChange);
  reportErrors.current = onErrorsChange;
  useEffect(() => reportErrors.current(hasProblems), [hasProblems]);
  useEffect(() => () => reportErrors.current(false), []);

  useEffect(() => {
    if (!open || !focusOnOpen.current) return;
    focusOnOpen.current = false;
    const checked = formRef.current?.querySelector<HTMLInputElement>('input[type="radio"]:checked');
    focusElement(checked ?? document.getElementById(ids.kind));
  }, [open, ids.kind]);

  const update = (change: Partial<ReplyDraft>) => {
    const next = { ...draft, ...change };
    setDraft(next);
    saveDraft(accountId, entryId, next);
  };

  const mutation = useMutation({
    mutationFn: (toSend: { kind: PortalReplyKind; text: string }) => sendReply(entryId, toSend),
    onSuccess: (entry) => {
      clearDraft(accountId, entryId);
      setDraft({ kind: null, text: '' });
      setProblems({});
      setOpen(false);
      rememberEntry(queryClient, entry);
      onSent(entry);
    },
    onError: (error) => {
      if (isApiError(error) && error.status === 401) return; // signing in again; the draft is kept
      if (isApiError(error) && error.status === 404) {
        // The entry was kept back since the page opened. Keep the words on screen so they can be copied; a reload shows the change.
        setProblems({
          form: 'Your view was not sent, because this entry has changed since you opened the page. Your words are still here. Copy them, then reload the page.',
        });
        return;
      }
      const fields = isApiError(error) ? error.fields : {};
      const message = isApiError(error) ? error.message : 'Your view was not sent. Try again in a few minutes.';
      const fromServer: Problems = { kind: fields.kind, text: fields.text };
      setProblems(
        fromServer.kind || fromServer.text ? fromServer : { form: `Your view was not sent. ${message} Your words are still here.` },
      );
    },
  });

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found = check(draft);
    setProblems(found);
    if (Object.keys(found).length === 0 && draft.kind) mutation.mutate({ kind: draft.kind, text: draft.text.trim() });
  };

  const close = () => {
    setOpen(false);
    setProblems({});
    requestAnimationFrame(() => toggleRef.current?.focus());
  };

  if (!open) {
    const started = draft.text.trim() !== '';
    return (
      <div className="umb-reply-toggle">
        {started ? <p className="govuk-body">You started writing here. It has not been sent yet.</p> : null}
        <button
          type="button"
          className="govuk-button govuk-button--secondary"
          ref={toggleRef}
          aria-expanded="false"
          aria-controls={ids.form}
          onClick={() => {
            focusOnOpen.current = true;
            setOpen(true);
          }}
        >
          Add your view
          <span className="govuk-visually-hidden"> to {entryName}</span>
        </button>
      </div>
    );
  }

  const summary: FormError[] = [
    ...(problems.form ? [{ message: problems.form }] : []),
    ...(problems.kind ? [{ message: problems.kind, fieldId: ids.kind }] : []),
    ...(problems.text ? [{ message: problems.text, fieldId: ids.text }] : []),
  ];
  return (
    <form
      noValidate
      onSubmit={onSubmit}
      id={ids.form}
      ref={formRef}
      className="umb-reply-form"
      aria-label={`Add your view to ${entryName}`}
    >
      <ErrorSummary errors={summary} />
      <Radios
        name={ids.kind}
        legend="What would you like to do?"
        options={CHOICES}
        value={draft.kind ?? ''}
        onChange={(kind) => update({ kind })}
        error={problems.kind}
      />
      <TextArea
        id={ids.text}
        label="Your words"
        labelClass="govuk-label--s"
        hint={draft.kind === 'disagree' ? 'Say what you disagree with and why' : undefined}
        value={draft.text}
        onValueChange={(text) => update({ text })}
        error={problems.text}
      />
      <p className="govuk-body-s">What you write is kept on this phone or computer until you send it.</p>
      <div className="govuk-button-group">
        <Button busy={mutation.isPending}>Send</Button>
        <button type="button" className="govuk-button govuk-button--secondary" onClick={close}>
          Not now
        </button>
      </div>
    </form>
  );
}
