// "Share something new": a parent agrees to let one service see one kind of information, for a reason, until a date or until they stop it.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, type ReactNode, useEffect, useId, useRef, useState } from 'react';
import { CONSENT_CATEGORY_KEYS } from '../../shared/domain/sharing.ts';
import { isApiError } from '../api/client.ts';
import type { SharingOverview } from '../api/sharing.types.ts';
import { type Translate, useT } from '../i18n/i18n.ts';
import { Button } from '../ui/button.tsx';
import { ErrorSummary } from '../ui/error-summary.tsx';
import { TextField } from '../ui/field.tsx';
import { focusElement } from '../ui/focus.ts';
import type { FieldErrors } from '../ui/form-errors.ts';
import { Radios } from '../ui/radios.tsx';
import { Select } from '../ui/select.tsx';
import { failureErrors, summaryOf } from '../ui/server-errors.ts';
import { TextArea } from '../ui/textarea.tsx';
import { todayIso } from '../ui/time.ts';
import { PROFESSIONALS_WRITE_IN, Written } from '../ui/written.tsx';
import { sharingConsents as m } from './consents.messages.ts';
import { agreeToShare } from './sharing.api.ts';
import { categoryLabel, kindInSentence } from './sharing-words.ts';

const IDS = { category: 'share-category', service: 'share-service', purpose: 'share-purpose', until: 'share-until' } as const;
const FIELD_ORDER = [IDS.category, IDS.service, IDS.purpose, IDS.until];
/** The API's field names, moved onto this form's inputs. */
const SERVER_FIELDS: Record<string, string> = {
  category: IDS.category,
  recipientOrganisationId: IDS.service,
  recipientStaffId: IDS.service,
  purpose: IDS.purpose,
  endsOn: IDS.until,
};

type Draft = { category: string; service: string; purpose: string; until: string };
const EMPTY: Draft = { category: '', service: '', purpose: '', until: '' };

function check(t: Translate, draft: Draft): FieldErrors {
  const problems: FieldErrors = {};
  if (!draft.category) problems[IDS.category] = t(m.chooseKind);
  if (!draft.service) problems[IDS.service] = t(m.chooseWho);
  if (draft.purpose.trim().length < 3) problems[IDS.purpose] = t(m.sayWhatFor);
  if (draft.until && !/^\d{4}-\d{2}-\d{2}$/.test(draft.until)) problems[IDS.until] = t(m.realDate);
  else if (draft.until && draft.until < todayIso()) problems[IDS.until] = t(m.fromToday);
  return problems;
}

type ShareNewProps = { organisations: SharingOverview['organisations']; onErrorsChange: (hasErrors: boolean) => void };

export function ShareNewForm({ organisations, onErrorsChange }: ShareNewProps) {
  const t = useT();
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [done, setDone] = useState<ReactNode>(null);
  const doneId = useId();
  const hasErrors = Object.keys(errors).length > 0;

  const reportErrors = useRef(onErrorsChange);
  reportErrors.current = onErrorsChange;
  useEffect(() => reportErrors.current(hasErrors), [hasErrors]);
  useEffect(() => () => reportErrors.current(false), []);
  useEffect(() => {
    if (done) focusElement(document.getElementById(doneId));
  }, [done, doneId]);

  const update = (change: Partial<Draft>) => {
    setDraft((previous) => ({ ...previous, ...change }));
    setDone(null);
  };

  const mutation = useMutation({
    mutationFn: (toSend: Draft) =>
      agreeToShare({
        category: toSend.category,
        recipientOrganisationId: toSend.service,
        purpose: toSend.purpose.trim(),
        endsOn: toSend.until || null,
      }),
    onSuccess: async (_, sent) => {
      const name = organisations.find((organisation) => organisation.id === sent.service)?.name;
      // The service by its own name, as written.
      const service = name ? (
        <Written as="span" note={false} lang={PROFESSIONALS_WRITE_IN}>
          {name}
        </Written>
      ) : (
        t(m.theService)
      );
      const kind = kindInSentence(categoryLabel(sent.category, sent.category));
      setDraft(EMPTY);
      setErrors({});
      setDone(t.rich(m.youAgreed, { kind, service }));
      await queryClient.invalidateQueries({ queryKey: ['portal', 'sharing'] });
    },
    onError: (failure) => {
      if (isApiError(failure) && failure.status === 401) return;
      setErrors(failureErrors(failure, SERVER_FIELDS, IDS.category));
    },
  });

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const problems = check(t, draft);
    setErrors(problems);
    if (Object.keys(problems).length === 0) mutation.mutate(draft);
  };

  return (
    <section aria-labelledby="share-new-heading" className="umb-section">
      <h2 className="govuk-heading-m" id="share-new-heading">
        {t(m.shareNewHeading)}
      </h2>
      <p className="govuk-body">{t(m.shareNewIntro)}</p>
      {done ? (
        <p className="govuk-body govuk-!-font-weight-bold umb-done" id={doneId} role="status">
          {done}
        </p>
      ) : null}
      <form noValidate onSubmit={onSubmit} aria-labelledby="share-new-heading">
        <ErrorSummary errors={summaryOf(errors, FIELD_ORDER)} />
        <Radios
          name={IDS.category}
          legend={t(m.whatKind)}
          options={CONSENT_CATEGORY_KEYS.map((key) => ({ value: key, label: categoryLabel(key, key) }))}
          value={draft.category}
          onChange={(category) => update({ category })}
          error={errors[IDS.category]}
        />
        <Select
          id={IDS.service}
          label={t(m.whichService)}
          labelClass="govuk-label--s"
          options={organisations.map((organisation) => ({
            value: organisation.id,
            label: organisation.name,
            lang: PROFESSIONALS_WRITE_IN,
          }))}
          placeholder={t(m.chooseService)}
          value={draft.service}
          onValueChange={(service) => update({ service })}
          error={errors[IDS.service]}
        />
        <TextArea
          id={IDS.purpose}
          label={t(m.whatFor)}
          labelClass="govuk-label--s"
          hint={t(m.whatForHint)}
          rows={3}
          value={draft.purpose}
          onValueChange={(purpose) => update({ purpose })}
          error={errors[IDS.purpose]}
        />
        <TextField
          id={IDS.until}
          label={t(m.until)}
          hint={t(m.untilHint)}
          type="date"
          min={todayIso()}
          widthClass="govuk-input--width-10"
          value={draft.until}
          onValueChange={(until) => update({ until })}
          error={errors[IDS.until]}
        />
        <Button busy={mutation.isPending}>{t(m.agree)}</Button>
      </form>
    </section>
  );
}
