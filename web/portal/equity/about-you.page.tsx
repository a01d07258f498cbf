// "About you" (issue 18 §2): why we ask, then the optional questions a family member may answer about themselves
// (ethnic group under the census headings, first language, disability, money worries), saved or removed at any time.
import { useMutation, useQueryClient, useSuspenseQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { type FormEvent, useMemo, useState } from 'react';
import { DIRECTORY_LANGUAGES } from '../../../shared/domain/directory-languages.ts';
import { FIRST_LANGUAGE_CODES } from '../../../shared/domain/equity-groups.ts';
import {
  ETHNICITIES,
  ETHNICITY_HEADINGS,
  type Ethnicity,
  type EthnicityHeading,
  type YesNoPreferNot,
} from '../../../shared/domain/learning.ts';
import type { Message } from '../../../shared/i18n/messages.ts';
import { isApiError } from '../../api/client.ts';
import { type Translate, useLaterMessages, useT } from '../../i18n/i18n.ts';
import { Button } from '../../ui/button.tsx';
import { conflictCurrent } from '../../ui/conflict.ts';
import { ErrorSummary } from '../../ui/error-summary.tsx';
import { FieldError } from '../../ui/error-text.tsx';
import { type FieldErrors, fieldErrorsFromFailure, toFormErrors } from '../../ui/form-errors.ts';
import { INTL_LOCALE } from '../../ui/format.ts';
import { usePageTitle } from '../../ui/page-title.ts';
import { Radios } from '../../ui/radios.tsx';
import { Select } from '../../ui/select.tsx';
import { type AboutMe, aboutMeQuery, aboutMeQueryKey, saveAboutMe } from './about-you.api.ts';
import { aboutYou as m } from './about-you.messages.ts';

const FIELD_ORDER = ['ethnicity', 'firstLanguage', 'disability', 'financialHardship'];
/** The census headings with their groups, in the census's order; "Prefer not to say" stands on its own after them. */
const HEADINGS = (Object.keys(ETHNICITY_HEADINGS) as EthnicityHeading[]).filter((h) => h !== 'prefer_not_to_say');
const groupsUnder = (heading: EthnicityHeading) =>
  (Object.keys(ETHNICITIES) as Ethnicity[]).filter((key) => ETHNICITIES[key].heading === heading);
const ethnicityWords = (key: Ethnicity): Message => (key === 'prefer_not_to_say' ? m.preferNotToSay : m[`eth_${key}`]);

type Answers = {
  ethnicity: Ethnicity | '';
  firstLanguage: string;
  disability: YesNoPreferNot | '';
  financialHardship: YesNoPreferNot | '';
};
const answersOf = (a: AboutMe): Answers => ({
  ethnicity: a.ethnicity ?? '',
  firstLanguage: a.firstLanguage ?? '',
  disability: a.disability ?? '',
  financialHardship: a.financialHardship ?? '',
});

/** A language's name in the language shown (Intl.DisplayNames), in English as the directory keeps it. */
function languageName(code: string, t: Translate): { label: string; lang?: string } {
  if (code === 'bfi') return { label: t(m.language_bfi) };
  const english = DIRECTORY_LANGUAGES[code] ?? code;
  if (t.locale === 'en') return { label: english };
  try {
    const shown = new Intl.DisplayNames([INTL_LOCALE[t.locale]], { type: 'language', fallback: 'none' }).of(code);
    if (shown) return { label: shown };
  } catch {
    // A browser without the language's names shows the English one, marked as English.
  }
  return { label: english, lang: 'en' };
}

export function AboutYouPage({ young }: { young: boolean }) {
  const t = useT();
  useLaterMessages();
  const queryClient = useQueryClient();
  const { data } = useSuspenseQuery(aboutMeQuery);
  const [answers, setAnswers] = useState<Answers>(() => answersOf(data));
  const [version, setVersion] = useState(data.version);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<string | null>(null);
  const formErrors = toFormErrors(errors, FIELD_ORDER);
  usePageTitle(t(m.title), formErrors.length > 0);

  const languages = useMemo(
    () =>
      FIRST_LANGUAGE_CODES.map((code) => ({ value: code, ...languageName(code, t) })).sort((a, b) =>
        a.label.localeCompare(b.label, INTL_LOCALE[t.locale]),
      ),
    [t],
  );
  const yesNo = [
    { value: 'yes' as const, label: t(m.yes) },
    { value: 'no' as const, label: t(m.no) },
    { value: 'prefer_not_to_say' as const, label: t(m.preferNotToSay) },
  ];

  const save = useMutation({
    mutationFn: (remove: boolean) =>
      saveAboutMe({
        version,
        ethnicity: remove ? null : answers.ethnicity || null,
        firstLanguage: remove ? null : answers.firstLanguage || null,
        disability: remove ? null : answers.disability || null,
        financialHardship: remove ? null : answers.financialHardship || null,
      }),
    onSuccess: (saved, remove) => {
      setVersion(saved.version);
      setAnswers(answersOf(saved));
      setMessage(t(remove ? m.removed : m.saved));
      queryClient.setQueryData(aboutMeQueryKey, saved);
    },
    onError: (error) => {
      const current = conflictCurrent<AboutMe>(error);
      if (current) {
        setAnswers(answersOf(current));
        setVersion(current.version);
        setErrors({ ethnicity: t(m.changedElsewhere) });
        return;
      }
      if (!isApiError(error) || error.status !== 401) setErrors(fieldErrorsFromFailure(error, 'ethnicity'));
    },
  });
  const submit = (remove: boolean) => {
    setErrors({});
    setMessage(null);
    save.mutate(remove);
  };
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    submit(false);
  };
  const set =
    <K extends keyof Answers>(key: K) =>
    (value: Answers[K]) =>
      setAnswers((a) => ({ ...a, [key]: value }));
  const anything = Object.values(answers).some((a) => a !== '') || version > 0;

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds-from-desktop">
        <Link to="/my-information" className="govuk-back-link">
          {t(m.back)}
        </Link>
        <ErrorSummary errors={formErrors} />
        <h1 className="govuk-heading-l">{t(m.title)}</h1>
        {message ? (
          <div className="govuk-notification-banner govuk-notification-banner--success" role="status">
            <div className="govuk-notification-banner__content">
              <p className="govuk-notification-banner__heading">{message}</p>
            </div>
          </div>
        ) : null}
        <h2 className="govuk-heading-m">{t(m.whyHeading)}</h2>
        <p className="govuk-body-l">{t(young ? m.whyYoung : m.why)}</p>
        <p className="govuk-body">{t(young ? m.optionalYoung : m.optional)}</p>
        <p className="govuk-body">{t(young ? m.privateYoung : m.private)}</p>
        <p className="govuk-body">{t(young ? m.changeYoung : m.change)}</p>
        {version === 0 ? <p className="govuk-body govuk-hint">{t(m.notAnswered)}</p> : null}
        <form noValidate onSubmit={onSubmit}>
          <EthnicityQuestion value={answers.ethnicity} onChange={set('ethnicity')} error={errors.ethnicity} />
          <Select
            id="firstLanguage"
            label={t(m.languageLabel)}
            labelClass="govuk-label--s"
            hint={t(m.languageHint)}
            error={errors.firstLanguage}
            placeholder={t(m.languageChoose)}
            options={[
              ...languages,
              { value: 'other', label: t(m.languageOther) },
              { value: 'prefer_not_to_say', label: t(m.preferNotToSay) },
            ]}
            value={answers.firstLanguage}
            onValueChange={set('firstLanguage')}
          />
          <Radios
            name="disability"
            legend={t(m.disabilityLegend)}
            hint={t(m.disabilityHint)}
            error={errors.disability}
            options={yesNo}
            value={answers.disability}
            onChange={set('disability')}
          />
          <Radios
            name="financialHardship"
            legend={t(m.moneyLegend)}
            hint={t(m.moneyHint)}
            error={errors.financialHardship}
            options={yesNo}
            value={answers.financialHardship}
            onChange={set('financialHardship')}
          />
          <div className="govuk-button-group">
            <Button type="submit" busy={save.isPending}>
              {t(m.save)}
            </Button>
            {anything ? (
              <Button type="button" className="govuk-button--warning" busy={save.isPending} onClick={() => submit(true)}>
                {t(m.remove)}
              </Button>
            ) : null}
          </div>
        </form>
      </div>
    </div>
  );
}

