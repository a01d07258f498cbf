// "Add a worker" and "Change a worker's details": name, job title, profession, role, team, email, phone, and for a new
// worker a username (proposed from their name). A new worker's invitation link is shown once, on this page.
import { useMutation, useQueryClient, useSuspenseQuery } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import type { StaffRole } from '../../../shared/domain/accounts.ts';
import { isApiError } from '../../api/client.ts';
import { Button } from '../../ui/button.tsx';
import { conflictCurrent } from '../../ui/conflict.ts';
import { ErrorSummary } from '../../ui/error-summary.tsx';
import { TextField } from '../../ui/field.tsx';
import { setFlash } from '../../ui/flash.ts';
import { type FieldErrors, fieldErrorsFromFailure, toFormErrors } from '../../ui/form-errors.ts';
import { NotificationBanner } from '../../ui/notification-banner.tsx';
import { usePageTitle } from '../../ui/page-title.ts';
import { Panel } from '../../ui/panel.tsx';
import { Radios } from '../../ui/radios.tsx';
import { Select } from '../../ui/select.tsx';
import { addWorker, organisationQuery, updateWorker, type WorkerCreatedDto, type WorkerDto, workerQuery } from './admin.api.ts';
import { proposeUsername, ROLE_WORDS } from './admin-words.ts';
import { InvitationLinkPanel } from './invitation-link.panel.tsx';

const FIELD_ORDER = ['fullName', 'jobTitle', 'discipline', 'role', 'teamId', 'email', 'phone', 'username'] as const;

export function AddWorkerPage({ organisationId }: { organisationId: string }) {
  const [added, setAdded] = useState<WorkerCreatedDto | null>(null);
  if (added) return <WorkerAdded organisationId={organisationId} result={added} />;
  return <WorkerForm organisationId={organisationId} onAdded={setAdded} />;
}

export function EditWorkerPage({ staffId }: { staffId: string }) {
  const { data: worker } = useSuspenseQuery(workerQuery(staffId));
  return <WorkerForm key={worker.version} organisationId={worker.organisation.id} worker={worker} />;
}

function WorkerAdded({ organisationId, result }: { organisationId: string; result: WorkerCreatedDto }) {
  const { worker, invitation } = result;
  usePageTitle(result.alreadyCreated ? `${worker.fullName} was already added` : `${worker.fullName} was added`);
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds-from-desktop">
        <div className="govuk-panel govuk-panel--confirmation">
          <h1 className="govuk-panel__title">
            {result.alreadyCreated ? `${worker.fullName} was already added` : `${worker.fullName} was added`}
          </h1>
        </div>
        {invitation ? (
          <InvitationLinkPanel name={worker.fullName} invitation={invitation} />
        ) : (
          <p className="govuk-body">Their invitation was made the first time. If it was lost, send a new one from their page.</p>
        )}
        <p className="govuk-body">
          <Link to="/admin/workers/$staffId" params={{ staffId: worker.id }} className="govuk-link">
            See {worker.fullName}’s details
          </Link>
        </p>
        <p className="govuk-body">
          <Link to="/admin/organisations/$organisationId" params={{ organisationId }} className="govuk-link">
            Back to {worker.organisation.name}
          </Link>
        </p>
      </div>
    </div>
  );
}

type FormProps = { organisationId: string; worker?: WorkerDto; onAdded?: (result: WorkerCreatedDto) => void };

