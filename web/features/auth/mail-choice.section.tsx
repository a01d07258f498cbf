// On "Your account": whether Umbrella emails the person when there is something new, and why they might say no.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useT } from '../../i18n/i18n.ts';
import { Button } from '../../ui/button.tsx';
import { Checkbox } from '../../ui/checkbox.tsx';
import { conflictCurrent } from '../../ui/conflict.ts';
import { ErrorSummary } from '../../ui/error-summary.tsx';
import { type FieldErrors, fieldErrorsFromFailure, toFormErrors } from '../../ui/form-errors.ts';
import { NotificationBanner } from '../../ui/notification-banner.tsx';
import { accountWords as m } from './account.messages.ts';
import { type AccountSettings, accountSettingsQuery, saveMailChoice } from './accounts.api.ts';
import { authWords } from './auth-words.messages.ts';

export function MailChoiceSection({ settings }: { settings: AccountSettings }) {
  const t = useT();
  const queryClient = useQueryClient();
  const [wanted, setWanted] = useState(settings.mailSomethingNew);
  const [version, setVersion] = useState(settings.version);
  const [errors, setErrors] = useState<FieldErrors>({});
  const mutation = useMutation({
    mutationFn: () => saveMailChoice({ mailSomethingNew: wanted, version }),
    onSuccess: (saved) => {
      setVersion(saved.version);
      setErrors({});
      queryClient.setQueryData(accountSettingsQuery.queryKey, saved);
    },
    onError: (error) => {
      // Changed on another phone or computer meanwhile: show the choice as it is now, and say so.
      const current = conflictCurrent<AccountSettings>(error);
      if (current) {
        setWanted(current.mailSomethingNew);
        setVersion(current.version);
      }
      setErrors(fieldErrorsFromFailure(error, 'mailSomethingNew'));
    },
  });
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    mutation.mutate();
  };

  if (!settings.email) {
    return (
      <section aria-labelledby="mail-title">
        <h2 className="govuk-heading-m" id="mail-title">
          {t(m.mailTitle)}
        </h2>
        <p className="govuk-body">{t(m.noEmail)}</p>
        <p className="govuk-body">{t(m.noEmailAsk)}</p>
      </section>
    );
  }
  return (
    <section aria-labelledby="mail-title">
      {mutation.isSuccess ? (
        <NotificationBanner title={t(authWords.success)} heading={t(m.choiceSaved)} success>
          <p className="govuk-body">{t(mutation.data.mailSomethingNew ? m.willEmail : m.willNotEmail)}</p>
        </NotificationBanner>
      ) : null}
      <ErrorSummary errors={toFormErrors(errors, ['mailSomethingNew'])} />
      <h2 className="govuk-heading-m" id="mail-title">
        {t(m.mailTitle)}
      </h2>
      <p className="govuk-body">{t.rich(m.mailExplain, { email: settings.email, b: (s) => <strong>{s}</strong> })}</p>
      <p className="govuk-body">{t(m.mailWhyOff)}</p>
      <form noValidate onSubmit={onSubmit}>
        <Checkbox
          id="mailSomethingNew"
          label={t(m.mailCheckbox)}
          checked={wanted}
          onCheckedChange={(checked) => {
            setWanted(checked);
            mutation.reset();
          }}
        />
        <Button busy={mutation.isPending} secondary>
          {t(m.saveChoice)}
        </Button>
      </form>
    </section>
  );
}
