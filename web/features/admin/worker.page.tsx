// One worker in the console: their details and account, and what the administrator may do (change details, send a new
// invitation, deactivate or reactivate, reset the second factor). A new invitation's link is shown here once.
import { useMutation, useQueryClient, useSuspenseQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { isApiError } from '../../api/client.ts';
import { Button } from '../../ui/button.tsx';
import { ErrorSummary } from '../../ui/error-summary.tsx';
import { useFlash } from '../../ui/flash.ts';
import { NotificationBanner } from '../../ui/notification-banner.tsx';
import { usePageTitle } from '../../ui/page-title.ts';
import { SummaryList } from '../../ui/summary-list.tsx';
import { Tag } from '../../ui/tag.tsx';
import { deactivateWorker, type InvitationDto, reactivateWorker, resendInvitation, workerQuery } from './admin.api.ts';
import { ROLE_WORDS, STATUS_WORDS } from './admin-words.ts';
import { InvitationLinkPanel } from './invitation-link.panel.tsx';

export function WorkerPage({ staffId }: { staffId: string }) {
  const { data: w } = useSuspenseQuery(workerQuery(staffId));
  const queryClient = useQueryClient();
  const flash = useFlash();
  const [invitation, setInvitation] = useState<InvitationDto | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  usePageTitle(w.fullName, problem !== null);

  const act = useMutation({
    mutationFn: async (action: 'invite' | 'deactivate' | 'reactivate') => {
      if (action === 'invite') return { action, invitation: (await resendInvitation(staffId)).invitation };
      if (action === 'deactivate') await deactivateWorker(staffId);
      else await reactivateWorker(staffId);
      return { action, invitation: null };
    },
    onSuccess: async ({ action, invitation: made }) => {
      setProblem(null);
      setInvitation(made);
      setDone(
        action === 'invite'
          ? `A new invitation was made for ${w.fullName}. Any earlier link no longer works.`
          : action === 'deactivate'
            ? `${w.fullName}’s account was deactivated. They were signed out everywhere.`
            : `${w.fullName}’s account was reactivated. They can sign in again.`,
      );
      await queryClient.invalidateQueries({ queryKey: ['admin'] });
    },
    onError: (error) => {
      if (!isApiError(error) || error.status !== 401) setProblem(isApiError(error) ? error.message : 'Something went wrong. Try again.');
    },
  });

  const status = STATUS_WORDS[w.status];
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds-from-desktop">
        <Link to="/admin/organisations/$organisationId" params={{ organisationId: w.organisation.id }} className="govuk-back-link">
          Back to {w.organisation.name}
        </Link>
        <ErrorSummary errors={problem ? [{ message: problem }] : []} />
        {flash || done ? <NotificationBanner title="Success" heading={done ?? flash ?? ''} success /> : null}
        <span className="govuk-caption-l">{w.organisation.name}</span>
        <h1 className="govuk-heading-l">{w.fullName}</h1>
        {invitation ? <InvitationLinkPanel name={w.fullName} invitation={invitation} /> : null}
        <SummaryList
          rows={[
            { key: 'Job title', value: w.jobTitle },
            { key: 'Profession', value: w.discipline },
            { key: 'Role', value: ROLE_WORDS[w.role].label },
            { key: 'Team', value: w.team?.name ?? 'No team' },
            { key: 'Email address', value: w.email ?? 'None' },
            { key: 'Phone number', value: w.phone ?? 'None' },
            { key: 'Username', value: w.username ?? 'No account' },
            { key: 'Account', value: <Tag colour={status.colour}>{status.label}</Tag> },
            { key: 'Authenticator app', value: w.secondFactor ? 'Set up' : 'Not set up' },
            {
              key: 'Invitation',
              value: w.invitationExpiresAt
                ? `Works until ${new Date(w.invitationExpiresAt).toLocaleString('en-GB', { dateStyle: 'long', timeStyle: 'short' })}`
                : 'None waiting',
            },
            { key: 'Care teams', value: w.careTeams === 1 ? 'On 1 family’s care team' : `On ${w.careTeams} families’ care teams` },
          ]}
        />
        {w.allowed.edit ? (
          <p className="govuk-body">
            <Link to="/admin/workers/$staffId/edit" params={{ staffId }} className="govuk-link">
              Change {w.fullName}’s details
            </Link>
          </p>
        ) : (
          <p className="govuk-body">Only a platform administrator can change a platform administrator.</p>
        )}
        {w.allowed.invite ? (
          <>
            <h2 className="govuk-heading-m">Invitation</h2>
            <p className="govuk-body">A new invitation stops any earlier link from working.</p>
            <Button secondary busy={act.isPending} type="button" onClick={() => act.mutate('invite')}>
              Send a new invitation
            </Button>
          </>
        ) : null}
        {w.allowed.resetSecondFactor ? (
          <>
            <h2 className="govuk-heading-m">Lost phone or authenticator app</h2>
            <p className="govuk-body">
              <Link to="/admin/workers/$staffId/reset-second-factor" params={{ staffId }} className="govuk-link">
                Reset {w.fullName}’s second factor
              </Link>
            </p>
          </>
        ) : null}
        {w.allowed.deactivate ? (
          <>
            <h2 className="govuk-heading-m">Deactivate</h2>
            <p className="govuk-body">
              {w.fullName} will be signed out at once and will not be able to sign in until someone reactivates the account. They stay on
              their families’ care teams: tell their team manager.
            </p>
            <Button className="govuk-button--warning" busy={act.isPending} type="button" onClick={() => act.mutate('deactivate')}>
              Deactivate account
            </Button>
          </>
        ) : null}
        {w.allowed.reactivate ? (
          <Button secondary busy={act.isPending} type="button" onClick={() => act.mutate('reactivate')}>
            Reactivate account
          </Button>
        ) : null}
      </div>
    </div>
  );
}
