// "Your account": change your password (your other sessions end), add or remove an authenticator app (family members),
// make a new set of recovery codes, and choose whether Umbrella emails you when there is something new.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Button } from '../../ui/button.tsx';
import { ErrorSummary } from '../../ui/error-summary.tsx';
import { TextField } from '../../ui/field.tsx';
import { type FieldErrors, fieldErrorsFromFailure, toFormErrors } from '../../ui/form-errors.ts';
import { Loading } from '../../ui/loading.tsx';
import { NotificationBanner } from '../../ui/notification-banner.tsx';
import { usePageTitle } from '../../ui/page-title.ts';
import { accountSettingsQuery, changePassword, makeRecoveryCodes } from './accounts.api.ts';
import { AuthenticatorSection } from './authenticator.section.tsx';
import { MailChoiceSection } from './mail-choice.section.tsx';
import { RecoveryCodesView } from './recovery-codes.view.tsx';
import { useSession } from './session.queries.ts';

export function AccountPage() {
  const settings = useQuery(accountSettingsQuery);
  const session = useSession();
  const familyMember = session.data?.me ? session.data.me.kind !== 'professional' : false;
  usePageTitle('Your account');
  if (settings.isPending) return <Loading />;
  if (settings.isError) return <p className="govuk-body">We could not load your account. Try again in a few minutes.</p>;
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">Your account</h1>
        <p className="govuk-body">
          Your username is <strong>{settings.data.username}</strong>.
        </p>
        <ChangePasswordForm />
        {familyMember ? <AuthenticatorSection hasApp={settings.data.hasSecondFactor} /> : null}
        {settings.data.hasSecondFactor ? <RecoveryCodesForm left={settings.data.recoveryCodesLeft} /> : null}
        <MailChoiceSection settings={settings.data} />
      </div>
    </div>
  );
}

function ChangePasswordForm() {
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const mutation = useMutation({
    mutationFn: () => changePassword({ currentPassword: current, newPassword: next }),
    onSuccess: () => {
      setCurrent('');
      setNext('');
      setErrors({});
    },
    onError: (error) => setErrors(fieldErrorsFromFailure(error, 'currentPassword')),
  });
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const problems: FieldErrors = {};
    if (!current) problems.currentPassword = 'Enter your current password';
    if (next.length < 12) problems.newPassword = 'Use at least 12 characters. Three or four unrelated words make a strong password';
    setErrors(problems);
    if (Object.keys(problems).length === 0) mutation.mutate();
  };
  return (
    <section aria-labelledby="change-password-title">
      {mutation.isSuccess ? (
        <NotificationBanner title="Success" heading="Your password has been changed" success>
          <p className="govuk-body">You have been signed out on every other phone or computer.</p>
        </NotificationBanner>
      ) : null}
      <ErrorSummary errors={toFormErrors(errors, ['currentPassword', 'newPassword'])} />
      <h2 className="govuk-heading-m" id="change-password-title">
        Change your password
      </h2>
      <form noValidate onSubmit={onSubmit}>
        <TextField
          id="currentPassword"
          label="Current password"
          type="password"
          value={current}
          onValueChange={setCurrent}
          error={errors.currentPassword}
          autoComplete="current-password"
          widthClass="govuk-!-width-two-thirds"
        />
        <TextField
          id="newPassword"
          label="New password"
          type="password"
          hint="At least 12 characters. Three or four unrelated words are easy to remember and hard to guess."
          value={next}
          onValueChange={setNext}
          error={errors.newPassword}
          autoComplete="new-password"
          widthClass="govuk-!-width-two-thirds"
        />
        <Button busy={mutation.isPending}>Change my password</Button>
      </form>
    </section>
  );
}

function RecoveryCodesForm({ left }: { left: number }) {
  const queryClient = useQueryClient();
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const mutation = useMutation({
    mutationFn: () => makeRecoveryCodes(password),
    onSuccess: () => {
      setPassword('');
      setErrors({});
      void queryClient.invalidateQueries({ queryKey: accountSettingsQuery.queryKey });
    },
    onError: (error) => {
      const found = fieldErrorsFromFailure(error, 'recoveryPassword');
      setErrors(found.password ? { recoveryPassword: found.password } : found);
    },
  });
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!password) return setErrors({ recoveryPassword: 'Enter your password' });
    mutation.mutate();
  };
  if (mutation.isSuccess) return <RecoveryCodesView codes={mutation.data.recoveryCodes} />;
  return (
    <section aria-labelledby="recovery-title">
      <ErrorSummary errors={toFormErrors(errors, ['recoveryPassword'])} />
      <h2 className="govuk-heading-m" id="recovery-title">
        Recovery codes
      </h2>
      <p className="govuk-body">
        {left === 0 ? 'You have no recovery codes left.' : `You have ${left} recovery code${left === 1 ? '' : 's'} left.`} A new set of ten
        replaces them: the old codes stop working.
      </p>
      <form noValidate onSubmit={onSubmit}>
        <TextField
          id="recoveryPassword"
          label="Your password"
          type="password"
          value={password}
          onValueChange={setPassword}
          error={errors.recoveryPassword}
          autoComplete="current-password"
          widthClass="govuk-!-width-two-thirds"
        />
        <Button busy={mutation.isPending} secondary>
          Make new recovery codes
        </Button>
      </form>
    </section>
  );
}
