// Accepting an invitation or sign-in letter: choose a password, then (professionals must, family members may) set up an
// authenticator app and keep ten recovery codes. The steps can be finished later with the same link while it lasts.
// The first step says what the record is for them; a parent who lives elsewhere reads what he will and will not see.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { isApiError } from '../../api/client.ts';
import { useT } from '../../i18n/i18n.ts';
import { welcome as familyWelcome } from '../../portal/welcome.messages.ts';
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
import { authWords } from './auth-words.messages.ts';
import { AuthenticatorStep } from './authenticator.step.tsx';
import { RecoveryCodesView } from './recovery-codes.view.tsx';
import { welcomeWords as m } from './welcome.messages.ts';

// The other parent's welcome: shared/domain's OTHER_PARENT_WELCOME paragraph by paragraph, as the family's pages show it
// (web/portal/record-words.test.ts keeps the English the same).
const OTHER_PARENT_PARAGRAPHS = [
  familyWelcome.otherParent_1,
  familyWelcome.otherParent_2,
  familyWelcome.otherParent_3,
  familyWelcome.otherParent_4,
];

/** The page where someone types the code from a printed letter. */
export function WelcomeCodePage() {
  const t = useT();
  const navigate = useNavigate();
  const [code, setCode] = useState('');
  const [error, setError] = useState('');
  usePageTitle(t(m.setUpTitle), Boolean(error));
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const cleaned = code.replace(/[\s-]/g, '');
    if (!cleaned) return setError(t(m.enterLetterCode));
    void navigate({ to: '/welcome/$token', params: { token: cleaned } });
  };
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <ErrorSummary errors={toFormErrors(error ? { code: error } : {}, ['code'])} />
        <h1 className="govuk-heading-l">{t(m.setUpTitle)}</h1>
        <form noValidate onSubmit={onSubmit}>
          <TextField
            id="code"
            label={t(m.letterCodeLabel)}
            hint={t(m.letterCodeHint)}
            value={code}
            onValueChange={setCode}
            error={error || undefined}
            autoCapitalize="characters"
            autoComplete="off"
            spellCheck={false}
          />
          <Button>{t(authWords.continue)}</Button>
        </form>
      </div>
    </div>
  );
}

export function WelcomePage({ token }: { token: string }) {
  const t = useT();
  const state = useQuery(welcomeQuery(token));
  if (state.isPending) return <Loading />;
  if (state.isError) {
    return <LinkProblem message={isApiError(state.error) ? state.error.message : t(m.cannotOpen)} />;
  }
  return <WelcomeSteps token={token} initial={state.data} />;
}

function LinkProblem({ message }: { message: string }) {
  const t = useT();
  usePageTitle(t(authWords.linkDoesNotWork));
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">{t(authWords.linkDoesNotWork)}</h1>
        <p className="govuk-body">{message}</p>
        <p className="govuk-body">
          <Link to="/sign-in" className="govuk-link">
            {t(authWords.goToSignIn)}
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
  const t = useT();
  const queryClient = useQueryClient();
  const [username, setUsername] = useState(state.username);
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const hasErrors = Object.keys(errors).length > 0;
  usePageTitle(t(m.choosePassword), hasErrors);
  const mutation = useMutation({
    mutationFn: () => choosePassword(queryClient, token, { username: username.trim(), password }),
    onSuccess: (next) => onDone(next, password),
    onError: (error) => setErrors(fieldErrorsFromFailure(error, 'password')),
  });
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const problems: FieldErrors = {};
    if (username.trim().length < 3) problems.username = t(m.usernameTooShort);
    if (password.length < 12) problems.password = t(authWords.passwordTooShort);
    setErrors(problems);
    if (Object.keys(problems).length === 0) mutation.mutate();
  };
  const family = state.accountKind !== 'professional';
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <ErrorSummary errors={toFormErrors(errors, ['username', 'password'])} />
        <h1 className="govuk-heading-l">{state.name ? t(m.welcomeNamed, { name: state.name }) : t(m.welcome)}</h1>
        {state.accountKind === 'other_parent' ? (
          OTHER_PARENT_PARAGRAPHS.map((p) => (
            <p className="govuk-body" key={p.id}>
              {t(p, { children: t(familyWelcome.yourChildren) })}
            </p>
          ))
        ) : family ? (
          <p className="govuk-body">{t(m.familyIntro)}</p>
        ) : (
          <p className="govuk-body">{t(m.workerIntro)}</p>
        )}
        {state.invitedBy ? <p className="govuk-body">{t(m.invitedBy, { name: state.invitedBy })}</p> : null}
        <h2 className="govuk-heading-m">{t(m.choosePassword)}</h2>
        <form noValidate onSubmit={onSubmit}>
          <TextField
            id="username"
            label={t(authWords.username)}
            hint={t(m.usernameHint)}
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
            hint={t(authWords.passwordHint)}
            value={password}
            onValueChange={setPassword}
            error={errors.password}
            autoComplete="new-password"
            widthClass="govuk-!-width-two-thirds"
          />
          <Button busy={mutation.isPending}>{t(m.savePassword)}</Button>
        </form>
      </div>
    </div>
  );
}

