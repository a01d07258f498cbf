// Reset a worker's second factor (a lost phone): only with a written reason, which is kept in the audit log. They are
// signed out, their authenticator and recovery codes stop working, and a new invitation lets them set it up again.
import { useMutation, useQueryClient, useSuspenseQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { isApiError } from '../../api/client.ts';
import { Button } from '../../ui/button.tsx';
import { ErrorSummary } from '../../ui/error-summary.tsx';
import { type FieldErrors, fieldErrorsFromFailure, toFormErrors } from '../../ui/form-errors.ts';
import { usePageTitle } from '../../ui/page-title.ts';
import { TextArea } from '../../ui/textarea.tsx';
import { resetSecondFactor, type WorkerWithLinkDto, workerQuery } from './admin.api.ts';
import { InvitationLinkPanel } from './invitation-link.panel.tsx';

export function SecondFactorResetPage({ staffId }: { staffId: string }) {
  const { data: w } = useSuspenseQuery(workerQuery(staffId));
  const queryClient = useQueryClient();
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [result, setResult] = useState<WorkerWithLinkDto | null>(null);
  usePageTitle(result ? `${w.fullName}’s second factor was reset` : `Reset ${w.fullName}’s second factor`, Object.keys(errors).length > 0);

  const mutation = useMutation({
    mutationFn: () => resetSecondFactor(staffId, reason.trim()),
    onSuccess: async (made) => {
      setResult(made);
      await queryClient.invalidateQueries({ queryKey: ['admin'] });
    },
    onError: (error) => {
      if (!isApiError(error) || error.status !== 401) setErrors(fieldErrorsFromFailure(error, 'reason'));
    },
  });

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const problems: FieldErrors = reason.trim().length >= 10 ? {} : { reason: 'Write why the second factor is being reset, in a sentence' };
    setErrors(problems);
    if (Object.keys(problems).length === 0) mutation.mutate();
  };

  const back = (
    <Link to="/admin/workers/$staffId" params={{ staffId }} className="govuk-back-link">
      Back to {w.fullName}
    </Link>
  );
  if (result) {
    return (
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds-from-desktop">
          {back}
          <h1 className="govuk-heading-l">{w.fullName}’s second factor was reset</h1>
          <p className="govuk-body">They were signed out. Their authenticator app and recovery codes no longer work.</p>
          <InvitationLinkPanel name={w.fullName} invitation={result.invitation} />
        </div>
      </div>
    );
  }
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds-from-desktop">
        {back}
        <ErrorSummary errors={toFormErrors(errors, ['reason'])} />
        <h1 className="govuk-heading-l">Reset {w.fullName}’s second factor</h1>
        <p className="govuk-body">Do this when they have lost the phone or app that gives their sign-in codes. When you reset it:</p>
        <ul className="govuk-list govuk-list--bullet">
          <li>they are signed out everywhere, at once</li>
          <li>their authenticator app and recovery codes stop working</li>
          <li>they get a new invitation to set up their sign-in again, and are told by email</li>
        </ul>
        <p className="govuk-body">Check it is really them asking, for example by calling them back on a number you already know.</p>
        <form noValidate onSubmit={onSubmit}>
          <TextArea
            id="reason"
            label="Why are you resetting it?"
            hint="This is kept in the audit log. For example: lost phone, reported by phone call on 3 March, checked with their manager"
            rows={3}
            value={reason}
            onValueChange={setReason}
            error={errors.reason}
          />
          <Button className="govuk-button--warning" busy={mutation.isPending}>
            Reset second factor
          </Button>
        </form>
      </div>
    </div>
  );
}
