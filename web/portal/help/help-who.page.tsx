// "Who I want to hear from when I ask for help" (issue 14 §1): a parent chooses any of her care team, a young person
// one adult; with nothing chosen, the key workers hear (a young person: the children's key worker).
import { useMutation, useQueryClient, useSuspenseQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { isApiError } from '../../api/client.ts';
import { Button } from '../../ui/button.tsx';
import { Checkboxes } from '../../ui/checkboxes.tsx';
import { ErrorSummary } from '../../ui/error-summary.tsx';
import { type FieldErrors, fieldErrorsFromFailure, toFormErrors } from '../../ui/form-errors.ts';
import { NotificationBanner } from '../../ui/notification-banner.tsx';
import { usePageTitle } from '../../ui/page-title.ts';
import { Radios } from '../../ui/radios.tsx';
import { type HelpSettings, helpQuery, helpSettingsQuery, saveHelpSettings } from './help.api.ts';

const TITLE = 'Who I want to hear from when I ask for help';

export function HelpWhoPage() {
  const queryClient = useQueryClient();
  const { data } = useSuspenseQuery(helpSettingsQuery);
  const [chosen, setChosen] = useState<string[]>(data.chosenStaffIds);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saved, setSaved] = useState(false);
  usePageTitle(TITLE, Object.keys(errors).length > 0);
  const nameOf = (id: string) => data.options.find((o) => o.staffId === id)?.name ?? 'a worker';
  const defaults = data.defaultStaffIds.map(nameOf).join(' and ');

  const save = useMutation({
    mutationFn: () => saveHelpSettings({ staffIds: chosen, version: data.version }),
    onSuccess: async (settings: HelpSettings) => {
      queryClient.setQueryData(helpSettingsQuery.queryKey, settings);
      setSaved(true);
      await queryClient.invalidateQueries({ queryKey: helpQuery.queryKey });
    },
    onError: async (error) => {
      if (isApiError(error) && error.status === 401) return;
      if (isApiError(error) && error.status === 409) {
        const current = error.body.current as HelpSettings | undefined;
        if (current) {
          queryClient.setQueryData(helpSettingsQuery.queryKey, current);
          setChosen(current.chosenStaffIds);
        }
      }
      setErrors(fieldErrorsFromFailure(error, 'staffIds'));
    },
  });

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setErrors({});
    setSaved(false);
    save.mutate();
  };

  const options = data.options.map((o) => ({ value: o.staffId, label: o.name, hint: o.description }));
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds-from-desktop">
        <Link to="/my-family/help" className="govuk-back-link">
          Back to asking for help
        </Link>
        {saved ? <NotificationBanner success heading="Saved. Your next request goes to the people you chose." /> : null}
        <ErrorSummary errors={toFormErrors(errors, ['staffIds'])} />
        <h1 className="govuk-heading-l">{TITLE}</h1>
        <p className="govuk-body">
          When you ask for help, it goes to the people you choose here. If you choose nobody, it goes to {defaults || 'your key workers'}.
        </p>
        <form noValidate onSubmit={onSubmit}>
          {data.single ? (
            <Radios
              name="staffIds"
              legend="Who would you like to hear from?"
              hint="Choose one adult."
              value={chosen[0] ?? ''}
              onChange={(id) => setChosen([id])}
              error={errors.staffIds}
              options={options}
            />
          ) : (
            <Checkboxes
              name="staffIds"
              legend="Who would you like to hear from?"
              hint="Choose as many as you like."
              groups={[{ options }]}
              values={chosen}
              onChange={setChosen}
              error={errors.staffIds}
            />
          )}
          <Button busy={save.isPending}>Save who I want to hear from</Button>
        </form>
      </div>
    </div>
  );
}
