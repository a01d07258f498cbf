// "Forgotten your password?": asks for a link by email. The answer is the same whether or not the account exists.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { Button } from '../../ui/button.tsx';
import { ErrorSummary } from '../../ui/error-summary.tsx';
import { TextField } from '../../ui/field.tsx';
import { type FieldErrors, fieldErrorsFromFailure, toFormErrors } from '../../ui/form-errors.ts';
import { usePageTitle } from '../../ui/page-title.ts';
import { requestPasswordReset } from './accounts.api.ts';

export function ForgottenPasswordPage() {
  const queryClient = useQueryClient();
  const [username, setUsername] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const mutation = useMutation({
    mutationFn: () => requestPasswordReset(queryClient, username.trim()),
    onError: (error) => setErrors(fieldErrorsFromFailure(error, 'username')),
  });
  usePageTitle(mutation.isSuccess ? 'Check your email' : 'Forgotten your password?', Object.keys(errors).length > 0);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!username.trim()) return setErrors({ username: 'Enter your username or email address' });
    setErrors({});
    mutation.mutate();
  };

  if (mutation.isSuccess) {
    return (
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <h1 className="govuk-heading-l">Check your email</h1>
          <p className="govuk-body">{mutation.data.message}</p>
          <p className="govuk-body">
            <Link to="/sign-in" className="govuk-link">
              Back to sign in
            </Link>
          </p>
        </div>
      </div>
    );
  }
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <ErrorSummary errors={toFormErrors(errors, ['username'])} />
        <h1 className="govuk-heading-l">Forgotten your password?</h1>
        <p className="govuk-body">
          We can email you a link to choose a new password. If you do not use email with Umbrella, ask your key worker or your administrator
          for a sign-in letter instead.
        </p>
        <form noValidate onSubmit={onSubmit}>
          <TextField
            id="username"
            label="Your username or email address"
            value={username}
            onValueChange={setUsername}
            error={errors.username}
            autoComplete="username"
            autoCapitalize="none"
            spellCheck={false}
            widthClass="govuk-!-width-two-thirds"
          />
          <Button busy={mutation.isPending}>Send me a link</Button>
        </form>
      </div>
    </div>
  );
}
