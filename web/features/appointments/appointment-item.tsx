// One visit or appointment on the care team's list (issue 17 §1): what it is, when or the times offered, where it stands,
// what it is for, where, what to bring, who is coming and with whom, why it was not arranged first or why it was cancelled,
// the parent's suggested time with her note, and what this worker may do now: accept her time, offer new times, cancel with
// a reason, say it happened, and "Record a visit or contact" with the people and time filled in.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import type { AppointmentTime, AppointmentWorker } from '../../../shared/contracts/appointments.ts';
import { APPOINTMENT_KIND_WORDS, APPOINTMENT_STATUS_WORDS } from '../../../shared/domain/appointments.ts';
import { CARE_TEAM_ROLES } from '../../../shared/domain/care-team-roles.ts';
import { isApiError } from '../../api/client.ts';
import { Button } from '../../ui/button.tsx';
import { conflictCurrent } from '../../ui/conflict.ts';
import { ErrorSummary } from '../../ui/error-summary.tsx';
import { fieldErrorsFromFailure, toFormErrors } from '../../ui/form-errors.ts';
import { LinkButton } from '../../ui/link-button.tsx';
import { SummaryList, type SummaryRow } from '../../ui/summary-list.tsx';
import { Tag, type TagColour } from '../../ui/tag.tsx';
import { TextArea } from '../../ui/textarea.tsx';
import { fromLocalInputValue } from '../../ui/time.ts';
import { PROFESSIONALS_WRITE_IN, Written } from '../../ui/written.tsx';
import { KeepAsWrittenField, useKeepAsWritten } from '../words/keep-as-written.tsx';
import { KeptNote } from '../words/kept-note.tsx';
import { WordsCheckHelp } from '../words/words-check.tsx';
import { fieldIdFor, newRow, optionsFrom, rangeInWords, recordVisitSearch, type TimeRow } from './appointment-logic.ts';
import {
  acceptTime,
  appointmentFile,
  appointmentsQuery,
  cancelAppointment,
  offerTimes,
  recordHappened,
  type WorkerAppointment,
  type WorkerAppointments,
  withAppointment,
} from './appointments.api.ts';
import { TimesFields } from './times-fields.tsx';

const STATUS_COLOUR: Record<WorkerAppointment['status'], TagColour> = {
  proposed: 'yellow',
  agreed: 'green',
  happened: 'grey',
  cancelled: 'red',
};

const CHANGED = 'Someone changed this while you were looking at it. It now shows what they changed: check it, then try again.';

const workerWords = (w: AppointmentWorker) =>
  [w.name, w.roleKey ? CARE_TEAM_ROLES[w.roleKey].label : null, w.organisation].filter(Boolean).join(', ');

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

