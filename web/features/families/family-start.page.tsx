// "Start a family" (issue 13 §4): who asked for help and why in words the parent will read, the people with the
// children asked about, and the worker as the first member of the care team. The server checks for people already
// known before anything is made, and a retried send makes one family (one idempotency key per content sent).
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { type FormEvent, useMemo, useState } from 'react';
import type { StartFamilyRequest } from '../../../shared/contracts/intake.ts';
import { CARE_TEAM_ROLE_KEYS, CARE_TEAM_ROLES } from '../../../shared/domain/care-team-roles.ts';
import { isApiError } from '../../api/client.ts';
import { Button } from '../../ui/button.tsx';
import { Checkbox } from '../../ui/checkbox.tsx';
import { DateInput, type DateParts, emptyDate, isDateEmpty, isoFromDateParts } from '../../ui/date-input.tsx';
import { ErrorSummary } from '../../ui/error-summary.tsx';
import { TextField } from '../../ui/field.tsx';
import { setFlash } from '../../ui/flash.ts';
import { type FieldErrors, fieldErrorsFromFailure, toFormErrors } from '../../ui/form-errors.ts';
import { usePageTitle } from '../../ui/page-title.ts';
import { Radios } from '../../ui/radios.tsx';
import { Select } from '../../ui/select.tsx';
import { TextArea } from '../../ui/textarea.tsx';
import { type PossibleMatch, startFamily } from './family-start.api.ts';

type Kind = 'parent' | 'child' | 'other_adult';
type PersonRow = {
  key: string;
  kind: Kind;
  fullName: string;
  dateOfBirth: DateParts;
  knownToAdultMentalHealth: boolean;
  livesInFamilyHome: boolean;
};
type Matches = { index: number; fullName: string; matches: PossibleMatch[] }[];

const KIND_LABELS: Record<Kind, string> = { parent: 'Parent or main carer', child: 'Child', other_adult: 'Another adult' };
const blankPerson = (kind: Kind): PersonRow => ({
  key: crypto.randomUUID(),
  kind,
  fullName: '',
  dateOfBirth: emptyDate,
  knownToAdultMentalHealth: false,
  livesInFamilyHome: true,
});
const dobId = (i: number) => `person-${i}-dateOfBirth`;

/** The server names fields by their path in the request ("people.1.dateOfBirth"); the page by the input's id. */
function toPageFields(fields: FieldErrors): FieldErrors {
  const out: FieldErrors = {};
  for (const [key, message] of Object.entries(fields)) {
    const person = /^people\.(\d+)\.(\w+)$/.exec(key);
    if (person) out[person[2] === 'dateOfBirth' ? `${dobId(Number(person[1]))}-day` : `person-${person[1]}-${person[2]}`] = message;
    else out[key === 'people' ? 'person-0-fullName' : key] = message;
  }
  return out;
}

