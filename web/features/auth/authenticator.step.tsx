// Setting up an authenticator app, at welcome and later on "Your account": the secret shown once (a QR code made on the
// server, and as text to type), then confirmed by the first code the app shows. Leaving the page loses the secret;
// starting again makes a new one. The caller says how to start and confirm (with the invitation, or signed in).
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useT } from '../../i18n/i18n.ts';
import { Button } from '../../ui/button.tsx';
import { ErrorSummary } from '../../ui/error-summary.tsx';
import { TextField } from '../../ui/field.tsx';
import { type FieldErrors, fieldErrorsFromFailure, toFormErrors } from '../../ui/form-errors.ts';
import { usePageTitle } from '../../ui/page-title.ts';
import type { AuthenticatorSetup, RecoveryCodes } from './accounts.api.ts';
import { authWords } from './auth-words.messages.ts';
import { authenticatorWords as m } from './authenticator.messages.ts';

type Props = {
  required: boolean;
  /** Signed in on "Your account": the password is asked again here, before the code is shown. */
  askPassword?: boolean;
  start: (password: string) => Promise<AuthenticatorSetup>;
  confirm: (code: string) => Promise<RecoveryCodes>;
  onDone: (recoveryCodes: string[]) => void;
};

export function AuthenticatorStep({ required, askPassword = false, start: startSetup, confirm: confirmCode, onDone }: Props) {
  const t = useT();
  const [setup, setSetup] = useState<AuthenticatorSetup | null>(null);
  const [password, setPassword] = useState('');
  const [code, setCode] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  usePageTitle(t(m.title), Object.keys(errors).length > 0);

  const start = useMutation({
    mutationFn: () => startSetup(password),
    onSuccess: (s) => {
      setSetup(s);
      setPassword('');
      setErrors({});
    },
    onError: (error) => setErrors(fieldErrorsFromFailure(error, askPassword ? 'password' : 'show-code')),
  });
  const onStart = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (askPassword && !password) return setErrors({ password: t(authWords.enterPassword) });
    start.mutate();
  };
  const confirm = useMutation({
    mutationFn: () => confirmCode(code.replace(/\s+/g, '')),
    onSuccess: (result) => onDone(result.recoveryCodes),
    onError: (error) => {
      setCode('');
      setErrors(fieldErrorsFromFailure(error, 'code'));
    },
  });
  const onConfirm = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!/^\d{6}$/.test(code.replace(/\s+/g, ''))) return setErrors({ code: t(m.enterAppCode) });
    confirm.mutate();
  };

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <ErrorSummary errors={toFormErrors(errors, ['password', 'show-code', 'code'])} />
        <h1 className="govuk-heading-l">{t(m.title)}</h1>
        <p className="govuk-body">{t(required ? m.requiredIntro : m.optionalIntro)}</p>
        {setup ? (
          <>
            <ol className="govuk-list govuk-list--number">
              <li>{t(m.openApp)}</li>
              <li>{t(m.scan)}</li>
            </ol>
            <img className="umb-qr-code" src={`data:image/svg+xml;base64,${btoa(setup.qrSvg)}`} alt={t(m.qrAlt)} width={200} height={200} />
            <p className="govuk-body">
              {t(m.typeInstead)}
              <br />
              <code className="umb-setup-code">{setup.secret}</code>
            </p>
            <p className="govuk-inset-text">{t(m.shownOnce)}</p>
            <form noValidate onSubmit={onConfirm}>
              <TextField
                id="code"
                label={t(m.codeLabel)}
                value={code}
                onValueChange={setCode}
                error={errors.code}
                inputMode="numeric"
                autoComplete="one-time-code"
                spellCheck={false}
                maxLength={12}
                widthClass="govuk-input--width-5 govuk-input--extra-letter-spacing"
              />
              <Button busy={confirm.isPending}>{t(m.checkCode)}</Button>
            </form>
          </>
        ) : (
          <form noValidate onSubmit={onStart}>
            <p className="govuk-body">{t(m.whenReady)}</p>
            {askPassword ? (
              <TextField
                id="password"
                label={t(authWords.yourPassword)}
                hint={t(m.askAgainHint)}
                type="password"
                value={password}
                onValueChange={setPassword}
                error={errors.password}
                autoComplete="current-password"
                widthClass="govuk-!-width-two-thirds"
              />
            ) : null}
            <Button id="show-code" busy={start.isPending}>
              {t(m.showCode)}
            </Button>
          </form>
        )}
      </div>
    </div>
  );
}
