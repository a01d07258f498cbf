// "Your view" beside a worry: the parent's own words and whether they agree, partly agree or do not agree; a 409 shows the other save and keeps hers.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useEffect, useState } from 'react';
import { FAMILY_AGREES, FAMILY_AGREES_KEYS, type FamilyAgrees } from '../../../shared/domain/plans.ts';
import { isApiError } from '../../api/client.ts';
import { Button } from '../../ui/button.tsx';
import { conflictCurrent } from '../../ui/conflict.ts';
import { ErrorSummary } from '../../ui/error-summary.tsx';
import type { FieldErrors } from '../../ui/form-errors.ts';
import { formatDate } from '../../ui/format.ts';
import { type RadioOption, Radios } from '../../ui/radios.tsx';
import { failureErrors, summaryOf } from '../../ui/server-errors.ts';
import { TextArea } from '../../ui/textarea.tsx';
import { ConflictNote } from './conflict-note.view.tsx';
import { useReportErrors } from './plan-forms.ts';
import { addItem, editItem, type ItemOf, type PlanItem, refreshPlans, rememberItem } from './plans.api.ts';

/** The parent answers in the first person; the plan shows the same choice as FAMILY_AGREES words. */
const CHOICE_WORDS = {
  agrees: 'Yes, I agree with this worry',
  partly: 'I partly agree',
  disagrees: 'No, I do not agree',
} as const satisfies Record<FamilyAgrees, string>;
const CHOICES: RadioOption<FamilyAgrees>[] = FAMILY_AGREES_KEYS.map((value) => ({ value, label: CHOICE_WORDS[value] }));

type FamilyViewProps = {
  familyId: string;
  worryId: string;
  worryName: string;
  view: ItemOf<'family_view'> | null;
  canWrite: boolean;
  onErrorsChange: (formId: string, hasErrors: boolean) => void;
};

export function FamilyView({ familyId, worryId, worryName, view, canWrite, onErrorsChange }: FamilyViewProps) {
  const [open, setOpen] = useState(false);
  const showForm = canWrite && (open || !view);
  return (
    <div className="umb-mp-view">
      <h4 className="govuk-heading-s govuk-!-margin-bottom-2">{canWrite ? 'Your view' : 'The family’s view'}</h4>
      {view && !open ? (
        <>
          <p className="govuk-body govuk-!-font-weight-bold govuk-!-margin-bottom-1">{FAMILY_AGREES[view.content.agrees]}</p>
          <p className="govuk-body umb-pre-line umb-mp-own-words govuk-!-margin-bottom-1">{view.content.view}</p>
          <p className="govuk-body-s umb-muted">
            Written by {view.updatedBy} on {formatDate(view.updatedAt)}
          </p>
        </>
      ) : null}
      {!view && !canWrite ? <p className="govuk-body">The family has not given their view yet.</p> : null}
      {showForm ? (
        <FamilyViewForm
          familyId={familyId}
          worryId={worryId}
          worryName={worryName}
          view={view}
          onDone={() => {
            setOpen(false);
            requestAnimationFrame(() => document.getElementById(`view-${worryId}-change`)?.focus());
          }}
          onErrorsChange={onErrorsChange}
        />
      ) : canWrite ? (
        <button type="button" id={`view-${worryId}-change`} className="govuk-button govuk-button--secondary" onClick={() => setOpen(true)}>
          Change your view<span className="govuk-visually-hidden"> of {worryName}</span>
        </button>
      ) : null}
    </div>
  );
}

type FormProps = Omit<FamilyViewProps, 'canWrite'> & { onDone: () => void };

function FamilyViewForm({ familyId, worryId, worryName, view, onDone, onErrorsChange }: FormProps) {
  const queryClient = useQueryClient();
  const formId = `view-${worryId}`;
  const ids = { agrees: `${formId}-agrees`, text: `${formId}-text` };
  const [agrees, setAgrees] = useState<FamilyAgrees | ''>(view?.content.agrees ?? '');
  const [text, setText] = useState(view?.content.view ?? '');
  const [version, setVersion] = useState(view?.version ?? 0);
  const [theirs, setTheirs] = useState<ItemOf<'family_view'> | null>(null);
  const [errors, setErrors] = useState<FieldErrors>({});
  useReportErrors(formId, Object.keys(errors).length > 0, onErrorsChange);
  // Opened with "Change your view": start at the question.
  const opened = view !== null;
  useEffect(() => {
    if (opened) document.querySelector<HTMLInputElement>(`input[name="${ids.agrees}"]:checked`)?.focus();
  }, [opened, ids.agrees]);

  const mutation = useMutation({
    mutationFn({ content }: { content: { view: string; agrees: FamilyAgrees } }): Promise<PlanItem> {
      return view && version > 0
        ? editItem(familyId, view.id, { version, content })
        : addItem(familyId, { kind: 'family_view', worryId, content });
    },
    onSuccess: (item) => {
      rememberItem(queryClient, familyId, item);
      setErrors({});
      setTheirs(null);
      onDone();
      void refreshPlans(queryClient, familyId);
    },
    onError: (failure) => {
      if (isApiError(failure) && failure.status === 401) return;
      const current = conflictCurrent<PlanItem>(failure);
      if (current && current.kind === 'family_view') {
        setTheirs(current);
        setVersion(current.version);
        rememberItem(queryClient, familyId, current);
        setErrors({});
        return;
      }
      setErrors(
        failureErrors(failure, { 'content.view': ids.text, 'content.agrees': ids.agrees, content: ids.text, worryId: ids.text }, ids.text),
      );
    },
  });

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const problems: FieldErrors = {};
    if (!agrees) problems[ids.agrees] = 'Choose whether you agree with this worry';
    if (!text.trim()) problems[ids.text] = 'Write your view in your own words';
    setErrors(problems);
    if (agrees && text.trim()) mutation.mutate({ content: { view: text.trim(), agrees } });
  };

  return (
    <form noValidate onSubmit={onSubmit} className="umb-mp-form" aria-label={`Your view of ${worryName}`}>
      <ErrorSummary errors={summaryOf(errors, [ids.agrees, ids.text])} />
      {theirs ? (
        <ConflictNote
          who={theirs.updatedBy}
          at={theirs.updatedAt}
          text={`${FAMILY_AGREES[theirs.content.agrees]}. ${theirs.content.view}`}
        />
      ) : null}
      <Radios
        name={ids.agrees}
        legend="Do you agree with this worry?"
        options={CHOICES}
        value={agrees}
        onChange={setAgrees}
        error={errors[ids.agrees]}
        small
      />
      <TextArea
        id={ids.text}
        label="Your view, in your own words"
        labelClass="govuk-label--s"
        hint="What you think about this worry. Your words are kept beside it, exactly as you write them."
        rows={4}
        value={text}
        onValueChange={setText}
        error={errors[ids.text]}
      />
      <div className="govuk-button-group">
        <Button busy={mutation.isPending}>Save your view</Button>
        {view ? (
          <button type="button" className="govuk-button govuk-button--secondary" onClick={onDone}>
            Cancel
          </button>
        ) : null}
      </div>
    </form>
  );
}
