// Sign-in, step two without the phone: a recovery code instead of the authenticator's code. Each code works once.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { Button } from '../../ui/button.tsx';
import { ErrorSummary } from '../../ui/error-summary.tsx';
import { TextField } from '../../ui/field.tsx';
import { type FieldErrors, fieldErrorsFromFailure, toFormErrors } from '../../ui/form-errors.ts';
import { usePageTitle } from '../../ui/page-title.ts';
import { signInWithRecoveryCode } from './accounts.api.ts';
import { homePathFor, isSignedIn } from './session.queries.ts';
import { safeNextPath } from './sign-in.search.ts';

/** What the person is told after using a code: how many are left, and how to make new ones. */
export function codesLeftMessage(left: number): string {
  const howMany = left === 0 ? 'You have no recovery codes left' : `You have ${left} recovery code${left === 1 ? '' : 's'} left`;
  return `You signed in with a recovery code, which now will not work again. ${howMany}. You can make a new set of ten on your account page.`;
}

export function SignInRecoveryPage({ next }: { next?: string }) {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [code, setCode] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [signedIn, setSignedIn] = useState<{ left: number; home: ReturnType<typeof homePathFor> } | null>(null);
  usePageTitle(signedIn ? 'You are signed in' : 'Sign in with a recovery code', Object.keys(errors).length > 0);
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
    if (!code.trim()) return setErrors({ code: 'Enter one of your recovery codes' });
    mutation.mutate();
  };
  if (signedIn) {
    const back = safeNextPath(next);
    return (
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <h1 className="govuk-heading-l">You are signed in</h1>
          <p className="govuk-body">{codesLeftMessage(signedIn.left)}</p>
          <p className="govuk-body">
            <Link to="/account" className="govuk-link">
              Go to your account
            </Link>
          </p>
          <Button
            type="button"
            onClick={() => void (back ? navigate({ href: back, replace: true }) : navigate({ to: signedIn.home, replace: true }))}
          >
            Continue
          </Button>
        </div>
      </div>
    );
  }
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <ErrorSummary errors={toFormErrors(errors, ['code'])} />
        <h1 className="govuk-heading-l">Sign in with a recovery code</h1>
        <p className="govuk-body">
          Use one of the ten codes you printed or wrote down when you set up your authenticator app. Each code works once.
        </p>
        <form noValidate onSubmit={onSubmit}>
          <TextField
            id="code"
            label="Recovery code"
            hint="For example, ABCD-EFGH-JKMN-PQRS"
            value={code}
            onValueChange={setCode}
            error={errors.code}
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            widthClass="govuk-input--width-20"
          />
          <Button busy={mutation.isPending}>Continue</Button>
        </form>
        <p className="govuk-body">
          <Link to="/sign-in/code" search={{ next }} className="govuk-link">
            Use the code from my authenticator app instead
          </Link>
        </p>
        <p className="govuk-body">If you have no codes left, ask your administrator or key worker to help you.</p>
      </div>
    </div>
  );
}
