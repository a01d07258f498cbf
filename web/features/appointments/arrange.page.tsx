// "Arrange a visit or appointment" (issue 17 §1): what kind, what it is for (in words the family understands, checked as you
// type), where, what to bring, 1–5 times, who it is with and who else is coming, with what makes appointments hard for the
// parent in view while choosing the times. One idempotency key per content sent: a retry makes one appointment.
import { useMutation, useQueryClient, useSuspenseQuery } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { type FormEvent, useRef, useState } from 'react';
import type { ProposeAppointmentInput } from '../../../shared/contracts/appointments.ts';
import { APPOINTMENT_KIND_WORDS, ARRANGEABLE_KINDS, type ArrangeableKind } from '../../../shared/domain/appointments.ts';
import { isApiError } from '../../api/client.ts';
import { Button } from '../../ui/button.tsx';
import { ErrorSummary } from '../../ui/error-summary.tsx';
import { TextField } from '../../ui/field.tsx';
import { setFlash } from '../../ui/flash.ts';
import { fieldErrorsFromFailure, toFormErrors } from '../../ui/form-errors.ts';
import { usePageTitle } from '../../ui/page-title.ts';
import { Radios } from '../../ui/radios.tsx';
import { TextArea } from '../../ui/textarea.tsx';
import { fromLocalInputValue } from '../../ui/time.ts';
import { familyQuery } from '../families/families.queries.ts';
import { KeepAsWrittenField, useKeepAsWritten } from '../words/keep-as-written.tsx';
import { WordsCheckHelp } from '../words/words-check.tsx';
import { BarriersSummary } from './appointment-barriers.tsx';
import { fieldIdFor, newRow, optionsFrom, parentOf, rowIds, type TimeRow } from './appointment-logic.ts';
import { appointmentsQuery, proposeAppointment } from './appointments.api.ts';
import { TimesFields } from './times-fields.tsx';
import { WhoFields } from './who-fields.tsx';

const PREFIX = 'arrange';
const NAMED = { kind: 'kind', purpose: 'purpose', place: 'place', whatToBring: 'whatToBring', withPersonIds: 'with', staffIds: 'staff' };

