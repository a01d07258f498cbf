// What a worker may do with one visit or appointment (issue 17 §1), each a short form: accept the time the parent suggested,
// say it happened, offer new times, cancel with a reason she reads (checked like the team's other words she reads). The list
// takes each answer at once; a 409 shows the appointment as it is now and keeps what was typed.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import type { AppointmentTime } from '../../../shared/contracts/appointments.ts';
import { isApiError } from '../../api/client.ts';
import { Button } from '../../ui/button.tsx';
import { conflictCurrent } from '../../ui/conflict.ts';
import { ErrorSummary } from '../../ui/error-summary.tsx';
import { fieldErrorsFromFailure, toFormErrors } from '../../ui/form-errors.ts';
import { TextArea } from '../../ui/textarea.tsx';
import { fromLocalInputValue } from '../../ui/time.ts';
import { Written } from '../../ui/written.tsx';
import { KeepAsWrittenField, useKeepAsWritten } from '../words/keep-as-written.tsx';
import { WordsCheckHelp } from '../words/words-check.tsx';
import { fieldIdFor, newRow, optionsFrom, rangeInWords, type TimeRow } from './appointment-logic.ts';
import {
  acceptTime,
  appointmentsQuery,
  cancelAppointment,
  offerTimes,
  recordHappened,
  type WorkerAppointment,
  type WorkerAppointments,
  withAppointment,
} from './appointments.api.ts';
import { TimesFields } from './times-fields.tsx';

const CHANGED = 'Someone changed this while you were looking at it. It now shows what they changed: check it, then try again.';

/** One change of one appointment: the list takes the answer at once; a 409 shows it as it is now. */
function useChange<T>(familyId: string, send: (body: T) => Promise<WorkerAppointment>, onDone?: () => void) {
  const queryClient = useQueryClient();
  const [problem, setProblem] = useState<Record<string, string>>({});
  const put = (a: WorkerAppointment) =>
    queryClient.setQueryData<WorkerAppointments>(appointmentsQuery(familyId).queryKey, (list) => (list ? withAppointment(list, a) : list));
  const mutation = useMutation({
    mutationFn: send,
    onSuccess: async (answer) => {
      setProblem({});
      put(answer);
      onDone?.();
      await queryClient.invalidateQueries({ queryKey: appointmentsQuery(familyId).queryKey });
    },
    onError: async (error) => {
      if (isApiError(error) && error.status === 401) return;
      const current = conflictCurrent<WorkerAppointment>(error);
      if (current) {
        put(current);
        setProblem({ '': CHANGED });
        return;
      }
      if (isApiError(error) && error.status === 409)
        await queryClient.invalidateQueries({ queryKey: appointmentsQuery(familyId).queryKey });
      setProblem(
        isApiError(error) && Object.keys(error.fields).length ? error.fields : { '': isApiError(error) ? error.message : CHANGED },
      );
    },
  });
  return { mutation, problem, setProblem };
}

function Problem({ problem }: { problem: Record<string, string> }) {
  return problem[''] ? (
    <div className="govuk-inset-text" role="alert">
      {problem['']}
    </div>
  ) : null;
}

/** The parent's suggested time, with her note as she wrote it, and "Accept this time". */
export function SuggestedTime({
  familyId,
  appointment: a,
  time,
}: {
  familyId: string;
  appointment: WorkerAppointment;
  time: AppointmentTime;
}) {
  const { mutation, problem } = useChange(familyId, () => acceptTime(familyId, a.id, { optionId: time.id, version: a.version }));
  return (
    <div className="govuk-inset-text">
      <p className="govuk-body govuk-!-margin-bottom-2">
        <strong>{time.proposedByName} suggested:</strong> {rangeInWords(time.startsAt, time.endsAt)}
      </p>
      {time.note ? (
        <Written lang={time.writtenIn} className="govuk-body">
          “{time.note}”
        </Written>
      ) : null}
      <Problem problem={problem} />
      {a.allowed.accept ? (
        <Button type="button" busy={mutation.isPending} className="govuk-!-margin-bottom-0" onClick={() => mutation.mutate(undefined)}>
          Accept this time
        </Button>
      ) : null}
    </div>
  );
}

export function HappenedButton({ familyId, appointment: a }: { familyId: string; appointment: WorkerAppointment }) {
  const { mutation, problem } = useChange(familyId, () => recordHappened(familyId, a.id, { version: a.version }));
  return (
    <>
      <Problem problem={problem} />
      <Button type="button" secondary busy={mutation.isPending} onClick={() => mutation.mutate(undefined)}>
        It happened
      </Button>
    </>
  );
}

