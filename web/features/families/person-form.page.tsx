// Add a person to the family, or change someone's details: who they are, where they live, the language they prefer
// (issue 16 §3: their pages, letters and printed plans use it), and for a child their school and the people who matter
// to them.
import { useMutation, useQueryClient, useSuspenseQuery } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { PERSON_KINDS, type PersonKind, type RelationshipKind } from '../../../shared/domain/people.ts';
import { isLocale, LOCALE_INFO, LOCALES, type Locale } from '../../../shared/i18n/locales.ts';
import { isApiError } from '../../api/client.ts';
import type { Person, PersonFields } from '../../api/types.ts';
import { Button } from '../../ui/button.tsx';
import { Checkbox } from '../../ui/checkbox.tsx';
import { conflictCurrent, remapFields } from '../../ui/conflict.ts';
import { DateInput, type DateParts, datePartsFromIso, isDateEmpty, isoFromDateParts } from '../../ui/date-input.tsx';
import { ErrorSummary } from '../../ui/error-summary.tsx';
import { TextField } from '../../ui/field.tsx';
import { setFlash } from '../../ui/flash.ts';
import { type FieldErrors, fieldErrorsFromFailure, toFormErrors } from '../../ui/form-errors.ts';
import { displayName } from '../../ui/format.ts';
import { NotFoundPage } from '../../ui/not-found.page.tsx';
import { usePageTitle } from '../../ui/page-title.ts';
import { Radios } from '../../ui/radios.tsx';
import { Select } from '../../ui/select.tsx';
import { TextArea } from '../../ui/textarea.tsx';
import { familyQuery } from './families.queries.ts';
import { addPerson, addRelationship, updatePerson } from './family-edits.api.ts';
import { PersonConflict } from './person-conflict.tsx';

const FIELD_ORDER = [
  'kind',
  'fullName',
  'preferredName',
  'dateOfBirth-day',
  'pronouns',
  'householdId',
  'preferredLanguage',
  'school',
  'importantPeople',
] as const;
const KIND_WORDS = {
  parent: { label: 'Parent', hint: 'Including a parent who lives somewhere else' },
  child: { label: 'Child', hint: 'Every child gets their own page' },
  other_adult: { label: 'Another adult in the family', hint: 'For example, a grandparent or a new partner' },
  network_member: { label: 'Friend or informal supporter', hint: 'Someone the family trusts, such as a friend or neighbour' },
} as const satisfies Record<PersonKind, { label: string; hint: string }>;
const KIND_OPTIONS = PERSON_KINDS.map((value) => ({ value, ...KIND_WORDS[value] }));
/** Each language in its own name, as the person looks for it; marked with its language so it is read out in it. */
const LANGUAGE_OPTIONS = [
  { value: '', label: 'Not chosen yet' },
  ...LOCALES.map((value) => ({ value, label: LOCALE_INFO[value].own, lang: value })),
];

type PersonFormProps = { familyId: string; personId?: string; kind?: Person['kind']; childOf?: string };

export function PersonFormPage({ familyId, personId, kind: initialKind, childOf }: PersonFormProps) {
  const { data: family } = useSuspenseQuery(familyQuery(familyId));
  const person = personId ? family.people.find((p) => p.id === personId) : undefined;
  if (personId && !person) return <NotFoundPage />;
  // A child added from the prompt is recorded as that adult's child, which answers the prompt.
  const parent = !person && childOf ? family.people.find((p) => p.id === childOf) : undefined;
  return (
    <PersonForm
      key={person?.id ?? 'new'}
      familyId={familyId}
      person={person}
      initialKind={initialKind}
      households={family.households}
      parent={parent}
    />
  );
}

type FormProps = {
  familyId: string;
  person?: Person;
  initialKind?: Person['kind'];
  households: { id: string; name: string }[];
  parent?: Person;
};

