// Accepting an invitation or sign-in letter: choose a password, then (professionals must, family members may) set up an
// authenticator app and keep ten recovery codes. The steps can be finished later with the same link while it lasts.
// The first step says what the record is for them; a parent who lives elsewhere reads what he will and will not see.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { OTHER_PARENT_WELCOME } from '../../../shared/domain/family-words.ts';
import { isApiError } from '../../api/client.ts';
import { Button } from '../../ui/button.tsx';
import { ErrorSummary } from '../../ui/error-summary.tsx';
import { TextField } from '../../ui/field.tsx';
import { type FieldErrors, fieldErrorsFromFailure, toFormErrors } from '../../ui/form-errors.ts';
import { Loading } from '../../ui/loading.tsx';
import { usePageTitle } from '../../ui/page-title.ts';
import { Radios } from '../../ui/radios.tsx';
import {
  choosePassword,
  confirmAuthenticator,
  finishWelcome,
  startAuthenticator,
  type WelcomeState,
  welcomeQuery,
} from './accounts.api.ts';
import { AuthenticatorStep } from './authenticator.step.tsx';
import { RecoveryCodesView } from './recovery-codes.view.tsx';

/** The page where someone types the code from a printed letter. */
export function WelcomeCodePage() {
  const navigate = useNavigate();
  const [code, setCode] = useState('');
  const [error, setError] = useState('');
  usePageTitle('Set up your account', Boolean(error));
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const cleaned = code.replace(/[\s-]/g, '');
    if (!cleaned) return setError('Enter the code from your letter');
    void navigate({ to: '/welcome/$token', params: { token: cleaned } });
  };
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <ErrorSummary errors={toFormErrors(error ? { code: error } : {}, ['code'])} />
        <h1 className="govuk-heading-l">Set up your account</h1>
        <form noValidate onSubmit={onSubmit}>
          <TextField
            id="code"
            label="The code from your letter"
            hint="It is in groups of 4 letters and numbers, for example ABCD-EFGH-JKMN-PQRS-TVWX-YZ"
            value={code}
            onValueChange={setCode}
            error={error || undefined}
            autoCapitalize="characters"
            autoComplete="off"
            spellCheck={false}
          />
          <Button>Continue</Button>
        </form>
      </div>
    </div>
  );
}

export function WelcomePage({ token }: { token: string }) {
  const state = useQuery(welcomeQuery(token));
  if (state.isPending) return <Loading />;
  if (state.isError) {
    return (
      <LinkProblem
        message={isApiError(state.error) ? state.error.message : 'We could not open this invitation. Try again in a few minutes.'}
      />
    );
  }
  return <WelcomeSteps token={token} initial={state.data} />;
}

function LinkProblem({ message }: { message: string }) {
  usePageTitle('This link does not work');
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">This link does not work</h1>
        <p className="govuk-body">{message}</p>
        <p className="govuk-body">
          <Link to="/sign-in" className="govuk-link">
            Go to sign in
          </Link>
        </p>
      </div>
    </div>
  );
}

type Step = 'password' | 'resume' | 'choose-second-factor' | 'authenticator' | 'codes' | 'done';

function WelcomeSteps({ token, initial }: { token: string; initial: WelcomeState }) {
  const queryClient = useQueryClient();
  const [state, setState] = useState(initial);
  // Kept in memory only while this page is open, so the later steps need not ask for it again.
  const [password, setPassword] = useState('');
  const [codes, setCodes] = useState<string[]>([]);
  const afterPassword: Step = state.secondFactor === 'required' ? 'authenticator' : 'choose-second-factor';
  const [step, setStep] = useState<Step>(initial.passwordChosen ? 'resume' : 'password');

  if (step === 'password') {
    return (
      <PasswordStep
        token={token}
        state={state}
        onDone={(next, chosen) => {
          setState(next);
          setPassword(chosen);
          setStep(afterPassword);
        }}
      />
    );
  }
  if (step === 'resume' || !password) {
    return (
      <ResumeStep
        onDone={(given) => {
          setPassword(given);
          setStep(afterPassword);
        }}
      />
    );
  }
  if (step === 'choose-second-factor') {
    return (
      <ChooseSecondFactor
        token={token}
        password={password}
        hasApp={state.hasSecondFactor}
        onChoose={(withApp) => setStep(withApp ? 'authenticator' : 'done')}
      />
    );
  }
  if (step === 'authenticator') {
    return (
      <AuthenticatorStep
        required={state.secondFactor === 'required'}
        start={() => startAuthenticator(queryClient, token, password)}
        confirm={(code) => confirmAuthenticator(queryClient, token, { password, code })}
        onDone={(recoveryCodes) => {
          setCodes(recoveryCodes);
          setStep('codes');
        }}
      />
    );
  }
  return <Finished codes={step === 'codes' ? codes : []} />;
}