function WorkerForm({ organisationId, worker, onAdded }: FormProps) {
  const { data: organisation } = useSuspenseQuery(organisationQuery(organisationId));
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [fullName, setFullName] = useState(worker?.fullName ?? '');
  const [jobTitle, setJobTitle] = useState(worker?.jobTitle ?? '');
  const [discipline, setDiscipline] = useState(worker?.discipline ?? '');
  const [role, setRole] = useState<StaffRole | ''>(worker?.role ?? '');
  const [teamId, setTeamId] = useState(worker?.team?.id ?? '');
  const [email, setEmail] = useState(worker?.email ?? '');
  const [phone, setPhone] = useState(worker?.phone ?? '');
  const [username, setUsername] = useState('');
  const [usernameEdited, setUsernameEdited] = useState(false);
  const [version, setVersion] = useState(worker?.version ?? 1);
  const [conflict, setConflict] = useState<WorkerDto | null>(null);
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const [errors, setErrors] = useState<FieldErrors>({});
  const title = worker ? `Change ${worker.fullName}’s details` : 'Add a worker';
  usePageTitle(title, Object.keys(errors).length > 0);
  const shownUsername = usernameEdited ? username : proposeUsername(fullName);

  const mutation = useMutation({
    mutationFn: async () => {
      const fields = {
        fullName: fullName.trim(),
        jobTitle: jobTitle.trim(),
        discipline: discipline.trim(),
        role: role as StaffRole,
        teamId: teamId || null,
        email: email.trim() || null,
        phone: phone.trim() || null,
      };
      if (worker) return { edited: await updateWorker(worker.id, { ...fields, version }), added: null };
      return { edited: null, added: await addWorker(organisationId, { ...fields, username: shownUsername.trim() }, idempotencyKey) };
    },
    onSuccess: async (result) => {
      await queryClient.invalidateQueries({ queryKey: ['admin'] });
      if (result.added) {
        onAdded?.(result.added);
        return;
      }
      setFlash(`${fullName.trim()}’s details were saved`);
      if (result.edited) await navigate({ to: '/admin/workers/$staffId', params: { staffId: result.edited.id } });
    },
    onError: (error) => {
      const current = conflictCurrent<WorkerDto>(error);
      if (current) {
        setConflict(current);
        setVersion(current.version);
        setErrors({});
        return;
      }
      if (!isApiError(error) || error.status !== 401) setErrors(fieldErrorsFromFailure(error, 'fullName'));
    },
  });

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const problems: FieldErrors = {};
    if (!fullName.trim()) problems.fullName = 'Enter the worker’s full name';
    if (!jobTitle.trim()) problems.jobTitle = 'Enter their job title';
    if (!discipline.trim()) problems.discipline = 'Enter their profession, for example social work or nursing';
    if (!role) problems.role = 'Choose a role';
    if (!worker && !shownUsername.trim()) problems.username = 'Enter a username';
    setErrors(problems);
    if (Object.keys(problems).length === 0) mutation.mutate();
  };

  const roles = organisation.assignableRoles.includes(worker?.role ?? 'practitioner')
    ? organisation.assignableRoles
    : [...organisation.assignableRoles, worker?.role ?? 'practitioner'];

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds-from-desktop">
        {worker ? (
          <Link to="/admin/workers/$staffId" params={{ staffId: worker.id }} className="govuk-back-link">
            Back to {worker.fullName}
          </Link>
        ) : (
          <Link to="/admin/organisations/$organisationId" params={{ organisationId }} className="govuk-back-link">
            Back to {organisation.organisation.name}
          </Link>
        )}
        <ErrorSummary errors={toFormErrors(errors, FIELD_ORDER)} />
        {conflict ? (
          <NotificationBanner heading="Someone else changed these details while you were editing">
            <p className="govuk-body">
              They saved: {conflict.fullName}, {conflict.jobTitle}, {ROLE_WORDS[conflict.role].label}, {conflict.team?.name ?? 'no team'}.
              Your changes are still in the form: check them, then save again.
            </p>
          </NotificationBanner>
        ) : null}
        <span className="govuk-caption-l">{organisation.organisation.name}</span>
        <h1 className="govuk-heading-l">{title}</h1>
        <form noValidate onSubmit={onSubmit}>
          <TextField
            id="fullName"
            label="Full name"
            autoComplete="off"
            spellCheck={false}
            value={fullName}
            onValueChange={setFullName}
            error={errors.fullName}
          />
          <TextField
            id="jobTitle"
            label="Job title"
            hint="For example, Children’s social worker"
            value={jobTitle}
            onValueChange={setJobTitle}
            error={errors.jobTitle}
          />
          <TextField
            id="discipline"
            label="Profession"
            hint="For example, social work, nursing or education"
            value={discipline}
            onValueChange={setDiscipline}
            error={errors.discipline}
          />
          <Radios
            name="role"
            legend="Role"
            hint="What they may do in Umbrella"
            options={roles.map((r) => ({ value: r, label: ROLE_WORDS[r].label, hint: ROLE_WORDS[r].hint }))}
            value={role}
            onChange={setRole}
            error={errors.role}
          />
          <Select
            id="teamId"
            label="Team"
            options={[{ value: '', label: 'No team' }, ...organisation.teams.map((t) => ({ value: t.id, label: t.name }))]}
            value={teamId}
            onValueChange={setTeamId}
            error={errors.teamId}
          />
          <TextField
            id="email"
            label="Email address"
            hint={worker ? undefined : 'Their invitation is sent here. Leave it empty to give them the link yourself'}
            type="email"
            autoComplete="off"
            spellCheck={false}
            value={email}
            onValueChange={setEmail}
            error={errors.email}
          />
          <TextField
            id="phone"
            label="Phone number (optional)"
            type="tel"
            autoComplete="off"
            value={phone}
            onValueChange={setPhone}
            error={errors.phone}
            widthClass="govuk-input--width-20"
          />
          {worker ? null : (
            <TextField
              id="username"
              label="Username"
              hint="What they sign in with. We suggest one from their name; you can change it"
              autoComplete="off"
              spellCheck={false}
              value={shownUsername}
              onValueChange={(value) => {
                setUsernameEdited(true);
                setUsername(value);
              }}
              error={errors.username}
              widthClass="govuk-input--width-20"
            />
          )}
          <Button busy={mutation.isPending}>{worker ? 'Save changes' : 'Add worker'}</Button>
        </form>
        {worker ? null : (
          <Panel title="What happens next" headingLevel={2}>
            <p className="govuk-body">
              Umbrella makes their account with no password, and an invitation that works once for 7 days. With it they choose their own
              password and set up an authenticator app on their phone.
            </p>
          </Panel>
        )}
      </div>
    </div>
  );
}
