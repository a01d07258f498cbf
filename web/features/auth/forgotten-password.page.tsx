// "Forgotten your password?": asks for a link by email. The answer is the same whether or not the account exists.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { useT } from '../../i18n/i18n.ts';
import { Button } from '../../ui/button.tsx';
import { ErrorSummary } from '../../ui/error-summary.tsx';
import { TextField } from '../../ui/field.tsx';
import { type FieldErrors, fieldErrorsFromFailure, toFormErrors } from '../../ui/form-errors.ts';
import { usePageTitle } from '../../ui/page-title.ts';
import { requestPasswordReset } from './accounts.api.ts';
import { authWords } from './auth-words.messages.ts';
import { passwordWords as m } from './password.messages.ts';

export function ForgottenPasswordPage() {
  const t = useT();
  const queryClient = useQueryClient();
  const [username, setUsername] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const mutation = useMutation({
    mutationFn: () => requestPasswordReset(queryClient, username.trim()),
    onError: (error) => setErrors(fieldErrorsFromFailure(error, 'username')),
  });
  usePageTitle(t(mutation.isSuccess ? m.checkEmail : authWords.forgottenPassword), Object.keys(errors).length > 0);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!username.trim()) return setErrors({ username: t(m.enterUsernameOrEmail) });
    setErrors({});
    mutation.mutate();
  };

  if (mutation.isSuccess) {
    return (
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <h1 className="govuk-heading-l">{t(m.checkEmail)}</h1>
          <p className="govuk-body">{mutation.data.message}</p>
          <p className="govuk-body">
            <Link to="/sign-in" className="govuk-link">
              {t(m.backToSignIn)}
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
        <h1 className="govuk-heading-l">{t(authWords.forgottenPassword)}</h1>
        <p className="govuk-body">{t(m.forgottenIntro)}</p>
        <form noValidate onSubmit={onSubmit}>
          <TextField
            id="username"
            label={t(m.usernameOrEmail)}
            value={username}
            onValueChange={setUsername}
            error={errors.username}
            autoComplete="username"
            autoCapitalize="none"
            spellCheck={false}
            widthClass="govuk-!-width-two-thirds"
          />
          <Button busy={mutation.isPending}>{t(m.sendLink)}</Button>
        </form>
      </div>
    </div>
  );
}
