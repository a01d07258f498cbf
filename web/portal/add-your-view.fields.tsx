// The fields of "Add your view" (what to do, your words, send): their own chunk, loaded when someone opens the form.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { isApiError } from '../api/client.ts';
import { type Translate, useT } from '../i18n/i18n.ts';
import { Button } from '../ui/button.tsx';
import { ErrorSummary, type FormError } from '../ui/error-summary.tsx';
import { focusElement } from '../ui/focus.ts';
import { type RadioOption, Radios } from '../ui/radios.tsx';
import { TextArea } from '../ui/textarea.tsx';
import { addYourView as m } from './add-your-view.messages.ts';
import type { PortalEntry, PortalReplyKind } from './portal.types.ts';
import { rememberEntry, sendReply } from './reply.api.ts';
import type { ReplyDraft } from './reply-draft.store.ts';

const MAX_LENGTH = 10_000;

const choices = (t: Translate): RadioOption<PortalReplyKind>[] => [
  { value: 'reply', label: t(m.reply), hint: t(m.replyHint) },
  { value: 'correction_request', label: t(m.correction), hint: t(m.correctionHint) },
  { value: 'disagree', label: t(m.disagree), hint: t(m.disagreeHint) },
];

type Problems = { kind?: string; text?: string; form?: string };

function check(draft: ReplyDraft, t: Translate): Problems {
  const problems: Problems = {};
  if (!draft.kind) problems.kind = t(m.chooseKind);
  const text = draft.text.trim();
  if (!text) problems.text = t(draft.kind === 'disagree' ? m.sayWhy : m.writeWords);
  else if (text.length > MAX_LENGTH) problems.text = t(m.tooLong, { max: MAX_LENGTH });
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
  const t = useT();
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
        setProblems({ form: t(m.entryChanged) });
        return;
      }
      const fields = isApiError(error) ? error.fields : {};
      const fromServer: Problems = { kind: fields.kind, text: fields.text };
      const form = isApiError(error) ? t(m.notSentBecause, { message: error.message }) : t(m.notSent);
      setProblems(fromServer.kind || fromServer.text ? fromServer : { form });
    },
  });

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found = check(draft, t);
    setProblems(found);
    if (Object.keys(found).length === 0 && draft.kind) mutation.mutate({ kind: draft.kind, text: draft.text.trim() });
  };

  const summary: FormError[] = [
    ...(problems.form ? [{ message: problems.form }] : []),
    ...(problems.kind ? [{ message: problems.kind, fieldId: ids.kind }] : []),
    ...(problems.text ? [{ message: problems.text, fieldId: ids.text }] : []),
  ];
  return (
    <form
      noValidate
      onSubmit={onSubmit}
      id={formId}
      ref={formRef}
      className="umb-reply-form"
      aria-label={t(m.formName, { entry: entryName })}
    >
      <ErrorSummary errors={summary} />
      <Radios
        name={ids.kind}
        legend={t(m.legend)}
        options={choices(t)}
        value={draft.kind ?? ''}
        onChange={(kind) => onDraftChange({ kind })}
        error={problems.kind}
      />
      <TextArea
        id={ids.text}
        label={t(m.yourWords)}
        labelClass="govuk-label--s"
        hint={draft.kind === 'disagree' ? t(m.sayWhy) : undefined}
        value={draft.text}
        onValueChange={(text) => onDraftChange({ text })}
        error={problems.text}
      />
      <p className="govuk-body-s">{t(m.keptHere)}</p>
      <div className="govuk-button-group">
        <Button busy={mutation.isPending}>{t(m.send)}</Button>
        <button type="button" className="govuk-button govuk-button--secondary" onClick={onClose}>
          {t(m.notNow)}
        </button>
      </div>
    </form>
  );
}
