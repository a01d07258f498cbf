// What makes appointments hard for the family (issue 17 §1), on the care team's side: the parent's practical barriers from
// the needs pages (read only here) and the record kept for appointments, shown while arranging; and, on the family's visits
// page, that record written with her. Her words are shown as written, in her language; a worker's changed words are checked.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import type { AppointmentBarriers, Arranging, NeedsBarriers } from '../../../shared/contracts/appointments.ts';
import {
  APPOINTMENT_BARRIER_FIELDS,
  APPOINTMENT_BARRIER_WORDS,
  type AppointmentBarrierField,
} from '../../../shared/domain/appointments.ts';
import { BARRIER_FIELD_KEY, BARRIER_FIELDS, BARRIERS } from '../../../shared/domain/needs.ts';
import type { Locale } from '../../../shared/i18n/locales.ts';
import { isApiError } from '../../api/client.ts';
import { Button } from '../../ui/button.tsx';
import { conflictCurrent } from '../../ui/conflict.ts';
import { ErrorSummary } from '../../ui/error-summary.tsx';
import { fieldErrorsFromFailure, toFormErrors } from '../../ui/form-errors.ts';
import { SummaryList } from '../../ui/summary-list.tsx';
import { TextArea } from '../../ui/textarea.tsx';
import { formatDateTime } from '../../ui/time.ts';
import { Written } from '../../ui/written.tsx';
import { KeepAsWrittenField, useKeepAsWritten } from '../words/keep-as-written.tsx';
import { WordsCheckHelp } from '../words/words-check.tsx';
import { appointmentsQuery, saveBarriers, type WorkerAppointments } from './appointments.api.ts';

type Values = Record<AppointmentBarrierField, string>;
const fieldId = (f: AppointmentBarrierField) => `barriers-${f}`;
const said = (b: AppointmentBarriers) => APPOINTMENT_BARRIER_FIELDS.some((f) => b[f]);
/** The needs pages' barriers carry their language once the server sends it; until then English, the stored default. */
const needsLanguage = (nb: NeedsBarriers & { writtenIn?: Locale }): Locale => nb.writtenIn ?? 'en';

function OwnList({ barriers }: { barriers: AppointmentBarriers }) {
  return (
    <SummaryList
      rows={APPOINTMENT_BARRIER_FIELDS.filter((f) => barriers[f]).map((f) => ({
        key: APPOINTMENT_BARRIER_WORDS[f].label,
        value: <Written lang={barriers.writtenIn}>{barriers[f]}</Written>,
      }))}
    />
  );
}

/** Everything said about what makes appointments hard, or a prompt to ask when nothing is. */
export function BarriersSummary({ arranging, parentName }: { arranging: Arranging; parentName: string }) {
  const { needsBarriers, barriers } = arranging;
  if (!needsBarriers && !said(barriers))
    return (
      <p className="govuk-body">
        Nothing is recorded yet. Ask {parentName} about childcare, getting there and the times that suit, and write it down with them on the
        family’s visits and appointments page.
      </p>
    );
  return (
    <>
      {needsBarriers ? (
        <>
          <h3 className="govuk-heading-s">From the needs pages</h3>
          <SummaryList
            rows={BARRIER_FIELDS.filter((f) => needsBarriers[f]).map((f) => ({
              key: BARRIERS[BARRIER_FIELD_KEY[f]].label,
              value: <Written lang={needsLanguage(needsBarriers)}>{needsBarriers[f]}</Written>,
            }))}
          />
        </>
      ) : null}
      {said(barriers) ? (
        <>
          <h3 className="govuk-heading-s">For appointments</h3>
          <OwnList barriers={barriers} />
          {barriers.updatedAt ? <p className="govuk-body-s">Last changed {formatDateTime(barriers.updatedAt)}.</p> : null}
        </>
      ) : null}
    </>
  );
}

