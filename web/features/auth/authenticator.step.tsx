// Setting up an authenticator app, at welcome and later on "Your account": the secret shown once (a QR code made on the
// server, and as text to type), then confirmed by the first code the app shows. Leaving the page loses the secret;
// starting again makes a new one. The caller says how to start and confirm (with the invitation, or signed in).
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Button } from '../../ui/button.tsx';
import { ErrorSummary } from '../../ui/error-summary.tsx';
import { TextField } from '../../ui/field.tsx';
import { type FieldErrors, fieldErrorsFromFailure, toFormErrors } from '../../ui/form-errors.ts';
import { usePageTitle } from '../../ui/page-title.ts';
import type { AuthenticatorSetup, RecoveryCodes } from './accounts.api.ts';

type Props = {
  required: boolean;
  /** Signed in on "Your account": the password is asked again here, before the code is shown. */
  askPassword?: boolean;
  start: (password: string) => Promise<AuthenticatorSetup>;
  confirm: (code: string) => Promise<RecoveryCodes>;
  onDone: (recoveryCodes: string[]) => void;
};

export function AuthenticatorStep({ required, askPassword = false, start: startSetup, confirm: confirmCode, onDone }: Props) {
  const [setup, setSetup] = useState<AuthenticatorSetup | null>(null);
  const [password, setPassword] = useState('');
  const [code, setCode] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  usePageTitle('Set up your authenticator app', Object.keys(errors).length > 0);

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
    if (askPassword && !password) return setErrors({ password: 'Enter your password' });
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
    if (!/^\d{6}$/.test(code.replace(/\s+/g, ''))) return setErrors({ code: 'Enter the 6-digit code your app shows for Umbrella' });
    confirm.mutate();
  };

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <ErrorSummary errors={toFormErrors(errors, ['password', 'show-code', 'code'])} />
        <h1 className="govuk-heading-l">Set up your authenticator app</h1>
        <p className="govuk-body">
          {required
            ? 'Everyone who works with families signs in with a password and a code from an app on their phone.'
            : 'Each time you sign in, you will also type a code from an app on your phone.'}{' '}
          You can use any authenticator app, such as Google Authenticator or Microsoft Authenticator.
        </p>
        {setup ? (
          <>
            <ol className="govuk-list govuk-list--number">
              <li>Open the app and choose to add an account.</li>
              <li>Scan this picture with your phone’s camera.</li>
            </ol>
            <img
              className="umb-qr-code"
              src={`data:image/svg+xml;base64,${btoa(setup.qrSvg)}`}
              alt="A QR code holding your set-up code. If you cannot scan it, type the code shown below it into your app."
              width={200}
              height={200}
            />
            <p className="govuk-body">
              If you cannot scan it, type this set-up code into the app instead:
              <br />
              <code className="umb-setup-code">{setup.secret}</code>
            </p>
            <p className="govuk-inset-text">
              This code is shown only now. If you leave this page before you finish, you will get a new one next time.
            </p>
            <form noValidate onSubmit={onConfirm}>
              <TextField
                id="code"
                label="The 6-digit code the app now shows for Umbrella"
                value={code}
                onValueChange={setCode}
                error={errors.code}
                inputMode="numeric"
                autoComplete="one-time-code"
                spellCheck={false}
                maxLength={12}
                widthClass="govuk-input--width-5 govuk-input--extra-letter-spacing"
              />
              <Button busy={confirm.isPending}>Check the code</Button>
            </form>
          </>
        ) : (
          <form noValidate onSubmit={onStart}>
            <p className="govuk-body">When your phone is ready, show the set-up code. Nobody else should see your screen.</p>
            {askPassword ? (
              <TextField
                id="password"
                label="Your password"
                hint="We ask for it again before anything about signing in changes."
                type="password"
                value={password}
                onValueChange={setPassword}
                error={errors.password}
                autoComplete="current-password"
                widthClass="govuk-!-width-two-thirds"
              />
            ) : null}
            <Button id="show-code" busy={start.isPending}>
              Show my set-up code
            </Button>
          </form>
        )}
      </div>
    </div>
  );
}
