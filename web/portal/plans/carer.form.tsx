// Who will look after a child if the parent is unwell: the named person, when they were asked and their answer; the parent can change it.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useEffect, useState } from 'react';
import { isApiError } from '../../api/client.ts';
import type { Person } from '../../api/types.ts';
import { useT } from '../../i18n/i18n.ts';
import { Button } from '../../ui/button.tsx';
import { DateInput, type DateParts, datePartsFromIso, isDateEmpty, isoFromDateParts } from '../../ui/date-input.tsx';
import { ErrorSummary } from '../../ui/error-summary.tsx';
import { focusElement } from '../../ui/focus.ts';
import type { FieldErrors } from '../../ui/form-errors.ts';
import { Select } from '../../ui/select.tsx';
import { failureErrors, summaryOf } from '../../ui/server-errors.ts';
import { todayIso } from '../../ui/time.ts';
import { Written } from '../../ui/written.tsx';
import { crisisCarer as m } from './carer.messages.ts';
import { useReportErrors } from './plan-forms.ts';
import { carerSentence, firstName } from './plan-people.ts';
import { type PlanDocument, planDocumentsQuery, rememberDocument, setCarer } from './plans.api.ts';

type CarerProps = {
  familyId: string;
  document: PlanDocument;
  carers: Person[];
  /** Whose being unwell the plan is about, when the reader is the child's other parent; null when it is the reader ("you"). */
  unwellName?: string | null;
  /** The signed-in person, shown as "You" in the list (a parent who lives elsewhere may name himself). */
  myPersonId?: string;
  onErrorsChange: (formId: string, hasErrors: boolean) => void;
};

export function CarerPanel({ familyId, document, carers, unwellName = null, myPersonId, onErrorsChange }: CarerProps) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const [saved, setSaved] = useState(false);
  const savedId = `carer-${document.id}-saved`;
  useEffect(() => {
    if (saved) focusElement(window.document.getElementById(savedId));
  }, [saved, savedId]);
  const child = firstName(document.personName);
  const carer = document.carer;
  const named = Boolean(carer?.personId);
  return (
    <div className="umb-mp-carer">
      <h4 className="govuk-heading-s govuk-!-margin-bottom-2">
        {unwellName ? t(m.headingOther, { child, unwell: unwellName }) : t(m.headingYou, { child })}
      </h4>
      {saved ? (
        <p className="govuk-body govuk-!-font-weight-bold umb-done" role="status" id={savedId}>
          {carer?.name ? t(m.savedNamed, { name: carer.name, child }) : t(m.saved)}
        </p>
      ) : null}
      <p className="govuk-body" data-testid="carer-sentence">
        {carer ? carerSentence(carer) : t(m.nobody)}
      </p>
      {carer?.note ? (
        <p className="govuk-body umb-pre-line">
          {t.rich(m.theirNote, {
            note: (
              <Written lang={carer.noteWrittenIn} as="span" note>
                {carer.note}
              </Written>
            ),
          })}
        </p>
      ) : null}
      {document.can.setCarer ? (
        open || !named ? (
          <CarerForm
            familyId={familyId}
            document={document}
            carers={carers}
            myPersonId={myPersonId}
            onDone={() => {
              setOpen(false);
              setSaved(true);
            }}
            onErrorsChange={onErrorsChange}
          />
        ) : (
          <button
            type="button"
            className="govuk-button govuk-button--secondary"
            onClick={() => {
              setOpen(true);
              setSaved(false);
            }}
          >
            {t(m.change, { child })}
          </button>
        )
      ) : null}
    </div>
  );
}

type FormProps = CarerProps & { onDone: () => void };

function CarerForm({ familyId, document, carers, myPersonId, onDone, onErrorsChange }: FormProps) {
  const t = useT();
  const queryClient = useQueryClient();
  const child = firstName(document.personName);
  const ids = { person: `carer-${document.id}-person`, asked: `carer-${document.id}-asked` };
  const [personId, setPersonId] = useState(document.carer?.personId ?? '');
  const [asked, setAsked] = useState<DateParts>(datePartsFromIso(document.carer?.askedOn));
  const [errors, setErrors] = useState<FieldErrors>({});
  useReportErrors(`carer-${document.id}`, Object.keys(errors).length > 0, onErrorsChange);

  const mutation = useMutation({
    mutationFn: (body: { carerPersonId: string; askedOn: string | null }) =>
      setCarer(familyId, document.id, { version: document.version, ...body }),
    onSuccess: (updated) => {
      rememberDocument(queryClient, familyId, updated);
      setErrors({});
      onDone();
    },
    onError: async (failure) => {
      if (isApiError(failure) && failure.status === 401) return;
      if (isApiError(failure) && failure.status === 409) {
        await queryClient.invalidateQueries({ queryKey: planDocumentsQuery(familyId).queryKey });
        setErrors({ [ids.person]: t(m.conflict) });
        return;
      }
      setErrors(failureErrors(failure, { carerPersonId: ids.person, askedOn: `${ids.asked}-day` }, ids.person));
    },
  });

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const problems: FieldErrors = {};
    const askedOn = isDateEmpty(asked) ? null : isoFromDateParts(asked);
    if (!personId) problems[ids.person] = t(m.errorChoose, { child });
    if (!isDateEmpty(asked) && !askedOn) problems[`${ids.asked}-day`] = t(m.errorDate);
    else if (askedOn && askedOn > todayIso()) problems[`${ids.asked}-day`] = t(m.errorFuture);
    setErrors(problems);
    if (Object.keys(problems).length === 0) mutation.mutate({ carerPersonId: personId, askedOn });
  };

  return (
    <form noValidate onSubmit={onSubmit} className="umb-mp-form">
      <ErrorSummary errors={summaryOf(errors, [ids.person, `${ids.asked}-day`])} />
      <Select
        id={ids.person}
        label={t(m.whoLabel, { child })}
        labelClass="govuk-label--s"
        placeholder={t(m.chooseSomeone)}
        options={carers.map((p) => ({ value: p.id, label: p.id === myPersonId ? t(m.you, { name: p.fullName }) : p.fullName }))}
        value={personId}
        onValueChange={setPersonId}
        error={errors[ids.person]}
      />
      <DateInput
        id={ids.asked}
        legend={t(m.askedLegend)}
        hint={t(m.askedHint)}
        value={asked}
        onChange={setAsked}
        error={errors[`${ids.asked}-day`]}
      />
      <Button busy={mutation.isPending}>{t(m.save, { child })}</Button>
    </form>
  );
}
