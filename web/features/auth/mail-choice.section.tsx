// On "Your account": whether Umbrella emails the person when there is something new, and why they might say no.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Button } from '../../ui/button.tsx';
import { Checkbox } from '../../ui/checkbox.tsx';
import { conflictCurrent } from '../../ui/conflict.ts';
import { ErrorSummary } from '../../ui/error-summary.tsx';
import { type FieldErrors, fieldErrorsFromFailure, toFormErrors } from '../../ui/form-errors.ts';
import { NotificationBanner } from '../../ui/notification-banner.tsx';
import { type AccountSettings, accountSettingsQuery, saveMailChoice } from './accounts.api.ts';

export function MailChoiceSection({ settings }: { settings: AccountSettings }) {
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
          Emails from Umbrella
        </h2>
        <p className="govuk-body">
          We do not have an email address for you, so Umbrella does not email you. You will see anything new when you sign in.
        </p>
        <p className="govuk-body">
          If you would like an email when there is something new, ask your key worker or your administrator to add your email address.
        </p>
      </section>
    );
  }
  return (
    <section aria-labelledby="mail-title">
      {mutation.isSuccess ? (
        <NotificationBanner title="Success" heading="Your choice has been saved" success>
          <p className="govuk-body">
            {mutation.data.mailSomethingNew
              ? 'We will email you when there is something new, at most once a day.'
              : 'We will not email you when there is something new.'}
          </p>
        </NotificationBanner>
      ) : null}
      <ErrorSummary errors={toFormErrors(errors, ['mailSomethingNew'])} />
      <h2 className="govuk-heading-m" id="mail-title">
        Emails from Umbrella
      </h2>
      <p className="govuk-body">
        When there is something new for you, such as a message, we can send one short email to <strong>{settings.email}</strong>, at most
        once a day. It only says that there is something new for you in Umbrella and gives a link to sign in. It never has anyone’s name or
        what the news is about.
      </p>
      <p className="govuk-body">
        You may want this off if someone else reads your email or sees your phone, or if you would rather nobody knew you use Umbrella. With
        it off, we do not email you when your password is changed either. Everything new is still here when you sign in.
      </p>
      <form noValidate onSubmit={onSubmit}>
        <Checkbox
          id="mailSomethingNew"
          label="Email me when there is something new in Umbrella"
          checked={wanted}
          onCheckedChange={(checked) => {
            setWanted(checked);
            mutation.reset();
          }}
        />
        <Button busy={mutation.isPending} secondary>
          Save this choice
        </Button>
      </form>
    </section>
  );
}
