// Add a team to an organisation, or rename one; a rename someone else saved meanwhile is shown, never overwritten.
import { useMutation, useQueryClient, useSuspenseQuery } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { isApiError } from '../../api/client.ts';
import { Button } from '../../ui/button.tsx';
import { conflictCurrent } from '../../ui/conflict.ts';
import { ErrorSummary } from '../../ui/error-summary.tsx';
import { TextField } from '../../ui/field.tsx';
import { setFlash } from '../../ui/flash.ts';
import { type FieldErrors, fieldErrorsFromFailure, toFormErrors } from '../../ui/form-errors.ts';
import { NotFoundPage } from '../../ui/not-found.page.tsx';
import { NotificationBanner } from '../../ui/notification-banner.tsx';
import { usePageTitle } from '../../ui/page-title.ts';
import { addTeam, organisationQuery, renameTeam } from './admin.api.ts';

export function TeamFormPage({ organisationId, teamId }: { organisationId: string; teamId?: string }) {
  const { data } = useSuspenseQuery(organisationQuery(organisationId));
  const team = teamId ? data.teams.find((t) => t.id === teamId) : undefined;
  if (teamId && !team) return <NotFoundPage />;
  return <TeamForm key={team?.id ?? 'new'} organisationId={organisationId} organisationName={data.organisation.name} team={team} />;
}

type Team = { id: string; name: string; version: number };

function TeamForm({ organisationId, organisationName, team }: { organisationId: string; organisationName: string; team?: Team }) {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [name, setName] = useState(team?.name ?? '');
  const [version, setVersion] = useState(team?.version ?? 1);
  const [conflict, setConflict] = useState<Team | null>(null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const title = team ? `Rename ${team.name}` : 'Add a team';
  usePageTitle(title, Object.keys(errors).length > 0);

  const mutation = useMutation({
    mutationFn: () => (team ? renameTeam(team.id, name.trim(), version) : addTeam(organisationId, name.trim())),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['admin'] });
      setFlash(team ? `The team is now called ${name.trim()}` : `${name.trim()} was added`);
      await navigate({ to: '/admin/organisations/$organisationId', params: { organisationId } });
    },
    onError: (error) => {
      const current = conflictCurrent<Team>(error);
      if (current) {
        setConflict(current);
        setVersion(current.version);
        setErrors({});
        return;
      }
      if (!isApiError(error) || error.status !== 401) setErrors(fieldErrorsFromFailure(error, 'name'));
    },
  });

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const problems: FieldErrors = name.trim() ? {} : { name: 'Enter the team’s name' };
    setErrors(problems);
    if (Object.keys(problems).length === 0) mutation.mutate();
  };

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds-from-desktop">
        <Link to="/admin/organisations/$organisationId" params={{ organisationId }} className="govuk-back-link">
          Back to {organisationName}
        </Link>
        <ErrorSummary errors={toFormErrors(errors, ['name'])} />
        {conflict ? (
          <NotificationBanner heading="Someone else renamed this team while you were editing">
            <p className="govuk-body">They called it “{conflict.name}”. Your name is still in the form: check it, then save again.</p>
          </NotificationBanner>
        ) : null}
        <span className="govuk-caption-l">{organisationName}</span>
        <h1 className="govuk-heading-l">{title}</h1>
        <form noValidate onSubmit={onSubmit}>
          <TextField id="name" label="Team name" value={name} onValueChange={setName} error={errors.name} />
          <Button busy={mutation.isPending}>{team ? 'Save name' : 'Add team'}</Button>
        </form>
      </div>
    </div>
  );
}
