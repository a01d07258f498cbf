// The parent's answers to a visit or appointment (issue 17 §1), each a short form on her phone: choose one of the times offered
// or "None of these work for me" and suggest another (a day, a time, a note if she likes); ask for a different time later;
// cancel with a reason, which the worker reads. Her words keep what she typed through any failure.
import { type FormEvent, type ReactElement, useState } from 'react';
import type { FamilyAppointment } from '../../../shared/contracts/appointments.ts';
import { type Translate, useT } from '../../i18n/i18n.ts';
import { Button } from '../../ui/button.tsx';
import { DateInput, type DateParts, emptyDate, isoFromDateParts } from '../../ui/date-input.tsx';
import { ErrorSummary } from '../../ui/error-summary.tsx';
import { TextField } from '../../ui/field.tsx';
import { toFormErrors } from '../../ui/form-errors.ts';
import { INTL_LOCALE } from '../../ui/format.ts';
import { Radios } from '../../ui/radios.tsx';
import { TextArea } from '../../ui/textarea.tsx';
import { formatTime } from '../portal-format.ts';
import { type ChangeProblem, useAppointmentChange } from './appointment-change.ts';
import { cancelAppointment, chooseTime, suggestTime } from './calendar.api.ts';
import { calendarPage as p } from './calendar.messages.ts';
import { calendarForms as m } from './calendar-forms.messages.ts';
import { choosableTimes, dayInWords, parseClock, ukMoment } from './calendar-logic.ts';

const NOTE_MAX = 500;
const REASON_MAX = 1000;

type Props = {
  appointment: FamilyAppointment;
  /** The worker she answers, as an element marked with its language (a name inside her sentence). */
  worker: ReactElement | string;
  /** What she did, for the card to thank her in its own words. */
  onDone: (what: Done) => void;
};

export type Done = 'chosen' | 'suggested' | 'cancelled';

/** "Thursday 12 March 2026, 10:30am to 11:30am" in the page's language. */
export function timeRange(t: Translate, startsAt: string, endsAt: string): string {
  return t(p.timeRange, { day: dayInWords(startsAt, INTL_LOCALE[t.locale]), start: formatTime(startsAt), end: formatTime(endsAt) });
}

type Suggestion = { day: DateParts; time: string; note: string };
const emptySuggestion: Suggestion = { day: emptyDate, time: '', note: '' };

const ids = (prefix: string) => ({ day: `${prefix}-day`, dayBox: `${prefix}-day-day`, time: `${prefix}-time`, note: `${prefix}-note` });

/** Her suggestion as the server takes it, or what to put right (in her language). */
function checkSuggestion(t: Translate, prefix: string, s: Suggestion, now = new Date()) {
  const id = ids(prefix);
  const errors: Record<string, string> = {};
  const day = isoFromDateParts(s.day);
  const clock = parseClock(s.time);
  if (!day) errors[id.dayBox] = t(m.enterDay);
  if (!clock) errors[id.time] = t(m.enterTime);
  const startsAt = day && clock ? ukMoment(day, clock) : null;
  if (startsAt && Date.parse(startsAt) <= now.getTime()) errors[id.time] = t(m.timeToCome);
  if (s.note.trim().length > NOTE_MAX) errors[id.note] = t(m.noteTooLong);
  return { errors, startsAt: Object.keys(errors).length === 0 ? startsAt : null };
}

/** The server's field names, worded in her language on the fields that show them (its own messages are English). */
function serverFields(t: Translate, prefix: string, problem: ChangeProblem | null, choiceId?: string): Record<string, string> {
  if (!problem) return {};
  const id = ids(prefix);
  const out: Record<string, string> = {};
  for (const field of Object.keys(problem.fields)) {
    if (field === 'optionId' && choiceId) out[choiceId] = t(m.chooseATime);
    else if (field === 'startsAt' || field === 'endsAt') out[id.time] = t(m.timeToCome);
    else if (field === 'note') out[id.note] = t(m.noteTooLong);
    else if (field === 'reason') out[`${prefix}-reason`] = t(m.sayWhy);
    else out[`${prefix}-form`] = t(p.couldNotSend);
  }
  return out;
}

function Notice({ problem }: { problem: ChangeProblem | null }) {
  if (!problem?.notice) return null;
  return (
    <div className="govuk-inset-text umb-cal-notice" role="alert">
      {problem.notice}
    </div>
  );
}

function SuggestFields({
  prefix,
  value,
  onChange,
  errors,
}: {
  prefix: string;
  value: Suggestion;
  onChange: (s: Suggestion) => void;
  errors: Record<string, string>;
}) {
  const t = useT();
  const id = ids(prefix);
  return (
    <>
      <DateInput
        id={id.day}
        legend={t(m.whichDay)}
        hint={t(m.dayHint)}
        value={value.day}
        onChange={(day) => onChange({ ...value, day })}
        error={errors[id.dayBox]}
      />
      <TextField
        id={id.time}
        label={t(m.whatTime)}
        hint={t(m.timeHint)}
        widthClass="govuk-input--width-5"
        autoComplete="off"
        value={value.time}
        onValueChange={(time) => onChange({ ...value, time })}
        error={errors[id.time]}
      />
      <TextArea
        id={id.note}
        label={t(m.note)}
        hint={t(m.noteHint)}
        rows={3}
        value={value.note}
        onValueChange={(note) => onChange({ ...value, note })}
        error={errors[id.note]}
      />
    </>
  );
}

type Answer = { optionId: string } | { startsAt: string; note: string | null };

