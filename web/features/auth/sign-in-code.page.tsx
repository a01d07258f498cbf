// Sign-in, step two for professionals (and family members who chose it): the 6-digit code from their authenticator app.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { useT } from '../../i18n/i18n.ts';
import { Button } from '../../ui/button.tsx';
import { ErrorSummary } from '../../ui/error-summary.tsx';
import { TextField } from '../../ui/field.tsx';
import { type FieldErrors, fieldErrorsFromFailure, toFormErrors } from '../../ui/form-errors.ts';
import { usePageTitle } from '../../ui/page-title.ts';
import { authWords } from './auth-words.messages.ts';
import { homePathFor, isSignedIn } from './session.queries.ts';
import { submitSecondFactor } from './sign-in.api.ts';
import { signInWords as m } from './sign-in.messages.ts';
import { safeNextPath } from './sign-in.search.ts';

const FIELD_ORDER = ['code'] as const;

export function SignInCodePage({ next }: { next?: string }) {
  const t = useT();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [code, setCode] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const hasErrors = Object.keys(errors).length > 0;
  usePageTitle(t(m.codeTitle), hasErrors);

  // People often type or paste the code with spaces ("123 456").
  const cleanCode = code.replace(/\s+/g, '');

  const mutation = useMutation({
    mutationFn: () => submitSecondFactor(queryClient, cleanCode),
    onSuccess: async (session) => {
      if (!isSignedIn(session)) return;
      const back = safeNextPath(next);
      await (back ? navigate({ href: back, replace: true }) : navigate({ to: homePathFor(session.me), replace: true }));
    },
    onError: (error) => {
      setCode('');
      setErrors(fieldErrorsFromFailure(error, 'code'));
    },
  });

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const problems: FieldErrors = /^\d{6}$/.test(cleanCode) ? {} : { code: t(cleanCode ? m.codeNotSix : m.codeMissing) };
    setErrors(problems);
    if (!problems.code) mutation.mutate();
  };

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <ErrorSummary errors={toFormErrors(errors, FIELD_ORDER)} />
        <h1 className="govuk-heading-l">{t(m.codeTitle)}</h1>
        <p className="govuk-body">{t(m.codeIntro)}</p>
        <form noValidate onSubmit={onSubmit}>
          <TextField
            id="code"
            label={t(m.codeLabel)}
            hint={t(m.codeHint)}
            value={code}
            onValueChange={setCode}
            error={errors.code}
            inputMode="numeric"
            autoComplete="one-time-code"
            spellCheck={false}
            maxLength={12}
            widthClass="govuk-input--width-5 govuk-input--extra-letter-spacing"
          />
          <Button busy={mutation.isPending}>{t(authWords.continue)}</Button>
        </form>
        <p className="govuk-body">
          <Link to="/sign-in/recovery" search={{ next }} className="govuk-link">
            {t(m.useRecoveryCode)}
          </Link>
        </p>
        <p className="govuk-body">
          <Link to="/sign-in" className="govuk-link">
            {t(m.differentUsername)}
          </Link>
        </p>
      </div>
    </div>
  );
}
