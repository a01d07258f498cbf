// "Record an unannounced visit" (issue 17 §1): a visit that was not arranged with the family first is recorded as such, with
// the reason, which the parent reads on her calendar. Then "Record a visit or contact" opens with its people and time.
import { useMutation, useQueryClient, useSuspenseQuery } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { type FormEvent, useRef, useState } from 'react';
import type { UnannouncedVisitInput } from '../../../shared/contracts/appointments.ts';
import { APPOINTMENT_KIND_WORDS, ARRANGEABLE_KINDS, type ArrangeableKind } from '../../../shared/domain/appointments.ts';
import { CARE_TEAM_ROLES } from '../../../shared/domain/care-team-roles.ts';
import { isApiError } from '../../api/client.ts';
import { Button } from '../../ui/button.tsx';
import { Checkboxes } from '../../ui/checkboxes.tsx';
import { ErrorSummary } from '../../ui/error-summary.tsx';
import { TextField } from '../../ui/field.tsx';
import { setFlash } from '../../ui/flash.ts';
import { fieldErrorsFromFailure, toFormErrors } from '../../ui/form-errors.ts';
import { usePageTitle } from '../../ui/page-title.ts';
import { Radios } from '../../ui/radios.tsx';
import { Select } from '../../ui/select.tsx';
import { TextArea } from '../../ui/textarea.tsx';
import { fromLocalInputValue, toLocalInputValue } from '../../ui/time.ts';
import { familyQuery } from '../families/families.queries.ts';
import { KeepAsWrittenField, useKeepAsWritten } from '../words/keep-as-written.tsx';
import { WordsCheckHelp } from '../words/words-check.tsx';
import { LENGTHS, parentOf } from './appointment-logic.ts';
import { appointmentsQuery, recordUnannounced } from './appointments.api.ts';

const FIELDS = ['kind', 'startsAt', 'length', 'reason', 'purpose', 'place', 'with', 'staff'];
const NAMED: Record<string, string> = { endsAt: 'length', withPersonIds: 'with', staffIds: 'staff' };