function PasswordStep({
  token,
  state,
  onDone,
}: {
  token: string;
  state: WelcomeState;
  onDone: (s: WelcomeState, password: string) => void;
}) {
  const queryClient = useQueryClient();
  const [username, setUsername] = useState(state.username);
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const hasErrors = Object.keys(errors).length > 0;
  usePageTitle('Choose your password', hasErrors);
  const mutation = useMutation({
    mutationFn: () => choosePassword(queryClient, token, { username: username.trim(), password }),
    onSuccess: (next) => onDone(next, password),
    onError: (error) => setErrors(fieldErrorsFromFailure(error, 'password')),
  });
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const problems: FieldErrors = {};
    if (username.trim().length < 3) problems.username = 'Enter a username of at least 3 characters';
    if (password.length < 12) problems.password = 'Use at least 12 characters. Three or four unrelated words make a strong password';
    setErrors(problems);
    if (Object.keys(problems).length === 0) mutation.mutate();
  };
  const family = state.accountKind !== 'professional';
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <ErrorSummary errors={toFormErrors(errors, ['username', 'password'])} />
        <h1 className="govuk-heading-l">Welcome to Umbrella{state.name ? `, ${state.name}` : ''}</h1>
        {state.accountKind === 'other_parent' ? (
          OTHER_PARENT_WELCOME.paragraphs.map((p) => (
            <p className="govuk-body" key={p}>
              {p.replaceAll('{children}', 'your children')}
            </p>
          ))
        ) : family ? (
          <p className="govuk-body">
            Umbrella is your family’s shared record. You and the people who work with your family see the same record: you can read what is
            written about you and add your own view.
          </p>
        ) : (
          <p className="govuk-body">Umbrella is the shared record you will use with the families you work with.</p>
        )}
        {state.invitedBy ? <p className="govuk-body">You were invited by {state.invitedBy}.</p> : null}
        <h2 className="govuk-heading-m">Choose your password</h2>
        <form noValidate onSubmit={onSubmit}>
          <TextField
            id="username"
            label="Username"
            hint="You will type this to sign in. You can keep this one or choose another."
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
            label="Password"
            type="password"
            hint="At least 12 characters. Three or four unrelated words are easy to remember and hard to guess, like “kettle orbit tulip marching”."
            value={password}
            onValueChange={setPassword}
            error={errors.password}
            autoComplete="new-password"
            widthClass="govuk-!-width-two-thirds"
          />
          <Button busy={mutation.isPending}>Save my password</Button>
        </form>
      </div>
    </div>
  );
}

function ResumeStep({ onDone }: { onDone: (password: string) => void }) {
  const [password, setPassword] = useState('');
  const [error, setError] = useState('');
  usePageTitle('Carry on setting up your account', Boolean(error));
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!password) return setError('Enter the password you chose');
    onDone(password);
  };
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <ErrorSummary errors={toFormErrors(error ? { password: error } : {}, ['password'])} />
        <h1 className="govuk-heading-l">Carry on setting up your account</h1>
        <p className="govuk-body">You have already chosen a password with this link. Enter it to carry on where you left off.</p>
        <form noValidate onSubmit={onSubmit}>
          <TextField
            id="password"
            label="Your password"
            type="password"
            value={password}
            onValueChange={setPassword}
            error={error || undefined}
            autoComplete="current-password"
            widthClass="govuk-!-width-two-thirds"
          />
          <Button>Continue</Button>
        </form>
        <p className="govuk-body">If you have forgotten it, ask the person who invited you for a new invitation.</p>
      </div>
    </div>
  );
}

type ChooseProps = { token: string; password: string; hasApp: boolean; onChoose: (withApp: boolean) => void };

function ChooseSecondFactor({ token, password, hasApp, onChoose }: ChooseProps) {
  const queryClient = useQueryClient();
  const [choice, setChoice] = useState<'yes' | 'no' | ''>('');
  const [errors, setErrors] = useState<FieldErrors>({});
  usePageTitle('A second step when you sign in', Object.keys(errors).length > 0);
  const finish = useMutation({
    mutationFn: () => finishWelcome(queryClient, token, password),
    onSuccess: () => onChoose(false),
    onError: (error) => setErrors(fieldErrorsFromFailure(error, 'second-factor')),
  });
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!choice) return setErrors({ 'second-factor': 'Choose whether to add a second step when you sign in' });
    setErrors({});
    if (choice === 'yes') onChoose(true);
    else finish.mutate();
  };
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <ErrorSummary errors={toFormErrors(errors, ['second-factor'])} />
        <h1 className="govuk-heading-l">Your password is saved</h1>
        <form noValidate onSubmit={onSubmit}>
          <Radios
            name="second-factor"
            legend={hasApp ? 'You already sign in with an app on your phone' : 'Would you like a second step when you sign in?'}
            legendClass="govuk-fieldset__legend--m"
            hint={
              hasApp
                ? 'Keep using it, or set up a new one if you have lost your phone.'
                : 'With a second step, you also type a code from an app on your phone each time you sign in. It keeps your family’s record safer if someone learns your password. You can say no: your password alone will work, and you can add the app later under “Your account”.'
            }
            error={errors['second-factor']}
            value={choice}
            onChange={setChoice}
            options={
              hasApp
                ? [
                    { value: 'no', label: 'Keep the app I use now' },
                    { value: 'yes', label: 'Set up a new app on my phone' },
                  ]
                : [
                    { value: 'yes', label: 'Yes, set up an app on my phone' },
                    { value: 'no', label: 'No, just my password for now' },
                  ]
            }
          />
          <Button busy={finish.isPending}>Continue</Button>
        </form>
      </div>
    </div>
  );
}

function Finished({ codes }: { codes: string[] }) {
  usePageTitle('Your account is ready');
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <div className="govuk-panel govuk-panel--confirmation">
          <h1 className="govuk-panel__title">Your account is ready</h1>
        </div>
        {codes.length > 0 ? <RecoveryCodesView codes={codes} /> : null}
        <p className="govuk-body">You can now sign in with your username and password.</p>
        <p className="govuk-body umb-no-print">
          <Link to="/sign-in" className="govuk-link">
            Go to sign in
          </Link>
        </p>
      </div>
    </div>
  );
}
