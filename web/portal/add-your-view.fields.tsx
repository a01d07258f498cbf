// The fields of "Add your view" (what to do, your words, send): their own chunk, loaded when someone opens the form.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { isApiError } from '../api/client.ts';
import { Button } from '../ui/button.tsx';
import { ErrorSummary, type FormError } from '../ui/error-summary.tsx';
import { focusElement } from '../ui/focus.ts';
import { type RadioOption, Radios } from '../ui/radios.tsx';
import { TextArea } from '../ui/textarea.tsx';
import type { PortalEntry, PortalReplyKind } from './portal.types.ts';
import { rememberEntry, sendReply } from './reply.api.ts';
import type { ReplyDraft } from './reply-draft.store.ts';

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

export type AddYourViewFieldsProps = {
  entryId: string;
  /** Who the entry is, for screen readers: "Home visit on 12 March 2026". */
  entryName: string;
  /** The form's id, which the "Add your view" button controls. */
  formId: string;
  /** What has been typed so far; the caller keeps it (and its copy on this phone) while the form is closed. */
  draft: ReplyDraft;
  onDraftChange: (change: Partial<ReplyDraft>) => void;
  /** True when the person has just opened the form: focus moves to the first field. */
  focusOnOpen: boolean;
  onSent: (entry: PortalEntry) => void;
  onClose: () => void;
  onErrorsChange: (hasErrors: boolean) => void;
};

export function AddYourViewFields(props: AddYourViewFieldsProps) {
  const { entryId, entryName, formId, draft, onDraftChange, onSent, onClose } = props;
  const queryClient = useQueryClient();
  const [problems, setProblems] = useState<Problems>({});
  const formRef = useRef<HTMLFormElement>(null);
  const ids = { kind: `reply-kind-${entryId}`, text: `reply-text-${entryId}` };
  const hasProblems = Object.keys(problems).length > 0;

  // Tell the page whether this form shows errors (its title starts "Error:"); a ref keeps the effects from re-running on every render.
  const reportErrors = useRef(props.onErrorsChange);
  reportErrors.current = props.onErrorsChange;
  useEffect(() => reportErrors.current(hasProblems), [hasProblems]);
  useEffect(() => () => reportErrors.current(false), []);

  // Only when it was just opened: a form reopened from a draft at page load leaves focus where the browser put it.
  const focusOnOpen = useRef(props.focusOnOpen);
  useEffect(() => {
    if (!focusOnOpen.current) return;
    focusOnOpen.current = false;
    const checked = formRef.current?.querySelector<HTMLInputElement>('input[type="radio"]:checked');
    focusElement(checked ?? document.getElementById(ids.kind));
  }, [ids.kind]);

  const mutation = useMutation({
    mutationFn: (toSend: { kind: PortalReplyKind; text: string }) => sendReply(entryId, toSend),
    onSuccess: (entry) => {
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

  const summary: FormError[] = [
    ...(problems.form ? [{ message: problems.form }] : []),
    ...(problems.kind ? [{ message: problems.kind, fieldId: ids.kind }] : []),
    ...(problems.text ? [{ message: problems.text, fieldId: ids.text }] : []),
  ];
  return (
    <form noValidate onSubmit={onSubmit} id={formId} ref={formRef} className="umb-reply-form" aria-label={`Add your view to ${entryName}`}>
      <ErrorSummary errors={summary} />
      <Radios
        name={ids.kind}
        legend="What would you like to do?"
        options={CHOICES}
        value={draft.kind ?? ''}
        onChange={(kind) => onDraftChange({ kind })}
        error={problems.kind}
      />
      <TextArea
        id={ids.text}
        label="Your words"
        labelClass="govuk-label--s"
        hint={draft.kind === 'disagree' ? 'Say what you disagree with and why' : undefined}
        value={draft.text}
        onValueChange={(text) => onDraftChange({ text })}
        error={problems.text}
      />
      <p className="govuk-body-s">What you write is kept on this phone or computer until you send it.</p>
      <div className="govuk-button-group">
        <Button busy={mutation.isPending}>Send</Button>
        <button type="button" className="govuk-button govuk-button--secondary" onClick={onClose}>
          Not now
        </button>
      </div>
    </form>
  );
}
