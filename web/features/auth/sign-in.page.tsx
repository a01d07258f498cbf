// Sign-in, step one: username and password. Professionals then enter a security code; everyone else goes straight in.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { type Translate, useT } from '../../i18n/i18n.ts';
import { Button } from '../../ui/button.tsx';
import { ErrorSummary } from '../../ui/error-summary.tsx';
import { TextField } from '../../ui/field.tsx';
import { type FieldErrors, fieldErrorsFromFailure, toFormErrors } from '../../ui/form-errors.ts';
import { NotificationBanner } from '../../ui/notification-banner.tsx';
import { usePageTitle } from '../../ui/page-title.ts';
import { authWords } from './auth-words.messages.ts';
import { homePathFor, isSignedIn } from './session.queries.ts';
import { signIn } from './sign-in.api.ts';
import { signInWords as m } from './sign-in.messages.ts';
import { type SignInReason, safeNextPath } from './sign-in.search.ts';

const FIELD_ORDER = ['username', 'password'] as const;

function validate(t: Translate, username: string, password: string): FieldErrors {
  const errors: FieldErrors = {};
  if (!username.trim()) errors.username = t(m.enterUsername);
  if (!password) errors.password = t(authWords.enterPassword);
  return errors;
}

export function SignInPage({ reason, next }: { reason?: SignInReason; next?: string }) {
  const t = useT();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const hasErrors = Object.keys(errors).length > 0;
  usePageTitle(t(m.signIn), hasErrors);

  const mutation = useMutation({
    mutationFn: () => signIn(queryClient, { username: username.trim(), password }),
    onSuccess: async (session) => {
      if (session.stage === 'awaiting_second_factor') {
        await navigate({ to: '/sign-in/code', search: { next } });
      } else if (isSignedIn(session)) {
        const back = safeNextPath(next);
        await (back ? navigate({ href: back, replace: true }) : navigate({ to: homePathFor(session.me), replace: true }));
      }
    },
    onError: (error) => {
      setPassword('');
      setErrors(fieldErrorsFromFailure(error, 'username'));
    },
  });

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const problems = validate(t, username, password);
    setErrors(problems);
    if (Object.keys(problems).length === 0) mutation.mutate();
  };

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        {reason === 'session-ended' && !hasErrors ? (
          <NotificationBanner heading={t(m.sessionEndedHeading)}>
            <p className="govuk-body">{t(m.sessionEnded)}</p>
          </NotificationBanner>
        ) : null}
        {reason === 'signed-out' && !hasErrors ? (
          <NotificationBanner title={t(authWords.success)} heading={t(m.signedOutHeading)} success />
        ) : null}
        <ErrorSummary errors={toFormErrors(errors, FIELD_ORDER)} />
        <h1 className="govuk-heading-l">{t(m.heading)}</h1>
        <form noValidate onSubmit={onSubmit}>
          <TextField
            id="username"
            label={t(authWords.username)}
            value={username}
            onValueChange={setUsername}
            error={errors.username}
            autoComplete="username"
            autoCapitalize="none"
            spellCheck={false}
            widthClass="govuk-!-width-two-thirds"
          />
          <TextField
            id="password"
            label={t(authWords.password)}
            type="password"
            value={password}
            onValueChange={setPassword}
            error={errors.password}
            autoComplete="current-password"
            widthClass="govuk-!-width-two-thirds"
          />
          <Button busy={mutation.isPending}>{t(m.signIn)}</Button>
        </form>
        <p className="govuk-body">
          <Link to="/forgotten-password" className="govuk-link">
            {t(authWords.forgottenPassword)}
          </Link>
        </p>
        <p className="govuk-body">{t(m.cannotSignIn)}</p>
      </div>
    </div>
  );
}