export function FamilyStartPage() {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [referredBy, setReferredBy] = useState('');
  const [referralReason, setReferralReason] = useState('');
  const [teamRole, setTeamRole] = useState('');
  const [familyName, setFamilyName] = useState('');
  const [people, setPeople] = useState<PersonRow[]>([blankPerson('parent'), blankPerson('child')]);
  const [askedNoChildren, setAskedNoChildren] = useState(false);
  const [matches, setMatches] = useState<Matches | null>(null);
  const [differentPeople, setDifferentPeople] = useState(false);
  const [errors, setErrors] = useState<FieldErrors>({});
  const hasErrors = Object.keys(errors).length > 0;
  usePageTitle('Start a family', hasErrors);

  const body: StartFamilyRequest = useMemo(
    () => ({
      referredBy,
      referralReason,
      teamRole: teamRole as StartFamilyRequest['teamRole'],
      familyName: familyName.trim() || undefined,
      askedNoChildren,
      continueDespiteMatches: differentPeople,
      people: people.map((p) => ({
        kind: p.kind,
        fullName: p.fullName,
        dateOfBirth: isDateEmpty(p.dateOfBirth) ? undefined : (isoFromDateParts(p.dateOfBirth) ?? 'not-a-date'),
        knownToAdultMentalHealth: p.kind !== 'child' && p.knownToAdultMentalHealth,
        livesInFamilyHome: p.livesInFamilyHome,
      })),
    }),
    [referredBy, referralReason, teamRole, familyName, askedNoChildren, differentPeople, people],
  );
  // One key per content: a retry of the same answers (a double click, a dropped connection) makes one family.
  const key = useMemo(() => (JSON.stringify(body) ? crypto.randomUUID() : ''), [body]);

  const mutation = useMutation({
    mutationFn: () => startFamily(body, key),
    onSuccess: async (started) => {
      await queryClient.invalidateQueries({ queryKey: ['families'] });
      setFlash(`${started.displayName} started. You are the first member of its care team.`);
      await navigate({ to: '/families/$familyId', params: { familyId: started.familyId } });
    },
    onError: (error) => {
      if (isApiError(error) && error.code === 'possible_duplicate') {
        setMatches((error.body.people as Matches) ?? []);
        setErrors({ differentPeople: error.message });
        return;
      }
      if (!isApiError(error) || error.status !== 401) setErrors(toPageFields(fieldErrorsFromFailure(error, 'referredBy')));
    },
  });

  const update = (i: number, change: Partial<PersonRow>) => {
    setPeople((rows) => rows.map((row, j) => (j === i ? { ...row, ...change } : row)));
    setMatches(null);
    setDifferentPeople(false);
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const problems: FieldErrors = {};
    if (!referredBy.trim()) problems.referredBy = 'Say who asked for help or raised the worry';
    if (!referralReason.trim()) problems.referralReason = 'Say why, in words the parent will read';
    if (!teamRole) problems.teamRole = 'Choose your role with this family';
    people.forEach((p, i) => {
      if (!p.fullName.trim()) problems[`person-${i}-fullName`] = 'Enter their full name';
      if (!isDateEmpty(p.dateOfBirth) && !isoFromDateParts(p.dateOfBirth))
        problems[`${dobId(i)}-day`] = 'Enter a real date, for example 2 9 2015';
      if (p.kind === 'child' && isDateEmpty(p.dateOfBirth)) problems[`${dobId(i)}-day`] = 'Enter the child’s date of birth';
    });
    if (!people.some((p) => p.kind === 'child') && !askedNoChildren) {
      problems.askedNoChildren = 'Add the children, or say that you asked and there are none';
    }
    setErrors(problems);
    if (Object.keys(problems).length === 0) mutation.mutate();
  };

  const order = [
    'referredBy',
    'referralReason',
    'teamRole',
    ...people.flatMap((_, i) => [`person-${i}-fullName`, `${dobId(i)}-day`]),
    'askedNoChildren',
    'differentPeople',
  ];

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds-from-desktop">
        <Link to="/families" className="govuk-back-link">
          Back to your families
        </Link>
        <ErrorSummary errors={toFormErrors(errors, order)} />
        <h1 className="govuk-heading-l">Start a family</h1>
        <p className="govuk-body">
          You will be the first member of the family’s care team. Before anything is saved, Umbrella checks whether any of these people are
          already known to a service.
        </p>
        <form noValidate onSubmit={onSubmit}>
          <h2 className="govuk-heading-m">Why the family is being supported</h2>
          <TextField
            id="referredBy"
            label="Who asked for help or raised the worry?"
            hint="For example: “Sam herself”, “her GP”, “a friend, Patricia”."
            value={referredBy}
            onValueChange={setReferredBy}
            error={errors.referredBy}
          />
          <TextArea
            id="referralReason"
            label="Why?"
            hint="The parent will read this. Use plain, kind words, and describe what is happening rather than a diagnosis."
            rows={4}
            value={referralReason}
            onValueChange={setReferralReason}
            error={errors.referralReason}
          />
          <Select
            id="teamRole"
            label="Your role with this family"
            options={CARE_TEAM_ROLE_KEYS.map((value) => ({ value, label: CARE_TEAM_ROLES[value].label }))}
            placeholder="Choose a role"
            value={teamRole}
            onValueChange={setTeamRole}
            error={errors.teamRole}
          />

          <h2 className="govuk-heading-m">The people in the family</h2>
          <p className="govuk-body">
            Each parent is recorded as each child’s parent, and the children as brothers and sisters. You can change this on the family’s
            page afterwards.
          </p>
          {people.map((person, i) => (
            <fieldset className="govuk-fieldset umb-person-row" key={person.key}>
              <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">
                Person {i + 1}: {KIND_LABELS[person.kind]}
              </legend>
              <Radios
                name={`person-${i}-kind`}
                legend="Who are they?"
                small
                inline
                options={(Object.keys(KIND_LABELS) as Kind[]).map((value) => ({ value, label: KIND_LABELS[value] }))}
                value={person.kind}
                onChange={(kind) => update(i, { kind })}
              />
              <TextField
                id={`person-${i}-fullName`}
                label="Full name"
                value={person.fullName}
                onValueChange={(fullName) => update(i, { fullName })}
                error={errors[`person-${i}-fullName`]}
                autoComplete="off"
              />
              <DateInput
                id={dobId(i)}
                legend={person.kind === 'child' ? 'Date of birth' : 'Date of birth (if you know it)'}
                hint="For example, 2 9 2015"
                value={person.dateOfBirth}
                onChange={(dateOfBirth) => update(i, { dateOfBirth })}
                error={errors[`${dobId(i)}-day`]}
              />
              {person.kind !== 'child' ? (
                <Checkbox
                  id={`person-${i}-amh`}
                  label="Known to adult mental health services"
                  checked={person.knownToAdultMentalHealth}
                  onCheckedChange={(knownToAdultMentalHealth) => update(i, { knownToAdultMentalHealth })}
                />
              ) : null}
              <Checkbox
                id={`person-${i}-home`}
                label="Lives in the family home"
                checked={person.livesInFamilyHome}
                onCheckedChange={(livesInFamilyHome) => update(i, { livesInFamilyHome })}
              />
              {people.length > 1 ? (
                <Button secondary type="button" onClick={() => setPeople((rows) => rows.filter((_, j) => j !== i))}>
                  Remove person {i + 1}
                </Button>
              ) : null}
            </fieldset>
          ))}
          <div className="govuk-button-group">
            <Button secondary type="button" onClick={() => setPeople((rows) => [...rows, blankPerson('child')])}>
              Add a child
            </Button>
            <Button secondary type="button" onClick={() => setPeople((rows) => [...rows, blankPerson('parent')])}>
              Add an adult
            </Button>
          </div>
          {!people.some((p) => p.kind === 'child') ? (
            <div className={`govuk-form-group${errors.askedNoChildren ? ' govuk-form-group--error' : ''}`}>
              {errors.askedNoChildren ? (
                <p className="govuk-error-message">
                  <span className="govuk-visually-hidden">Error:</span> {errors.askedNoChildren}
                </p>
              ) : null}
              <Checkbox
                id="askedNoChildren"
                label="I asked, and there are no children or other people they care for"
                checked={askedNoChildren}
                onCheckedChange={setAskedNoChildren}
              />
            </div>
          ) : null}
          <TextField
            id="familyName"
            label="Family name in lists (optional)"
            hint="Left empty, it is made from the first parent’s surname, such as “Carter family”."
            value={familyName}
            onValueChange={setFamilyName}
            widthClass="govuk-input--width-20"
          />

          {matches && matches.length > 0 ? (
            <div className="govuk-inset-text" aria-live="polite">
              <h2 className="govuk-heading-m">Some of these people may already be known</h2>
              {matches.map((m) => (
                <div key={m.index}>
                  <h3 className="govuk-heading-s">{m.fullName}</h3>
                  <ul className="govuk-list govuk-list--bullet">
                    {m.matches.map((match) => (
                      <li key={match.where === 'your_family' ? match.familyId : match.organisationName}>
                        {match.where === 'your_family' ? (
                          <>
                            Already in a family you work with:{' '}
                            <Link to="/families/$familyId" params={{ familyId: match.familyId }} className="govuk-link">
                              {match.familyName}
                            </Link>
                          </>
                        ) : (
                          match.message
                        )}
                      </li>
                    ))}
                  </ul>
                </div>
              ))}
              <div className={`govuk-form-group${errors.differentPeople ? ' govuk-form-group--error' : ''}`}>
                <Checkbox
                  id="differentPeople"
                  label="I have checked: these are different people. Start the family anyway."
                  checked={differentPeople}
                  onCheckedChange={setDifferentPeople}
                />
              </div>
            </div>
          ) : null}
          <Button busy={mutation.isPending}>Start the family</Button>
        </form>
      </div>
    </div>
  );
}
