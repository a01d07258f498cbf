// "Add someone to the care team": find a worker by name, choose their role in plain words and whether they are a key worker.
import { useMutation, useQuery, useQueryClient, useSuspenseQuery } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { type FormEvent, useEffect, useState } from 'react';
import {
  CARE_TEAM_ROLE_KEYS,
  CARE_TEAM_ROLES,
  KEY_WORKER_SIDE_KEYS,
  KEY_WORKER_SIDES,
  type KeyWorkerSide,
} from '../../../shared/domain/care-team-roles.ts';
import { isOneOf } from '../../../shared/domain/vocabularies.ts';
import { isApiError } from '../../api/client.ts';
import { Button } from '../../ui/button.tsx';
import { ErrorSummary } from '../../ui/error-summary.tsx';
import { TextField } from '../../ui/field.tsx';
import { setFlash } from '../../ui/flash.ts';
import { type FieldErrors, fieldErrorsFromFailure, toFormErrors } from '../../ui/form-errors.ts';
import { usePageTitle } from '../../ui/page-title.ts';
import { Radios } from '../../ui/radios.tsx';
import { Select } from '../../ui/select.tsx';
import { familyQuery } from './families.queries.ts';
import { addCareTeamMember } from './family-edits.api.ts';
import { staffSearchQuery } from './staff.queries.ts';

const FIELD_ORDER = ['staffId', 'teamRole', 'keyWorker'] as const;
type KeyWorkerChoice = 'none' | KeyWorkerSide;

export function CareTeamAddPage({ familyId }: { familyId: string }) {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const { data: family } = useSuspenseQuery(familyQuery(familyId));
  const [search, setSearch] = useState('');
  const [q, setQ] = useState('');
  const [staffId, setStaffId] = useState('');
  const [teamRole, setTeamRole] = useState('');
  const [keyWorker, setKeyWorker] = useState<KeyWorkerChoice>('none');
  const [errors, setErrors] = useState<FieldErrors>({});
  const hasErrors = Object.keys(errors).length > 0;
  usePageTitle('Add someone to the care team', hasErrors);

  // Search as they type, after a short pause, as well as when they press Search.
  useEffect(() => {
    const timer = window.setTimeout(() => setQ(search.trim()), 350);
    return () => window.clearTimeout(timer);
  }, [search]);
  const results = useQuery(staffSearchQuery(q));
  const inTeam = new Set(family.careTeam.map((member) => member.staffId));
  const matches = (results.data?.staff ?? []).filter((staff) => !inTeam.has(staff.id));
  const chosen = matches.find((staff) => staff.id === staffId);

  const mutation = useMutation({
    mutationFn: () => addCareTeamMember(familyId, { staffId, teamRole, keyWorker: keyWorker === 'none' ? null : keyWorker }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['families'] });
      setFlash(`${chosen?.name ?? 'They'} joined the care team`);
      await navigate({ to: '/families/$familyId', params: { familyId } });
    },
    onError: (error) => {
      if (!isApiError(error) || error.status !== 401) setErrors(fieldErrorsFromFailure(error, 'staffId'));
    },
  });

  const onSearch = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setQ(search.trim());
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const problems: FieldErrors = {};
    if (!staffId) problems.staffId = matches.length > 0 ? 'Choose who to add' : 'Search for the person to add by their name';
    if (!teamRole) problems.teamRole = 'Choose their role in the care team';
    setErrors(problems);
    if (Object.keys(problems).length === 0) mutation.mutate();
  };

  const status =
    q.length < 2 ? '' : results.isFetching ? 'Searching…' : `${matches.length} ${matches.length === 1 ? 'person' : 'people'} found`;

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds-from-desktop">
        <Link to="/families/$familyId" params={{ familyId }} className="govuk-back-link">
          Back to the family
        </Link>
        <ErrorSummary errors={toFormErrors(errors, FIELD_ORDER)} />
        <span className="govuk-caption-l">{family.displayName}</span>
        <h1 className="govuk-heading-l">Add someone to the care team</h1>
        <search aria-label="Find a worker">
          <form noValidate onSubmit={onSearch}>
            <div className="umb-staff-search">
              <TextField
                id="staff-search"
                label="Find a worker by name"
                hint="Type at least 2 letters"
                value={search}
                onValueChange={setSearch}
                autoComplete="off"
              />
              <Button secondary>Search</Button>
            </div>
          </form>
        </search>
        <p className="govuk-body" role="status">
          {status}
        </p>
        <form noValidate onSubmit={onSubmit}>
          {matches.length > 0 ? (
            <Radios
              name="staffId"
              legend="Who do you want to add?"
              options={matches.map((staff) => ({
                value: staff.id,
                label: staff.name,
                hint: `${staff.jobTitle}, ${staff.organisationName}`,
              }))}
              value={staffId}
              onChange={setStaffId}
              error={errors.staffId}
            />
          ) : errors.staffId ? (
            <p className="govuk-error-message" id="staffId">
              <span className="govuk-visually-hidden">Error:</span> {errors.staffId}
            </p>
          ) : null}
          <Select
            id="teamRole"
            label="Their role in the care team"
            hint="The family sees what each role means, in plain words"
            options={CARE_TEAM_ROLE_KEYS.map((key) => ({ value: key, label: CARE_TEAM_ROLES[key].label }))}
            placeholder="Choose a role"
            value={teamRole}
            onValueChange={setTeamRole}
            error={errors.teamRole}
          />
          {isOneOf(CARE_TEAM_ROLE_KEYS, teamRole) ? (
            <p className="govuk-inset-text">Families read: “{CARE_TEAM_ROLES[teamRole].plain}”</p>
          ) : null}
          <Radios<KeyWorkerChoice>
            name="keyWorker"
            legend="Are they one of the paired key workers?"
            hint="Each family has a key worker from adult mental health services and one from children’s services. They share one plan."
            options={[
              { value: 'none', label: 'No' },
              ...KEY_WORKER_SIDE_KEYS.map((side) => ({ value: side, label: KEY_WORKER_SIDES[side] })),
            ]}
            value={keyWorker}
            onChange={setKeyWorker}
            error={errors.keyWorker}
          />
          <Button busy={mutation.isPending}>Add to care team</Button>
        </form>
      </div>
    </div>
  );
}