export function ArrangePage({ familyId }: { familyId: string }) {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const { data: family } = useSuspenseQuery(familyQuery(familyId));
  const { data } = useSuspenseQuery(appointmentsQuery(familyId));
  const parent = parentOf(data);
  const [kind, setKind] = useState<ArrangeableKind | ''>('home_visit');
  const [purpose, setPurpose] = useState('');
  const [place, setPlace] = useState('');
  const [whatToBring, setWhatToBring] = useState('');
  const [rows, setRows] = useState<TimeRow[]>(() => [newRow()]);
  const [withPeople, setWithPeople] = useState<string[]>(() => data.people.filter((p) => p.parent).map((p) => p.personId));
  const [staff, setStaff] = useState<string[]>([]);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const sent = useRef<{ body: string; key: string } | null>(null);
  const texts = [purpose, place, whatToBring];
  const words = useKeepAsWritten({
    id: PREFIX,
    texts,
    ids: { purpose: 'purpose', place: 'place', whatToBring: 'whatToBring' },
    fallbackId: 'purpose',
  });
  usePageTitle('Arrange a visit or appointment', Object.keys(errors).length > 0 || words.hasErrors);

  const mutation = useMutation({
    mutationFn: (body: ProposeAppointmentInput) => {
      const text = JSON.stringify(body);
      if (sent.current?.body !== text) sent.current = { body: text, key: crypto.randomUUID() };
      return proposeAppointment(familyId, body, sent.current.key);
    },
    onSuccess: async () => {
      sent.current = null;
      words.reset();
      await queryClient.invalidateQueries({ queryKey: appointmentsQuery(familyId).queryKey });
      setFlash(`The times were sent to ${parent}.`);
      await navigate({ to: '/families/$familyId/appointments', params: { familyId } });
    },
    onError: (error) => {
      if (isApiError(error) && error.status === 401) return;
      if (words.refused(error)) return setErrors({});
      // The same reference with other words: nothing was saved; the next send gets its own.
      if (isApiError(error) && error.code === 'idempotency_key_reused') sent.current = null;
      const fields = fieldErrorsFromFailure(error, 'purpose');
      setErrors(Object.fromEntries(Object.entries(fields).map(([k, v]) => [fieldIdFor(k, PREFIX, NAMED), v])));
    },
  });

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const problems: Record<string, string> = {};
    if (!kind) problems.kind = 'Choose a visit at home, an appointment or a call';
    if (!purpose.trim()) problems.purpose = 'Say what it is for, in words the family will understand';
    const { options, errors: timeErrors } = optionsFrom(rows, PREFIX, fromLocalInputValue);
    Object.assign(problems, timeErrors);
    setErrors(problems);
    const reasonGiven = words.prepare();
    if (Object.keys(problems).length > 0 || !reasonGiven || !kind) return;
    mutation.mutate({
      kind,
      purpose: purpose.trim(),
      place: place.trim() || null,
      whatToBring: whatToBring.trim() || null,
      withPersonIds: withPeople,
      staffIds: staff,
      options,
      keepAsWritten: words.body(),
    });
  };

  const order = ['kind', 'purpose', 'place', 'whatToBring', ...rows.flatMap((_, i) => Object.values(rowIds(PREFIX, i))), 'with', 'staff'];
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds-from-desktop">
        <Link to="/families/$familyId/appointments" params={{ familyId }} className="govuk-back-link">
          Back to visits and appointments
        </Link>
        <ErrorSummary errors={[...words.summary, ...toFormErrors(errors, order)]} />
        <span className="govuk-caption-l">{family.displayName}</span>
        <h1 className="govuk-heading-l">Arrange a visit or appointment</h1>
        <div className="govuk-inset-text">
          <h2 className="govuk-heading-s">What makes appointments hard for {parent}</h2>
          <BarriersSummary arranging={data.arranging} parentName={parent} />
        </div>
        <form noValidate onSubmit={onSubmit}>
          <Radios
            name="kind"
            legend="What kind?"
            small
            value={kind}
            onChange={setKind}
            error={errors.kind}
            options={ARRANGEABLE_KINDS.map((k) => ({ value: k, label: APPOINTMENT_KIND_WORDS[k].label }))}
          />
          <TextArea
            id="purpose"
            label="What is it for?"
            labelClass="govuk-label--s"
            hint={`${parent} reads this. Say it plainly, as you would say it to them.`}
            rows={3}
            value={purpose}
            onValueChange={setPurpose}
            error={errors.purpose ?? words.inline('purpose')}
            extraDescribedBy="arrange-words"
            spellCheck
          />
          <TextField
            id="place"
            label="Where (optional)"
            hint="For a visit at home you can leave this empty. For a call, say who rings whom."
            value={place}
            onValueChange={setPlace}
            error={errors.place ?? words.inline('place')}
          />
          <TextArea
            id="whatToBring"
            label="What to bring (optional)"
            rows={2}
            value={whatToBring}
            onValueChange={setWhatToBring}
            error={errors.whatToBring ?? words.inline('whatToBring')}
          />
          <WordsCheckHelp id="arrange-words" texts={texts} reader={parent} />
          <KeepAsWrittenField control={words} />
          <TimesFields prefix={PREFIX} rows={rows} onChange={setRows} errors={errors} />
          <WhoFields
            people={data.people}
            team={data.team}
            withPeople={withPeople}
            onWithPeople={setWithPeople}
            staff={staff}
            onStaff={setStaff}
            errors={errors}
            withHint={`Usually ${parent}. Add a child only if they are to be there.`}
          />
          <Button busy={mutation.isPending}>Send the times to {parent}</Button>
        </form>
      </div>
    </div>
  );
}