export function UnannouncedPage({ familyId }: { familyId: string }) {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const { data: family } = useSuspenseQuery(familyQuery(familyId));
  const { data } = useSuspenseQuery(appointmentsQuery(familyId));
  const parent = parentOf(data);
  const [kind, setKind] = useState<ArrangeableKind | ''>('home_visit');
  const [startsAt, setStartsAt] = useState(() => toLocalInputValue(new Date()));
  const [minutes, setMinutes] = useState('60');
  const [reason, setReason] = useState('');
  const [purpose, setPurpose] = useState('');
  const [place, setPlace] = useState('');
  const [withPeople, setWithPeople] = useState<string[]>(() => data.people.filter((p) => p.parent).map((p) => p.personId));
  const [staff, setStaff] = useState<string[]>([]);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const sent = useRef<{ body: string; key: string } | null>(null);
  const texts = [reason, purpose, place];
  const words = useKeepAsWritten({
    id: 'unannounced',
    texts,
    ids: { reason: 'reason', purpose: 'purpose', place: 'place' },
    fallbackId: 'reason',
  });
  usePageTitle('Record an unannounced visit', Object.keys(errors).length > 0 || words.hasErrors);

  const mutation = useMutation({
    mutationFn: (body: UnannouncedVisitInput) => {
      const text = JSON.stringify(body);
      if (sent.current?.body !== text) sent.current = { body: text, key: crypto.randomUUID() };
      return recordUnannounced(familyId, body, sent.current.key);
    },
    onSuccess: async () => {
      sent.current = null;
      words.reset();
      await queryClient.invalidateQueries({ queryKey: appointmentsQuery(familyId).queryKey });
      setFlash(`The visit is recorded as unannounced. ${parent} sees it on their calendar with your reason.`);
      await navigate({ to: '/families/$familyId/appointments', params: { familyId } });
    },
    onError: (error) => {
      if (isApiError(error) && error.status === 401) return;
      if (words.refused(error)) return setErrors({});
      if (isApiError(error) && error.code === 'idempotency_key_reused') sent.current = null;
      const fields = fieldErrorsFromFailure(error, 'reason');
      setErrors(Object.fromEntries(Object.entries(fields).map(([k, v]) => [NAMED[k] ?? k, v])));
    },
  });

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const problems: Record<string, string> = {};
    const when = fromLocalInputValue(startsAt);
    if (!kind) problems.kind = 'Choose what kind of visit it was';
    if (!when) problems.startsAt = 'Enter the date and time of the visit';
    else if (Date.parse(when) > Date.now()) problems.startsAt = 'This is in the future: enter when the visit happened';
    if (!reason.trim()) problems.reason = `Say why the visit was not arranged with ${parent} first`;
    setErrors(problems);
    const reasonGiven = words.prepare();
    if (Object.keys(problems).length > 0 || !reasonGiven || !kind || !when) return;
    mutation.mutate({
      kind,
      startsAt: when,
      endsAt: new Date(Date.parse(when) + Number(minutes) * 60_000).toISOString(),
      reason: reason.trim(),
      purpose: purpose.trim() || null,
      place: place.trim() || null,
      withPersonIds: withPeople,
      staffIds: staff,
      keepAsWritten: words.body(),
    });
  };

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds-from-desktop">
        <Link to="/families/$familyId/appointments" params={{ familyId }} className="govuk-back-link">
          Back to visits and appointments
        </Link>
        <ErrorSummary errors={[...words.summary, ...toFormErrors(errors, FIELDS)]} />
        <span className="govuk-caption-l">{family.displayName}</span>
        <h1 className="govuk-heading-l">Record an unannounced visit</h1>
        <p className="govuk-body">
          A visit that was not arranged with {parent} first. It is recorded as unannounced, and {parent} sees it on their calendar with your
          reason. Then record what happened as usual.
        </p>
        <form noValidate onSubmit={onSubmit}>
          <Radios
            name="kind"
            legend="What kind of visit was it?"
            small
            value={kind}
            onChange={setKind}
            error={errors.kind}
            options={ARRANGEABLE_KINDS.map((k) => ({ value: k, label: APPOINTMENT_KIND_WORDS[k].label }))}
          />
          <div className={`govuk-form-group${errors.startsAt ? ' govuk-form-group--error' : ''}`}>
            <label className="govuk-label govuk-label--s" htmlFor="startsAt">
              When did it happen?
            </label>
            {errors.startsAt ? (
              <p id="startsAt-error" className="govuk-error-message">
                <span className="govuk-visually-hidden">Error:</span> {errors.startsAt}
              </p>
            ) : null}
            <input
              className={`govuk-input umb-input--datetime${errors.startsAt ? ' govuk-input--error' : ''}`}
              id="startsAt"
              name="startsAt"
              type="datetime-local"
              value={startsAt}
              onChange={(event) => setStartsAt(event.target.value)}
              aria-describedby={errors.startsAt ? 'startsAt-error' : undefined}
              aria-invalid={errors.startsAt ? true : undefined}
            />
          </div>
          <Select
            id="length"
            label="How long was it?"
            options={LENGTHS.map((l) => ({ value: l.value, label: l.label }))}
            value={minutes}
            onValueChange={setMinutes}
            error={errors.length}
          />
          <TextArea
            id="reason"
            label="Why was it not arranged first?"
            labelClass="govuk-label--s"
            hint={`${parent} reads this. Say plainly why you came without arranging it, as you would say it to them.`}
            rows={4}
            value={reason}
            onValueChange={setReason}
            error={errors.reason ?? words.inline('reason')}
            extraDescribedBy="unannounced-words"
            spellCheck
          />
          <TextArea
            id="purpose"
            label="What was it for? (optional)"
            rows={2}
            value={purpose}
            onValueChange={setPurpose}
            error={errors.purpose ?? words.inline('purpose')}
            extraDescribedBy="unannounced-words"
          />
          <TextField
            id="place"
            label="Where (optional)"
            value={place}
            onValueChange={setPlace}
            error={errors.place ?? words.inline('place')}
          />
          <WordsCheckHelp id="unannounced-words" texts={texts} reader={parent} />
          <KeepAsWrittenField control={words} />
          <Checkboxes
            name="with"
            legend="Who was it with?"
            small
            groups={[{ options: data.people.map((p) => ({ value: p.personId, label: p.name })) }]}
            values={withPeople}
            onChange={setWithPeople}
            error={errors.with}
          />
          {data.team.length ? (
            <Checkboxes
              name="staff"
              legend="Who else from the care team was there? (optional)"
              hint="You are included as the person recording it."
              small
              groups={[
                {
                  options: data.team.map((m) => ({
                    value: m.staffId,
                    label: m.name,
                    hint: `${CARE_TEAM_ROLES[m.roleKey].label}, ${m.organisation}`,
                  })),
                },
              ]}
              values={staff}
              onChange={setStaff}
              error={errors.staff}
            />
          ) : null}
          <Button busy={mutation.isPending}>Record the unannounced visit</Button>
        </form>
      </div>
    </div>
  );
}