/** "Offer new times": instead of the parent's suggestion, or when an agreed time has to move. */
export function OfferForm({ familyId, appointment: a }: { familyId: string; appointment: WorkerAppointment }) {
  const prefix = `offer-${a.id}`;
  const [rows, setRows] = useState<TimeRow[]>(() => [newRow()]);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const { mutation, problem } = useChange(
    familyId,
    (options: ReturnType<typeof optionsFrom>['options']) => offerTimes(familyId, a.id, { options, version: a.version }),
    () => setRows([newRow()]),
  );
  const server = Object.fromEntries(
    Object.entries(problem)
      .filter(([k]) => k !== '')
      .map(([k, v]) => [fieldIdFor(k, prefix), v]),
  );
  const shown = { ...server, ...errors };
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const { options, errors: found } = optionsFrom(rows, prefix, fromLocalInputValue);
    setErrors(found);
    if (options.length) mutation.mutate(options);
  };
  return (
    <details className="govuk-details">
      <summary className="govuk-details__summary">
        <span className="govuk-details__summary-text">Offer new times</span>
      </summary>
      <div className="govuk-details__text">
        <form noValidate onSubmit={onSubmit}>
          <ErrorSummary errors={toFormErrors(shown, Object.keys(shown))} />
          <Problem problem={problem} />
          <TimesFields prefix={prefix} rows={rows} onChange={setRows} errors={shown} legend="New times to offer" />
          <Button busy={mutation.isPending}>Send the new times</Button>
        </form>
      </div>
    </details>
  );
}

/** "Cancel": with a reason the parent reads, checked like the team's other words she reads. */
export function CancelForm({ familyId, appointment: a, parent }: { familyId: string; appointment: WorkerAppointment; parent: string }) {
  const reasonId = `cancel-${a.id}-reason`;
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const words = useKeepAsWritten({ id: `cancel-${a.id}`, texts: [reason], ids: { reason: reasonId }, fallbackId: reasonId });
  const queryClient = useQueryClient();
  const mutation = useMutation({
    mutationFn: (text: string) => cancelAppointment(familyId, a.id, { reason: text, version: a.version, keepAsWritten: words.body() }),
    onSuccess: async (answer) => {
      setErrors({});
      setReason('');
      words.reset();
      queryClient.setQueryData<WorkerAppointments>(appointmentsQuery(familyId).queryKey, (list) =>
        list ? withAppointment(list, answer) : list,
      );
      await queryClient.invalidateQueries({ queryKey: appointmentsQuery(familyId).queryKey });
    },
    onError: (error) => {
      if (isApiError(error) && error.status === 401) return;
      if (words.refused(error)) return setErrors({});
      const current = conflictCurrent<WorkerAppointment>(error);
      if (current) {
        queryClient.setQueryData<WorkerAppointments>(appointmentsQuery(familyId).queryKey, (list) =>
          list ? withAppointment(list, current) : list,
        );
        return setErrors({ [reasonId]: CHANGED });
      }
      setErrors(
        Object.fromEntries(Object.entries(fieldErrorsFromFailure(error, reasonId)).map(([k, v]) => [k === 'reason' ? reasonId : k, v])),
      );
    },
  });
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const text = reason.trim();
    const problems: Record<string, string> = text ? {} : { [reasonId]: `Say why, so ${parent} knows` };
    setErrors(problems);
    if (!words.prepare() || !text) return;
    mutation.mutate(text);
  };
  return (
    <details className="govuk-details">
      <summary className="govuk-details__summary">
        <span className="govuk-details__summary-text">Cancel it</span>
      </summary>
      <div className="govuk-details__text">
        <form noValidate onSubmit={onSubmit}>
          <ErrorSummary errors={[...words.summary, ...toFormErrors(errors, [reasonId])]} />
          <TextArea
            id={reasonId}
            label="Why is it cancelled?"
            hint={`${parent} reads this and is told at once.`}
            rows={3}
            value={reason}
            onValueChange={setReason}
            error={errors[reasonId] ?? words.inline(reasonId)}
            extraDescribedBy={`${reasonId}-words`}
          />
          <WordsCheckHelp id={`${reasonId}-words`} texts={[reason]} reader={parent} />
          <KeepAsWrittenField control={words} />
          <Button busy={mutation.isPending} className="govuk-button--warning">
            Cancel and tell {parent}
          </Button>
        </form>
      </div>
    </details>
  );
}