const PARENT_LINKS = [
  { value: 'parent_of', label: 'Their parent' },
  { value: 'carer_of', label: 'Someone who cares for them' },
  { value: 'grandparent_of', label: 'Their grandparent' },
] as const satisfies readonly { value: RelationshipKind; label: string }[];
type ParentLink = (typeof PARENT_LINKS)[number]['value'];

function PersonForm({ familyId, person, initialKind, households, parent }: FormProps) {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [kind, setKind] = useState<Person['kind'] | ''>(person?.kind ?? initialKind ?? '');
  const [fullName, setFullName] = useState(person?.fullName ?? '');
  const [preferredName, setPreferredName] = useState(person?.preferredName ?? '');
  const [dateOfBirth, setDateOfBirth] = useState<DateParts>(datePartsFromIso(person?.dateOfBirth));
  const [pronouns, setPronouns] = useState(person?.pronouns ?? '');
  const [householdId, setHouseholdId] = useState(person?.householdId ?? parent?.householdId ?? households[0]?.id ?? '');
  const [parentLink, setParentLink] = useState<ParentLink>('parent_of');
  const [knownToAdultMentalHealth, setKnown] = useState(person?.knownToAdultMentalHealth ?? false);
  const [school, setSchool] = useState(person?.school ?? '');
  const [importantPeople, setImportantPeople] = useState(person?.importantPeople ?? '');
  const [preferredLanguage, setPreferredLanguage] = useState<Locale | ''>(person?.preferredLanguage ?? '');
  const [version, setVersion] = useState(person?.version ?? 0);
  const [conflict, setConflict] = useState<Person | null>(null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const hasErrors = Object.keys(errors).length > 0;

  const title = person ? `Change ${displayName(person)}’s details` : initialKind === 'child' ? 'Add a child' : 'Add a person to the family';
  usePageTitle(title, hasErrors);

  const isChild = kind === 'child';
  const isAdult = kind === 'parent' || kind === 'other_adult';
  const fields = (): PersonFields => ({
    kind: kind || 'parent',
    fullName: fullName.trim(),
    preferredName: preferredName.trim() || null,
    dateOfBirth: isDateEmpty(dateOfBirth) ? null : isoFromDateParts(dateOfBirth),
    pronouns: pronouns.trim() || null,
    householdId: householdId || null,
    knownToAdultMentalHealth: isAdult ? knownToAdultMentalHealth : false,
    school: isChild ? school.trim() || null : null,
    importantPeople: isChild ? importantPeople.trim() || null : null,
    preferredLanguage: preferredLanguage || null,
  });

  const mutation = useMutation({
    mutationFn: async () => {
      if (person) return updatePerson(familyId, person.id, { ...fields(), version });
      const saved = await addPerson(familyId, fields());
      if (parent && kind === 'child') {
        await addRelationship(familyId, { fromPersonId: parent.id, toPersonId: saved.id, kind: parentLink, description: null });
      }
      return saved;
    },
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['families'] });
      const name = preferredName.trim() || fullName.trim();
      setFlash(person ? `${name}’s details were saved` : `${name} was added to the family`);
      await navigate({ to: '/families/$familyId', params: { familyId } });
    },
    onError: (error) => {
      const current = conflictCurrent<Pick<Person, 'version'>>(error);
      if (current && person) {
        // The 409 carries only a little; read the family again to show their whole version beside the form.
        setVersion(current.version);
        setErrors({});
        void queryClient.fetchQuery({ ...familyQuery(familyId), staleTime: 0 }).then(
          (fresh) => setConflict(fresh.people.find((p) => p.id === person.id) ?? { ...person, ...current }),
          () => setConflict({ ...person, ...current }),
        );
        return;
      }
      if (isApiError(error) && error.status === 401) return;
      setErrors(remapFields(fieldErrorsFromFailure(error, 'fullName'), { dateOfBirth: 'dateOfBirth-day', body: 'fullName' }));
    },
  });

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const problems: FieldErrors = {};
    if (!kind) problems.kind = 'Choose who they are in the family';
    if (!fullName.trim()) problems.fullName = 'Enter the person’s name';
    if (!isDateEmpty(dateOfBirth)) {
      const iso = isoFromDateParts(dateOfBirth);
      if (!iso) problems['dateOfBirth-day'] = 'Date of birth must be a real date, for example 27 3 2012';
      else if (iso > new Date().toISOString().slice(0, 10)) problems['dateOfBirth-day'] = 'Date of birth must be today or in the past';
    }
    setErrors(problems);
    if (Object.keys(problems).length === 0) mutation.mutate();
  };

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds-from-desktop">
        <Link to="/families/$familyId" params={{ familyId }} className="govuk-back-link">
          Back to the family
        </Link>
        <ErrorSummary errors={toFormErrors(errors, FIELD_ORDER)} />
        {conflict ? <PersonConflict current={conflict} /> : null}
        <h1 className="govuk-heading-l">{title}</h1>
        <form noValidate onSubmit={onSubmit}>
          <Radios
            name="kind"
            legend="Who are they in the family?"
            options={KIND_OPTIONS}
            value={kind}
            onChange={setKind}
            error={errors.kind}
          />
          <TextField
            id="fullName"
            label="Full name"
            value={fullName}
            onValueChange={setFullName}
            error={errors.fullName}
            autoComplete="off"
          />
          <TextField
            id="preferredName"
            label="What do they like to be called? (optional)"
            value={preferredName}
            onValueChange={setPreferredName}
            error={errors.preferredName}
            widthClass="govuk-input--width-20"
            autoComplete="off"
          />
          <DateInput
            id="dateOfBirth"
            legend="Date of birth (optional)"
            hint="For example, 27 3 2012"
            value={dateOfBirth}
            onChange={setDateOfBirth}
            error={errors['dateOfBirth-day']}
          />
          <TextField
            id="pronouns"
            label="Pronouns (optional)"
            hint="For example, she/her, he/him or they/them"
            value={pronouns}
            onValueChange={setPronouns}
            error={errors.pronouns}
            widthClass="govuk-input--width-10"
            autoComplete="off"
          />
          <Select
            id="householdId"
            label="Where do they live?"
            hint="A parent who lives elsewhere can have their own household. Add it first if it is not listed."
            options={[...households.map((h) => ({ value: h.id, label: h.name })), { value: '', label: 'Somewhere else, or not recorded' }]}
            value={householdId}
            onValueChange={setHouseholdId}
            error={errors.householdId}
          />
          <Select
            id="preferredLanguage"
            label="Language they prefer (optional)"
            hint="Umbrella shows their pages, sign-in letters and printed plans in it. They can change it themselves when they sign in."
            options={LANGUAGE_OPTIONS}
            value={preferredLanguage}
            onValueChange={(value) => setPreferredLanguage(isLocale(value) ? value : '')}
            error={errors.preferredLanguage}
          />
          {isAdult ? (
            <Checkbox
              id="knownToAdultMentalHealth"
              label="Known to adult mental health services"
              hint="If so, Umbrella will ask whether they have children or other people who depend on them"
              checked={knownToAdultMentalHealth}
              onCheckedChange={setKnown}
            />
          ) : null}
          {isChild && parent ? (
            <Radios<ParentLink>
              name="parentLink"
              legend={`Who is ${displayName(parent)} to this child?`}
              options={[...PARENT_LINKS]}
              value={parentLink}
              onChange={setParentLink}
              small
            />
          ) : null}
          {isChild ? (
            <>
              <TextField id="school" label="School or nursery (optional)" value={school} onValueChange={setSchool} error={errors.school} />
              <TextArea
                id="importantPeople"
                label="Who is important to them? (optional)"
                hint="In the child’s own words if you can: family, friends, a teacher, a pet"
                rows={3}
                value={importantPeople}
                onValueChange={setImportantPeople}
                error={errors.importantPeople}
              />
            </>
          ) : null}
          <Button busy={mutation.isPending}>{person ? 'Save changes' : 'Add person'}</Button>
        </form>
      </div>
    </div>
  );
}