/** "Write what makes appointments hard, with {parent}": the record kept here, saved with the words check on what changed. */
export function BarriersEditor({
  familyId,
  barriers,
  parentName,
}: {
  familyId: string;
  barriers: AppointmentBarriers;
  parentName: string;
}) {
  const queryClient = useQueryClient();
  const [values, setValues] = useState<Values>(
    () => Object.fromEntries(APPOINTMENT_BARRIER_FIELDS.map((f) => [f, barriers[f] ?? ''])) as Values,
  );
  const [version, setVersion] = useState(barriers.version);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [theirs, setTheirs] = useState<AppointmentBarriers | null>(null);
  const [saved, setSaved] = useState(false);
  // Only the words this save changes are checked (the server's rule): her own words left as they were are not put to you.
  const changed = APPOINTMENT_BARRIER_FIELDS.filter((f) => values[f].trim() !== (barriers[f] ?? ''));
  const words = useKeepAsWritten({
    id: 'barriers',
    texts: changed.map((f) => values[f]),
    ids: Object.fromEntries(APPOINTMENT_BARRIER_FIELDS.map((f) => [f, fieldId(f)])),
    fallbackId: fieldId('childcare'),
  });

  const put = (b: AppointmentBarriers) =>
    queryClient.setQueryData<WorkerAppointments>(appointmentsQuery(familyId).queryKey, (list) =>
      list ? { ...list, arranging: { ...list.arranging, barriers: b } } : list,
    );

  const mutation = useMutation({
    mutationFn: (body: Parameters<typeof saveBarriers>[1]) => saveBarriers(familyId, body),
    onSuccess: (b) => {
      setTheirs(null);
      setErrors({});
      setVersion(b.version);
      setSaved(true);
      words.reset();
      put(b);
    },
    onError: (error) => {
      if (isApiError(error) && error.status === 401) return;
      if (words.refused(error)) return setErrors({});
      const current = conflictCurrent<AppointmentBarriers>(error);
      if (current) {
        // Someone saved meanwhile (perhaps the parent herself): their words beside yours; saving again is a choice.
        setTheirs(current);
        setVersion(current.version);
        put(current);
        return;
      }
      const fields = fieldErrorsFromFailure(error, fieldId('childcare'));
      setErrors(
        Object.fromEntries(
          Object.entries(fields).map(([k, v]) => [(APPOINTMENT_BARRIER_FIELDS as readonly string[]).includes(k) ? `barriers-${k}` : k, v]),
        ),
      );
    },
  });

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSaved(false);
    if (!words.prepare()) return;
    const body = Object.fromEntries(APPOINTMENT_BARRIER_FIELDS.map((f) => [f, values[f].trim() || null])) as Record<
      AppointmentBarrierField,
      string | null
    >;
    mutation.mutate({ ...body, version, keepAsWritten: words.body() });
  };

  return (
    <details className="govuk-details">
      <summary className="govuk-details__summary">
        <span className="govuk-details__summary-text">Write what makes appointments hard, with {parentName}</span>
      </summary>
      <div className="govuk-details__text">
        <form noValidate onSubmit={onSubmit}>
          <ErrorSummary errors={[...words.summary, ...toFormErrors(errors, APPOINTMENT_BARRIER_FIELDS.map(fieldId))]} />
          {saved ? (
            <div className="govuk-inset-text" role="status">
              Saved. {parentName} sees this on their calendar and can change it.
            </div>
          ) : null}
          {theirs ? (
            <div className="govuk-inset-text" role="alert">
              <p className="govuk-body govuk-!-font-weight-bold">
                Someone else changed this while you were writing. It now says the following. Your words are still in the boxes: save again
                to keep yours.
              </p>
              {said(theirs) ? <OwnList barriers={theirs} /> : <p className="govuk-body">Nothing.</p>}
            </div>
          ) : null}
          <p className="govuk-body">Write it in {parentName}’s words, with them. They read it and can change it on their calendar.</p>
          {APPOINTMENT_BARRIER_FIELDS.map((f) => (
            <TextArea
              key={f}
              id={fieldId(f)}
              label={APPOINTMENT_BARRIER_WORDS[f].label}
              hint={APPOINTMENT_BARRIER_WORDS[f].hint}
              rows={2}
              value={values[f]}
              onValueChange={(value) => setValues((v) => ({ ...v, [f]: value }))}
              error={errors[fieldId(f)] ?? words.inline(fieldId(f))}
              extraDescribedBy="barriers-words"
            />
          ))}
          <WordsCheckHelp id="barriers-words" texts={changed.map((f) => values[f])} reader={parentName} />
          <KeepAsWrittenField control={words} />
          <Button busy={mutation.isPending} secondary>
            Save
          </Button>
        </form>
      </div>
    </details>
  );
}
