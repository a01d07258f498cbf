// Choosing a new password with the link from the email: the link works once, for 30 minutes; every session then ends.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { isApiError } from '../../api/client.ts';
import { useT } from '../../i18n/i18n.ts';
import { Button } from '../../ui/button.tsx';
import { ErrorSummary } from '../../ui/error-summary.tsx';
import { TextField } from '../../ui/field.tsx';
import { type FieldErrors, fieldErrorsFromFailure, toFormErrors } from '../../ui/form-errors.ts';
import { Loading } from '../../ui/loading.tsx';
import { usePageTitle } from '../../ui/page-title.ts';
import { completePasswordReset, passwordResetQuery } from './accounts.api.ts';
import { authWords } from './auth-words.messages.ts';
import { passwordWords as m } from './password.messages.ts';
import { sessionQueryKey } from './session.queries.ts';

export function ResetPasswordPage({ token }: { token: string }) {
  const t = useT();
  const queryClient = useQueryClient();
  const state = useQuery(passwordResetQuery(token));
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const mutation = useMutation({
    mutationFn: () => completePasswordReset(queryClient, token, password),
    // Every session of the account has ended, this browser's too if it had one.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: sessionQueryKey }),
    onError: (error) => setErrors(fieldErrorsFromFailure(error, 'password')),
  });
  const title = t(state.isError ? authWords.linkDoesNotWork : mutation.isSuccess ? authWords.passwordChanged : m.chooseNew);
  usePageTitle(title, Object.keys(errors).length > 0);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (password.length < 12) return setErrors({ password: t(authWords.passwordTooShort) });
    setErrors({});
    mutation.mutate();
  };

  if (state.isPending) return <Loading />;
  const signInLink = (
    <p className="govuk-body">
      <Link to="/sign-in" className="govuk-link">
        {t(authWords.goToSignIn)}
      </Link>
    </p>
  );
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <ErrorSummary errors={toFormErrors(errors, ['password'])} />
        <h1 className="govuk-heading-l">{title}</h1>
        {state.isError ? (
          <>
            <p className="govuk-body">{isApiError(state.error) ? state.error.message : t(authWords.tryAgainLater)}</p>
            {signInLink}
          </>
        ) : mutation.isSuccess ? (
          <>
            <p className="govuk-body">{t(m.signInWithNew)}</p>
            {signInLink}
          </>
        ) : (
          <form noValidate onSubmit={onSubmit}>
            <p className="govuk-body">{t.rich(m.forAccount, { username: state.data.username, b: (s) => <strong>{s}</strong> })}</p>
            <TextField
              id="password"
              label={t(authWords.newPassword)}
              type="password"
              hint={t(authWords.passwordHint)}
              value={password}
              onValueChange={setPassword}
              error={errors.password}
              autoComplete="new-password"
              widthClass="govuk-!-width-two-thirds"
            />
            <Button busy={mutation.isPending}>{t(m.saveNew)}</Button>
          </form>
        )}
      </div>
    </div>
  );
}
