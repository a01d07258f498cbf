// Sign-in, step two without the phone: a recovery code instead of the authenticator's code. Each code works once.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { useT } from '../../i18n/i18n.ts';
import { Button } from '../../ui/button.tsx';
import { ErrorSummary } from '../../ui/error-summary.tsx';
import { TextField } from '../../ui/field.tsx';
import { type FieldErrors, fieldErrorsFromFailure, toFormErrors } from '../../ui/form-errors.ts';
import { usePageTitle } from '../../ui/page-title.ts';
import { signInWithRecoveryCode } from './accounts.api.ts';
import { authWords } from './auth-words.messages.ts';
import { homePathFor, isSignedIn } from './session.queries.ts';
import { signInWords as m } from './sign-in.messages.ts';
import { safeNextPath } from './sign-in.search.ts';

export function SignInRecoveryPage({ next }: { next?: string }) {
  const t = useT();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [code, setCode] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [signedIn, setSignedIn] = useState<{ left: number; home: ReturnType<typeof homePathFor> } | null>(null);
  usePageTitle(t(signedIn ? m.signedInTitle : m.recoveryTitle), Object.keys(errors).length > 0);
  const mutation = useMutation({
    mutationFn: () => signInWithRecoveryCode(queryClient, code.trim()),
    onSuccess: (session) => {
      if (isSignedIn(session)) setSignedIn({ left: session.recoveryCodesLeft, home: homePathFor(session.me) });
    },
    onError: (error) => {
      setCode('');
      setErrors(fieldErrorsFromFailure(error, 'code'));
    },
  });
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!code.trim()) return setErrors({ code: t(m.enterRecoveryCode) });
    mutation.mutate();
  };
  if (signedIn) {
    const back = safeNextPath(next);
    return (
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <h1 className="govuk-heading-l">{t(m.signedInTitle)}</h1>
          {/* What the person is told after using a code: how many are left, and how to make new ones. */}
          <p className="govuk-body">{t(m.codesLeft, { left: signedIn.left })}</p>
          <p className="govuk-body">
            <Link to="/account" className="govuk-link">
              {t(m.goToAccount)}
            </Link>
          </p>
          <Button
            type="button"
            onClick={() => void (back ? navigate({ href: back, replace: true }) : navigate({ to: signedIn.home, replace: true }))}
          >
            {t(authWords.continue)}
          </Button>
        </div>
      </div>
    );
  }
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <ErrorSummary errors={toFormErrors(errors, ['code'])} />
        <h1 className="govuk-heading-l">{t(m.recoveryTitle)}</h1>
        <p className="govuk-body">{t(m.recoveryIntro)}</p>
        <form noValidate onSubmit={onSubmit}>
          <TextField
            id="code"
            label={t(m.recoveryLabel)}
            hint={t(m.recoveryHint)}
            value={code}
            onValueChange={setCode}
            error={errors.code}
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            widthClass="govuk-input--width-20"
          />
          <Button busy={mutation.isPending}>{t(authWords.continue)}</Button>
        </form>
        <p className="govuk-body">
          <Link to="/sign-in/code" search={{ next }} className="govuk-link">
            {t(m.useAppInstead)}
          </Link>
        </p>
        <p className="govuk-body">{t(m.noCodesLeft)}</p>
      </div>
    </div>
  );
}
