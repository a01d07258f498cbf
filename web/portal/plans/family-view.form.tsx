// "Your view" beside a worry: the parent's own words and whether they agree, partly agree or do not agree; a 409 shows the other save and keeps hers.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useEffect, useState } from 'react';
import { FAMILY_AGREES_KEYS, type FamilyAgrees } from '../../../shared/domain/plans.ts';
import type { Message } from '../../../shared/i18n/messages.ts';
import { isApiError } from '../../api/client.ts';
import { useT } from '../../i18n/i18n.ts';
import { Button } from '../../ui/button.tsx';
import { conflictCurrent } from '../../ui/conflict.ts';
import { ErrorSummary } from '../../ui/error-summary.tsx';
import type { FieldErrors } from '../../ui/form-errors.ts';
import { formatDate } from '../../ui/format.ts';
import { Radios } from '../../ui/radios.tsx';
import { failureErrors, summaryOf } from '../../ui/server-errors.ts';
import { TextArea } from '../../ui/textarea.tsx';
import { Written } from '../../ui/written.tsx';
import { ConflictNote } from './conflict-note.view.tsx';
import { familyView as m } from './family-view.messages.ts';
import { useReportErrors } from './plan-forms.ts';
import { planWords } from './plan-words.messages.ts';
import { FAMILY_AGREES_WORDS, hidden } from './plan-words.tsx';
import { addItem, editItem, type ItemOf, type PlanItem, refreshPlans, rememberItem } from './plans.api.ts';

/** The parent answers in the first person; the plan shows the same choice as FAMILY_AGREES words. */
const CHOICE_WORDS = {
  agrees: m.choice_agrees,
  partly: m.choice_partly,
  disagrees: m.choice_disagrees,
} as const satisfies Record<FamilyAgrees, Message>;

type FamilyViewProps = {
  familyId: string;
  worryId: string;
  worryName: string;
  view: ItemOf<'family_view'> | null;
  canWrite: boolean;
  onErrorsChange: (formId: string, hasErrors: boolean) => void;
};

export function FamilyView({ familyId, worryId, worryName, view, canWrite, onErrorsChange }: FamilyViewProps) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const showForm = canWrite && (open || !view);
  return (
    <div className="umb-mp-view">
      <h4 className="govuk-heading-s govuk-!-margin-bottom-2">{t(canWrite ? m.yourView : m.familysView)}</h4>
      {view && !open ? (
        <>
          <p className="govuk-body govuk-!-font-weight-bold govuk-!-margin-bottom-1">{t(FAMILY_AGREES_WORDS[view.content.agrees])}</p>
          <Written lang={view.writtenIn} className="govuk-body umb-pre-line umb-mp-own-words govuk-!-margin-bottom-1">
            {view.content.view}
          </Written>
          <p className="govuk-body-s umb-muted">{t(m.writtenBy, { name: view.updatedBy, date: formatDate(view.updatedAt) })}</p>
        </>
      ) : null}
      {!view && !canWrite ? <p className="govuk-body">{t(m.notGivenYet)}</p> : null}
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
          {t.rich(m.change, { hidden, item: worryName })}
        </button>
      ) : null}
    </div>
  );
}

type FormProps = Omit<FamilyViewProps, 'canWrite'> & { onDone: () => void };

function FamilyViewForm({ familyId, worryId, worryName, view, onDone, onErrorsChange }: FormProps) {
  const t = useT();
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
    if (!agrees) problems[ids.agrees] = t(m.chooseAgrees);
    if (!text.trim()) problems[ids.text] = t(m.writeView);
    setErrors(problems);
    if (agrees && text.trim()) mutation.mutate({ content: { view: text.trim(), agrees } });
  };

  return (
    <form noValidate onSubmit={onSubmit} className="umb-mp-form" aria-label={t(m.formLabel, { item: worryName })}>
      <ErrorSummary errors={summaryOf(errors, [ids.agrees, ids.text])} />
      {theirs ? (
        <ConflictNote
          who={theirs.updatedBy}
          at={theirs.updatedAt}
          text={t(m.answerAndView, { answer: t(FAMILY_AGREES_WORDS[theirs.content.agrees]), view: theirs.content.view })}
        />
      ) : null}
      <Radios
        name={ids.agrees}
        legend={t(m.legend)}
        options={FAMILY_AGREES_KEYS.map((value) => ({ value, label: t(CHOICE_WORDS[value]) }))}
        value={agrees}
        onChange={setAgrees}
        error={errors[ids.agrees]}
        small
      />
      <TextArea
        id={ids.text}
        label={t(m.label)}
        labelClass="govuk-label--s"
        hint={t(m.hint)}
        rows={4}
        value={text}
        onValueChange={setText}
        error={errors[ids.text]}
      />
      <div className="govuk-button-group">
        <Button busy={mutation.isPending}>{t(m.save)}</Button>
        {view ? (
          <button type="button" className="govuk-button govuk-button--secondary" onClick={onDone}>
            {t(planWords.cancel)}
          </button>
        ) : null}
      </div>
    </form>
  );
}
