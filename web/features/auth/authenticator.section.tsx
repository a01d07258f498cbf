// On "Your account", for a family member: whether they sign in with an authenticator app too, a way to add one if
// they skipped it at welcome, and a way to remove it with their password. Workers always have one, so never see this.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Button } from '../../ui/button.tsx';
import { ErrorSummary } from '../../ui/error-summary.tsx';
import { TextField } from '../../ui/field.tsx';
import { type FieldErrors, fieldErrorsFromFailure, toFormErrors } from '../../ui/form-errors.ts';
import { LinkButton } from '../../ui/link-button.tsx';
import { NotificationBanner } from '../../ui/notification-banner.tsx';
import { accountSettingsQuery, removeOwnAuthenticator } from './accounts.api.ts';

export function AuthenticatorSection({ hasApp }: { hasApp: boolean }) {
  const queryClient = useQueryClient();
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const remove = useMutation({
    mutationFn: () => removeOwnAuthenticator(password),
    onSuccess: () => {
      setPassword('');
      setErrors({});
      void queryClient.invalidateQueries({ queryKey: accountSettingsQuery.queryKey });
    },
    onError: (error) => setErrors(fieldErrorsFromFailure(error, 'removePassword')),
  });
  const onRemove = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!password) return setErrors({ removePassword: 'Enter your password' });
    remove.mutate();
  };

  return (
    <section aria-labelledby="authenticator-title">
      {remove.isSuccess && !hasApp ? (
        <NotificationBanner title="Success" heading="Your authenticator app has been removed" success>
          <p className="govuk-body">Signing in now asks for your password only. Your recovery codes no longer work.</p>
        </NotificationBanner>
      ) : null}
      <ErrorSummary errors={toFormErrors(errors, ['removePassword'])} />
      <h2 className="govuk-heading-m" id="authenticator-title">
        Authenticator app
      </h2>
      {hasApp ? (
        <>
          <p className="govuk-body">You sign in with your password and a code from an authenticator app on your phone.</p>
          <p className="govuk-body">
            If you remove it, signing in asks for your password only, and your recovery codes stop working. To move it to a new phone,
            remove it here, then add it again.
          </p>
          <form noValidate onSubmit={onRemove}>
            <TextField
              id="removePassword"
              label="Your password"
              type="password"
              value={password}
              onValueChange={setPassword}
              error={errors.removePassword}
              autoComplete="current-password"
              widthClass="govuk-!-width-two-thirds"
            />
            <Button busy={remove.isPending} secondary>
              Remove the authenticator app
            </Button>
          </form>
        </>
      ) : (
        <>
          <p className="govuk-body">
            You sign in with your password only. You can add an authenticator app on your phone: each time you sign in you would also type a
            code from it, so someone who learns your password still could not get in.
          </p>
          <LinkButton to="/account/authenticator" secondary>
            Add an authenticator app
          </LinkButton>
        </>
      )}
    </section>
  );
}
