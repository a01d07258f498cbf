// On "Your account", for a family member: whether they sign in with an authenticator app too, a way to add one if
// they skipped it at welcome, and a way to remove it with their password. Workers always have one, so never see this.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useT } from '../../i18n/i18n.ts';
import { Button } from '../../ui/button.tsx';
import { ErrorSummary } from '../../ui/error-summary.tsx';
import { TextField } from '../../ui/field.tsx';
import { type FieldErrors, fieldErrorsFromFailure, toFormErrors } from '../../ui/form-errors.ts';
import { LinkButton } from '../../ui/link-button.tsx';
import { NotificationBanner } from '../../ui/notification-banner.tsx';
import { accountWords as m } from './account.messages.ts';
import { accountSettingsQuery, removeOwnAuthenticator } from './accounts.api.ts';
import { authWords } from './auth-words.messages.ts';

export function AuthenticatorSection({ hasApp }: { hasApp: boolean }) {
  const t = useT();
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
    if (!password) return setErrors({ removePassword: t(authWords.enterPassword) });
    remove.mutate();
  };

  return (
    <section aria-labelledby="authenticator-title">
      {remove.isSuccess && !hasApp ? (
        <NotificationBanner title={t(authWords.success)} heading={t(m.appRemovedHeading)} success>
          <p className="govuk-body">{t(m.appRemoved)}</p>
        </NotificationBanner>
      ) : null}
      <ErrorSummary errors={toFormErrors(errors, ['removePassword'])} />
      <h2 className="govuk-heading-m" id="authenticator-title">
        {t(m.appTitle)}
      </h2>
      {hasApp ? (
        <>
          <p className="govuk-body">{t(m.hasApp)}</p>
          <p className="govuk-body">{t(m.removeExplain)}</p>
          <form noValidate onSubmit={onRemove}>
            <TextField
              id="removePassword"
              label={t(authWords.yourPassword)}
              type="password"
              value={password}
              onValueChange={setPassword}
              error={errors.removePassword}
              autoComplete="current-password"
              widthClass="govuk-!-width-two-thirds"
            />
            <Button busy={remove.isPending} secondary>
              {t(m.removeApp)}
            </Button>
          </form>
        </>
      ) : (
        <>
          <p className="govuk-body">{t(m.noApp)}</p>
          <LinkButton to="/account/authenticator" secondary>
            {t(m.addApp)}
          </LinkButton>
        </>
      )}
    </section>
  );
}
