// "Your account": change your password (your other sessions end), add or remove an authenticator app (family members),
// make a new set of recovery codes, and choose whether Umbrella emails you when there is something new.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useT } from '../../i18n/i18n.ts';
import { Button } from '../../ui/button.tsx';
import { ErrorSummary } from '../../ui/error-summary.tsx';
import { TextField } from '../../ui/field.tsx';
import { type FieldErrors, fieldErrorsFromFailure, toFormErrors } from '../../ui/form-errors.ts';
import { Loading } from '../../ui/loading.tsx';
import { NotificationBanner } from '../../ui/notification-banner.tsx';
import { usePageTitle } from '../../ui/page-title.ts';
import { accountWords as m } from './account.messages.ts';
import { accountSettingsQuery, changePassword, makeRecoveryCodes } from './accounts.api.ts';
import { authWords } from './auth-words.messages.ts';
import { AuthenticatorSection } from './authenticator.section.tsx';
import { MailChoiceSection } from './mail-choice.section.tsx';
import { RecoveryCodesView } from './recovery-codes.view.tsx';
import { useSession } from './session.queries.ts';

export function AccountPage() {
  const t = useT();
  const settings = useQuery(accountSettingsQuery);
  const session = useSession();
  const familyMember = session.data?.me ? session.data.me.kind !== 'professional' : false;
  usePageTitle(t(m.title));
  if (settings.isPending) return <Loading />;
  if (settings.isError) return <p className="govuk-body">{t(m.cannotLoad)}</p>;
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">{t(m.title)}</h1>
        <p className="govuk-body">{t.rich(m.yourUsername, { username: settings.data.username, b: (s) => <strong>{s}</strong> })}</p>
        <ChangePasswordForm />
        {familyMember ? <AuthenticatorSection hasApp={settings.data.hasSecondFactor} /> : null}
        {settings.data.hasSecondFactor ? <RecoveryCodesForm left={settings.data.recoveryCodesLeft} /> : null}
        <MailChoiceSection settings={settings.data} />
      </div>
    </div>
  );
}

function ChangePasswordForm() {
  const t = useT();
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
    if (!current) problems.currentPassword = t(m.enterCurrent);
    if (next.length < 12) problems.newPassword = t(authWords.passwordTooShort);
    setErrors(problems);
    if (Object.keys(problems).length === 0) mutation.mutate();
  };
  return (
    <section aria-labelledby="change-password-title">
      {mutation.isSuccess ? (
        <NotificationBanner title={t(authWords.success)} heading={t(authWords.passwordChanged)} success>
          <p className="govuk-body">{t(m.signedOutElsewhere)}</p>
        </NotificationBanner>
      ) : null}
      <ErrorSummary errors={toFormErrors(errors, ['currentPassword', 'newPassword'])} />
      <h2 className="govuk-heading-m" id="change-password-title">
        {t(m.changeTitle)}
      </h2>
      <form noValidate onSubmit={onSubmit}>
        <TextField
          id="currentPassword"
          label={t(m.currentPassword)}
          type="password"
          value={current}
          onValueChange={setCurrent}
          error={errors.currentPassword}
          autoComplete="current-password"
          widthClass="govuk-!-width-two-thirds"
        />
        <TextField
          id="newPassword"
          label={t(authWords.newPassword)}
          type="password"
          hint={t(m.newPasswordHint)}
          value={next}
          onValueChange={setNext}
          error={errors.newPassword}
          autoComplete="new-password"
          widthClass="govuk-!-width-two-thirds"
        />
        <Button busy={mutation.isPending}>{t(m.changeButton)}</Button>
      </form>
    </section>
  );
}

function RecoveryCodesForm({ left }: { left: number }) {
  const t = useT();
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
    if (!password) return setErrors({ recoveryPassword: t(authWords.enterPassword) });
    mutation.mutate();
  };
  if (mutation.isSuccess) return <RecoveryCodesView codes={mutation.data.recoveryCodes} />;
  return (
    <section aria-labelledby="recovery-title">
      <ErrorSummary errors={toFormErrors(errors, ['recoveryPassword'])} />
      <h2 className="govuk-heading-m" id="recovery-title">
        {t(m.recoveryTitle)}
      </h2>
      <p className="govuk-body">{t(m.recoveryLeft, { left })}</p>
      <form noValidate onSubmit={onSubmit}>
        <TextField
          id="recoveryPassword"
          label={t(authWords.yourPassword)}
          type="password"
          value={password}
          onValueChange={setPassword}
          error={errors.recoveryPassword}
          autoComplete="current-password"
          widthClass="govuk-!-width-two-thirds"
        />
        <Button busy={mutation.isPending} secondary>
          {t(m.makeNewCodes)}
        </Button>
      </form>
    </section>
  );
}