function ResumeStep({ onDone }: { onDone: (password: string) => void }) {
  const t = useT();
  const [password, setPassword] = useState('');
  const [error, setError] = useState('');
  usePageTitle(t(m.carryOnTitle), Boolean(error));
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!password) return setError(t(m.enterChosen));
    onDone(password);
  };
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <ErrorSummary errors={toFormErrors(error ? { password: error } : {}, ['password'])} />
        <h1 className="govuk-heading-l">{t(m.carryOnTitle)}</h1>
        <p className="govuk-body">{t(m.carryOnIntro)}</p>
        <form noValidate onSubmit={onSubmit}>
          <TextField
            id="password"
            label={t(authWords.yourPassword)}
            type="password"
            value={password}
            onValueChange={setPassword}
            error={error || undefined}
            autoComplete="current-password"
            widthClass="govuk-!-width-two-thirds"
          />
          <Button>{t(authWords.continue)}</Button>
        </form>
        <p className="govuk-body">{t(m.forgotChosen)}</p>
      </div>
    </div>
  );
}

type ChooseProps = { token: string; password: string; hasApp: boolean; onChoose: (withApp: boolean) => void };

function ChooseSecondFactor({ token, password, hasApp, onChoose }: ChooseProps) {
  const t = useT();
  const queryClient = useQueryClient();
  const [choice, setChoice] = useState<'yes' | 'no' | ''>('');
  const [errors, setErrors] = useState<FieldErrors>({});
  usePageTitle(t(m.secondStepTitle), Object.keys(errors).length > 0);
  const finish = useMutation({
    mutationFn: () => finishWelcome(queryClient, token, password),
    onSuccess: () => onChoose(false),
    onError: (error) => setErrors(fieldErrorsFromFailure(error, 'second-factor')),
  });
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!choice) return setErrors({ 'second-factor': t(m.chooseSecondStep) });
    setErrors({});
    if (choice === 'yes') onChoose(true);
    else finish.mutate();
  };
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <ErrorSummary errors={toFormErrors(errors, ['second-factor'])} />
        <h1 className="govuk-heading-l">{t(m.passwordSaved)}</h1>
        <form noValidate onSubmit={onSubmit}>
          <Radios
            name="second-factor"
            legend={t(hasApp ? m.hasAppLegend : m.wantAppLegend)}
            legendClass="govuk-fieldset__legend--m"
            hint={t(hasApp ? m.hasAppHint : m.wantAppHint)}
            error={errors['second-factor']}
            value={choice}
            onChange={setChoice}
            options={
              hasApp
                ? [
                    { value: 'no', label: t(m.keepApp) },
                    { value: 'yes', label: t(m.newApp) },
                  ]
                : [
                    { value: 'yes', label: t(m.yesApp) },
                    { value: 'no', label: t(m.noApp) },
                  ]
            }
          />
          <Button busy={finish.isPending}>{t(authWords.continue)}</Button>
        </form>
      </div>
    </div>
  );
}

function Finished({ codes }: { codes: string[] }) {
  const t = useT();
  usePageTitle(t(m.ready));
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <div className="govuk-panel govuk-panel--confirmation">
          <h1 className="govuk-panel__title">{t(m.ready)}</h1>
        </div>
        {codes.length > 0 ? <RecoveryCodesView codes={codes} /> : null}
        <p className="govuk-body">{t(m.canSignIn)}</p>
        <p className="govuk-body umb-no-print">
          <Link to="/sign-in" className="govuk-link">
            {t(authWords.goToSignIn)}
          </Link>
        </p>
      </div>
    </div>
  );
}
