// "Who I want to hear from when I ask for help" (issue 14 §1): a parent chooses any of her care team, a young person
// one adult; with nothing chosen, the key workers hear (a young person: the children's key worker).
import { useMutation, useQueryClient, useSuspenseQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { isApiError } from '../../api/client.ts';
import { useT } from '../../i18n/i18n.ts';
import { Button } from '../../ui/button.tsx';
import { Checkboxes } from '../../ui/checkboxes.tsx';
import { ErrorSummary } from '../../ui/error-summary.tsx';
import { type FieldErrors, fieldErrorsFromFailure, toFormErrors } from '../../ui/form-errors.ts';
import { NotificationBanner } from '../../ui/notification-banner.tsx';
import { usePageTitle } from '../../ui/page-title.ts';
import { Radios } from '../../ui/radios.tsx';
import { PROFESSIONALS_WRITE_IN, Written } from '../../ui/written.tsx';
import { namesInLanguage } from '../family-names.ts';
import { myFamily } from '../my-family.messages.ts';
import { type HelpSettings, helpQuery, helpSettingsQuery, saveHelpSettings } from './help.api.ts';
import { helpWho as m } from './help-who.messages.ts';

export function HelpWhoPage() {
  const t = useT();
  const queryClient = useQueryClient();
  const { data } = useSuspenseQuery(helpSettingsQuery);
  const [chosen, setChosen] = useState<string[]>(data.chosenStaffIds);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saved, setSaved] = useState(false);
  usePageTitle(t(m.title), Object.keys(errors).length > 0);
  const nameOf = (id: string) => data.options.find((o) => o.staffId === id)?.name ?? t(m.aWorker);
  const defaults = namesInLanguage(t, data.defaultStaffIds.map(nameOf));

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

  // Their role in the language shown, and their organisation's name as written; someone with no named role, their job title as written.
  const options = data.options.map((o) => ({
    value: o.staffId,
    label: o.name,
    hint:
      o.teamRole === 'other' ? (
        <Written lang={PROFESSIONALS_WRITE_IN} as="span" note={false}>
          {o.description}
        </Written>
      ) : (
        <>
          {t(myFamily[`role_${o.teamRole}`])},{' '}
          <Written lang={PROFESSIONALS_WRITE_IN} as="span" note={false}>
            {o.organisationName}
          </Written>
        </>
      ),
  }));
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds-from-desktop">
        <Link to="/my-family/help" className="govuk-back-link">
          {t(m.back)}
        </Link>
        {saved ? <NotificationBanner success heading={t(m.saved)} /> : null}
        <ErrorSummary errors={toFormErrors(errors, ['staffIds'])} />
        <h1 className="govuk-heading-l">{t(m.title)}</h1>
        <p className="govuk-body">{defaults ? t(m.goesTo, { names: defaults }) : t(m.goesToKeyWorkers)}</p>
        <form noValidate onSubmit={onSubmit}>
          {data.single ? (
            <Radios
              name="staffIds"
              legend={t(m.whoHearFrom)}
              hint={t(m.chooseOne)}
              value={chosen[0] ?? ''}
              onChange={(id) => setChosen([id])}
              error={errors.staffIds}
              options={options}
            />
          ) : (
            <Checkboxes
              name="staffIds"
              legend={t(m.whoHearFrom)}
              hint={t(m.chooseMany)}
              groups={[{ options }]}
              values={chosen}
              onChange={setChosen}
              error={errors.staffIds}
            />
          )}
          <Button busy={save.isPending}>{t(m.save)}</Button>
        </form>
      </div>
    </div>
  );
}