/** One radio group (one name) in one fieldset, its choices under the census headings, each heading a fieldset of its own. */
function EthnicityQuestion({ value, onChange, error }: { value: Ethnicity | ''; onChange: (v: Ethnicity) => void; error?: string }) {
  const t = useT();
  const radio = (key: Ethnicity, first: boolean) => {
    const id = first ? 'ethnicity' : `ethnicity-${key}`;
    return (
      <div className="govuk-radios__item" key={key}>
        <input
          className="govuk-radios__input"
          id={id}
          name="ethnicity"
          type="radio"
          value={key}
          checked={value === key}
          onChange={() => onChange(key)}
        />
        <label className="govuk-label govuk-radios__label" htmlFor={id}>
          {t(ethnicityWords(key))}
        </label>
      </div>
    );
  };
  return (
    <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <fieldset
        className="govuk-fieldset"
        aria-describedby={['ethnicity-hint', error ? 'ethnicity-error' : null].filter(Boolean).join(' ')}
      >
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">{t(m.ethnicityLegend)}</legend>
        <div id="ethnicity-hint" className="govuk-hint">
          {t(m.ethnicityHint)}
        </div>
        {error ? <FieldError id="ethnicity-error" error={error} /> : null}
        {HEADINGS.map((heading, i) => (
          <fieldset className="govuk-fieldset govuk-!-margin-bottom-4" key={heading}>
            <legend className="govuk-fieldset__legend govuk-body govuk-!-font-weight-bold govuk-!-margin-bottom-2">
              {t(m[`heading_${heading}`])}
            </legend>
            <div className="govuk-radios govuk-radios--small">{groupsUnder(heading).map((key, j) => radio(key, i === 0 && j === 0))}</div>
          </fieldset>
        ))}
        <div className="govuk-radios govuk-radios--small">{radio('prefer_not_to_say', false)}</div>
      </fieldset>
    </div>
  );
}