/** "Which time suits you?": the times offered as radios, and "None of these work for me" opens a suggestion. */
export function ChooseForm({ appointment, onDone }: Props) {
  const t = useT();
  const prefix = `appt-${appointment.id}`;
  const choiceId = `${prefix}-choice`;
  const [choice, setChoice] = useState('');
  const [suggestion, setSuggestion] = useState<Suggestion>(emptySuggestion);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const { mutation, problem } = useAppointmentChange(
    (body: Answer) =>
      'optionId' in body
        ? chooseTime(appointment.id, { optionId: body.optionId, version: appointment.version })
        : suggestTime(appointment.id, { startsAt: body.startsAt, note: body.note, version: appointment.version }),
    (answer) => {
      const chosen = answer.status === 'agreed';
      if (!chosen) setSuggestion(emptySuggestion);
      onDone(chosen ? 'chosen' : 'suggested');
    },
  );
  const times = choosableTimes(appointment);
  const shown = { ...serverFields(t, prefix, problem, choiceId), ...errors };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!choice) return setErrors({ [choiceId]: t(m.chooseATime) });
    if (choice !== 'none') {
      setErrors({});
      return mutation.mutate({ optionId: choice });
    }
    const checked = checkSuggestion(t, prefix, suggestion);
    setErrors(checked.errors);
    if (checked.startsAt) mutation.mutate({ startsAt: checked.startsAt, note: suggestion.note.trim() || null });
  };

  return (
    <form noValidate onSubmit={onSubmit} className="umb-no-print umb-cal-form">
      <ErrorSummary errors={toFormErrors(shown, [choiceId, ids(prefix).dayBox, ids(prefix).time, ids(prefix).note])} />
      <Notice problem={problem} />
      <Radios
        name={choiceId}
        legend={t(m.whichTime)}
        legendClass="govuk-fieldset__legend--s"
        value={choice}
        onChange={setChoice}
        error={shown[choiceId]}
        options={[
          ...times.map((time) => ({ value: time.id, label: timeRange(t, time.startsAt, time.endsAt) })),
          {
            value: 'none',
            label: t(m.noneWork),
            conditional: <SuggestFields prefix={prefix} value={suggestion} onChange={setSuggestion} errors={shown} />,
          },
        ]}
      />
      <Button busy={mutation.isPending}>{t(m.sendAnswer)}</Button>
    </form>
  );
}

/** "Ask for a different time": a day, a time and a note, while it is agreed or waits for the worker. */
export function SuggestForm({ appointment, onDone }: Props) {
  const t = useT();
  const prefix = `appt-${appointment.id}-other`;
  const [suggestion, setSuggestion] = useState<Suggestion>(emptySuggestion);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const { mutation, problem } = useAppointmentChange(
    (body: { startsAt: string; note: string | null }) => suggestTime(appointment.id, { ...body, version: appointment.version }),
    () => {
      setSuggestion(emptySuggestion);
      onDone('suggested');
    },
  );
  const shown = { ...serverFields(t, prefix, problem), ...errors };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const checked = checkSuggestion(t, prefix, suggestion);
    setErrors(checked.errors);
    if (checked.startsAt) mutation.mutate({ startsAt: checked.startsAt, note: suggestion.note.trim() || null });
  };

  return (
    <details className="govuk-details umb-no-print">
      <summary className="govuk-details__summary">
        <span className="govuk-details__summary-text">{t(m.askDifferent)}</span>
      </summary>
      <div className="govuk-details__text">
        <form noValidate onSubmit={onSubmit}>
          <ErrorSummary errors={toFormErrors(shown, [ids(prefix).dayBox, ids(prefix).time, ids(prefix).note])} />
          <Notice problem={problem} />
          <SuggestFields prefix={prefix} value={suggestion} onChange={setSuggestion} errors={shown} />
          <Button busy={mutation.isPending} secondary>
            {t(m.sendSuggestion)}
          </Button>
        </form>
      </div>
    </details>
  );
}

/** "Cancel this": why (required), which the worker reads. */
export function CancelForm({ appointment, worker, onDone }: Props) {
  const t = useT();
  const prefix = `appt-${appointment.id}`;
  const reasonId = `${prefix}-reason`;
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const { mutation, problem } = useAppointmentChange(
    (text: string) => cancelAppointment(appointment.id, { reason: text, version: appointment.version }),
    () => {
      setReason('');
      onDone('cancelled');
    },
  );
  const shown = { ...serverFields(t, prefix, problem), ...errors };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const text = reason.trim();
    const problems: Record<string, string> = {};
    if (!text) problems[reasonId] = t(m.sayWhy);
    else if (text.length > REASON_MAX) problems[reasonId] = t(m.reasonTooLong);
    setErrors(problems);
    if (Object.keys(problems).length === 0) mutation.mutate(text);
  };

  return (
    <details className="govuk-details umb-no-print">
      <summary className="govuk-details__summary">
        <span className="govuk-details__summary-text">{t(m.cancelThis)}</span>
      </summary>
      <div className="govuk-details__text">
        <form noValidate onSubmit={onSubmit}>
          <ErrorSummary errors={toFormErrors(shown, [reasonId])} />
          <Notice problem={problem} />
          <TextArea
            id={reasonId}
            label={t(m.whyCancel)}
            hint={t.rich(m.whyCancelHint, { name: worker })}
            rows={3}
            value={reason}
            onValueChange={setReason}
            error={shown[reasonId]}
          />
          <Button busy={mutation.isPending} className="govuk-button--warning">
            {t.rich(m.cancelAndTell, { name: worker })}
          </Button>
        </form>
      </div>
    </details>
  );
}