export function AppointmentItem({
  familyId,
  appointment: a,
  parent,
}: {
  familyId: string;
  appointment: WorkerAppointment;
  parent: string;
}) {
  const headingId = `appointment-${a.id}`;
  const open = a.times.filter((t) => t.status === 'open');
  const suggested = open.filter((t) => t.proposedBy === 'family');
  const offered = open.filter((t) => t.proposedBy === 'worker');

  const rows: SummaryRow[] = [];
  if (a.startsAt) rows.push({ key: a.unannounced ? 'When it happened' : 'When', value: rangeInWords(a.startsAt, a.endsAt) });
  if (!a.startsAt && offered.length)
    rows.push({
      key: 'Times offered',
      value: (
        <ul className="govuk-list">
          {offered.map((t) => (
            <li key={t.id}>{rangeInWords(t.startsAt, t.endsAt)}</li>
          ))}
        </ul>
      ),
    });
  if (a.purpose) rows.push({ key: 'What it is for', value: <Written lang={PROFESSIONALS_WRITE_IN}>{a.purpose}</Written> });
  if (a.unannouncedReason)
    rows.push({ key: 'Why it was not arranged first', value: <Written lang={PROFESSIONALS_WRITE_IN}>{a.unannouncedReason}</Written> });
  if (a.place) rows.push({ key: 'Where', value: <Written lang={PROFESSIONALS_WRITE_IN}>{a.place}</Written> });
  if (a.whatToBring) rows.push({ key: 'What to bring', value: <Written lang={PROFESSIONALS_WRITE_IN}>{a.whatToBring}</Written> });
  rows.push({
    key: 'Workers',
    value: (
      <ul className="govuk-list">
        {a.workers.map((w) => (
          <li key={w.staffId}>
            {workerWords(w)}
            {w.arranged ? ' (arranged it)' : ''}
          </li>
        ))}
      </ul>
    ),
  });
  if (a.withPeople.length) rows.push({ key: 'With', value: a.withPeople.map((p) => p.name).join(', ') });
  if (a.cancelled)
    rows.push({
      key: `Cancelled by ${a.cancelled.name}`,
      value: <Written lang={a.cancelled.writtenIn}>{a.cancelled.reason}</Written>,
    });

  return (
    <article className="umb-appointment" aria-labelledby={headingId}>
      <h3 className="govuk-heading-s govuk-!-margin-bottom-2" id={headingId}>
        {APPOINTMENT_KIND_WORDS[a.kind].label}
        {a.startsAt ? <span className="govuk-caption-s">{rangeInWords(a.startsAt, a.endsAt)}</span> : null}
      </h3>
      <p className="govuk-body">
        <Tag colour={STATUS_COLOUR[a.status]}>{APPOINTMENT_STATUS_WORDS[a.status]}</Tag>
        {a.unannounced ? (
          <>
            {' '}
            <Tag colour="orange">Unannounced</Tag>
          </>
        ) : null}
      </p>
      {a.waitingFor === 'family' ? <p className="govuk-body">Waiting for {parent} to choose a time.</p> : null}
      {a.waitingFor === 'worker' ? <p className="govuk-body">{suggested[0]?.proposedByName ?? parent} suggested another time.</p> : null}
      <SummaryList rows={rows} />
      {a.keptAsWritten.map((k) => (
        <KeptNote key={`${k.version}-${k.at}`} kept={k} />
      ))}
      {suggested.map((t) => (
        <SuggestedTime key={t.id} familyId={familyId} appointment={a} time={t} />
      ))}
      <div className="umb-appointment__actions">
        {a.recordVisit ? (
          <LinkButton to="/families/$familyId/record" params={{ familyId }} search={recordVisitSearch(a.recordVisit)}>
            Record a visit or contact
          </LinkButton>
        ) : null}
        {a.allowed.recordHappened ? <HappenedButton familyId={familyId} appointment={a} /> : null}
      </div>
      {a.allowed.offer ? <OfferForm familyId={familyId} appointment={a} /> : null}
      {a.allowed.cancel ? <CancelForm familyId={familyId} appointment={a} parent={parent} /> : null}
      {a.startsAt && a.status === 'agreed' ? (
        <p className="govuk-body-s">
          <a className="govuk-link" href={appointmentFile(familyId, a.id)} download>
            Add this to my calendar
          </a>
        </p>
      ) : null}
    </article>
  );
}

function Problem({ problem }: { problem: Record<string, string> }) {
  return problem[''] ? (
    <div className="govuk-inset-text" role="alert">
      {problem['']}
    </div>
  ) : null;
}

/** The parent's suggested time, with her note as she wrote it, and "Accept this time". */
function SuggestedTime({ familyId, appointment: a, time }: { familyId: string; appointment: WorkerAppointment; time: AppointmentTime }) {
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

function HappenedButton({ familyId, appointment: a }: { familyId: string; appointment: WorkerAppointment }) {
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
function OfferForm({ familyId, appointment: a }: { familyId: string; appointment: WorkerAppointment }) {
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
function CancelForm({ familyId, appointment: a, parent }: { familyId: string; appointment: WorkerAppointment; parent: string }) {
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
