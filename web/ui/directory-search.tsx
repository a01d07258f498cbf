// Searching the service directory (issue 15 §2) by need, by words, by language and by "free", for the family's "Find
// support" and the worker's referral page. What to do with a result (open it, choose it) is given by the page.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { type FormEvent, Fragment, type ReactNode, useState } from 'react';
import type { ServiceDetail, ServiceSummary } from '../../shared/contracts/directory.ts';
import { NEED_DOMAIN_KEYS } from '../../shared/domain/needs.ts';
import { type Translate, useT } from '../i18n/i18n.ts';
import { Button } from './button.tsx';
import { Checkboxes } from './checkboxes.tsx';
import { type DirectoryFilters, directoryKey, searchDirectory } from './directory.api.ts';
import { directorySearch as m } from './directory-search.messages.ts';
import { DirectoryText, joinedPieces, LanguageNames } from './directory-text.tsx';
import {
  costShown,
  DIRECTORY_WRITES_IN,
  eligibilityShown,
  howToUseShown,
  languageNameShown,
  openingTimeShown,
  whereShown,
} from './directory-words.ts';
import { TextField } from './field.tsx';
import { Loading } from './loading.tsx';
import { NEED_DOMAIN_WORDS } from './needs-words.ts';
import { Select } from './select.tsx';
import { Tag } from './tag.tsx';
import { Written } from './written.tsx';

export function DirectorySearch({
  initial,
  showSaved,
  resultActions,
  resultTitle,
}: {
  initial: DirectoryFilters;
  /** Family members can list only the services they saved. */
  showSaved?: boolean;
  resultTitle: (service: ServiceSummary) => ReactNode;
  resultActions?: (service: ServiceSummary) => ReactNode;
}) {
  const t = useT();
  const [form, setForm] = useState<DirectoryFilters>(initial);
  const [filters, setFilters] = useState<DirectoryFilters>(initial);
  const result = useQuery({
    queryKey: directoryKey(filters),
    queryFn: ({ signal }) => searchDirectory(filters, signal),
    placeholderData: keepPreviousData,
  });
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setFilters(form);
  };
  const options = ['free', ...(showSaved ? ['saved'] : [])];
  return (
    <>
      <search aria-label={t(m.services)}>
        <form noValidate onSubmit={onSubmit} className="umb-directory-search">
          <TextField
            id="q"
            label={t(m.wordsToLookFor)}
            hint={t(m.wordsHint)}
            value={form.q ?? ''}
            onValueChange={(q) => setForm((f) => ({ ...f, q }))}
          />
          <Select
            id="domain"
            label={t(m.helpsWith)}
            options={NEED_DOMAIN_KEYS.filter((d) => d !== 'other').map((d) => ({ value: d, label: t(NEED_DOMAIN_WORDS[d]) }))}
            placeholder={t(m.anything)}
            value={form.domain ?? ''}
            onValueChange={(domain) => setForm((f) => ({ ...f, domain: domain || undefined }))}
          />
          <Select
            id="language"
            label={t(m.language)}
            options={(result.data?.languages ?? []).map((l) => ({ value: l, label: languageNameShown(l, t) ?? l }))}
            placeholder={t(m.anyLanguage)}
            value={form.language ?? ''}
            onValueChange={(language) => setForm((f) => ({ ...f, language: language || undefined }))}
          />
          <Checkboxes
            name="only"
            legend={t(m.onlyShow)}
            groups={[
              {
                options: options.map((o) => ({ value: o, label: o === 'free' ? t(m.onlyFree) : t(m.onlySaved) })),
              },
            ]}
            values={options.filter((o) => (o === 'free' ? form.free : form.saved))}
            onChange={(values) => setForm((f) => ({ ...f, free: values.includes('free'), saved: values.includes('saved') }))}
            small
          />
          <Button secondary>{t(m.search)}</Button>
        </form>
      </search>
      {result.isPending ? <Loading /> : null}
      {result.isError ? <p className="govuk-error-message">{t(m.loadFailed)}</p> : null}
      {result.data ? (
        <section aria-labelledby="services-found" aria-live="polite">
          <h2 className="govuk-heading-m" id="services-found">
            {t(m.found, { count: result.data.total })}
          </h2>
          {result.data.total === 0 ? <p className="govuk-body">{t(m.tryFewer)}</p> : null}
          <ul className="govuk-list umb-services">
            {result.data.services.map((s) => (
              <li key={s.id} className="umb-service" data-testid="service">
                <h3 className="govuk-heading-s govuk-!-margin-bottom-1">{resultTitle(s)}</h3>
                <Written lang={DIRECTORY_WRITES_IN} className="govuk-body-s govuk-!-margin-bottom-1" note={false}>
                  {s.organisationName}
                </Written>
                {s.description ? (
                  <Written lang={DIRECTORY_WRITES_IN} className="govuk-body-s govuk-!-margin-bottom-1">
                    {s.description}
                  </Written>
                ) : null}
                <p className="govuk-body-s govuk-!-margin-bottom-1">
                  {s.free ? <Tag colour="green">{t(m.free)}</Tag> : null}{' '}
                  {s.selfReferral ? <Tag colour="teal">{t(m.contactYourself)}</Tag> : null}
                </p>
                <p className="govuk-body-s govuk-!-margin-bottom-1">
                  <WhereAndLanguages service={s} />
                </p>
                {resultActions?.(s)}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}

/**
 * "Northfield Library, NF1 2AB. Languages: English, Polish.": where it is (a place's name as written, "By phone" in the
 * language shown) and its languages, named in the language shown.
 */
function WhereAndLanguages({ service: s }: { service: ServiceSummary }) {
  const t = useT();
  const where = s.where ? t.rich(m.where, { where: <DirectoryText words={s.where} shown={whereShown(s.where, t)} /> }) : null;
  const languages = s.languages.length > 0 ? t.rich(m.languages, { languages: <LanguageNames names={s.languages} /> }) : null;
  return (
    <>
      {where}
      {where && languages ? ' ' : null}
      {languages}
    </>
  );
}

/** "Refer yourself, drop in, by phone": a list as one sentence, capital letter first only. */
const sentenceItem = (item: string, i: number) => (i === 0 ? item : item.charAt(0).toLocaleLowerCase() + item.slice(1));

/** Each piece of the directory's data, said again in the language shown where the page can, or as written (marked). */
const pieces = (items: readonly string[], shown: (words: string, t: Translate) => string, t: Translate, asSentence = false) =>
  items.map((words, i) => {
    const said = shown(words, t);
    const display = asSentence ? sentenceItem(said, i) : said;
    // As written: the service's words (in a sentence, with the sentence's capital letters).
    return said === words ? <DirectoryText key={words} words={display} /> : <Fragment key={words}>{display}</Fragment>;
  });

/** One service in full: who it is for, what it costs, when it is open, where it is and how to get there, how to contact. */
export function ServiceFacts({ service }: { service: ServiceDetail }) {
  const t = useT();
  const or = (list: ReactNode[], separator: string, otherwise: string): ReactNode =>
    list.length ? joinedPieces(list, separator) : otherwise;
  const facts: [string, ReactNode][] = [
    [t(m.runBy), <DirectoryText key="by" words={service.organisationName} />],
    [t(m.whoFor), or(pieces(service.eligibility, eligibilityShown, t), '. ', t(m.anyone))],
    [t(m.costs), or(pieces(service.costs, costShown, t), '. ', service.free ? t(m.free) : t(m.askThem))],
    [t(m.howToUse), or(pieces(service.howToUse, howToUseShown, t, true), ', ', t(m.contactThem))],
    [t(m.languagesKey), service.languages.length ? <LanguageNames key="languages" names={service.languages} /> : t(m.english)],
    [
      t(m.whenOpen),
      or(
        pieces(
          service.openingTimes.map((o) => o.words),
          openingTimeShown,
          t,
        ),
        '. ',
        t(m.contactToAsk),
      ),
    ],
  ];
  return (
    <>
      {service.description ? (
        <Written lang={DIRECTORY_WRITES_IN} className="govuk-body umb-pre-line">
          {service.description}
        </Written>
      ) : null}
      <p className="govuk-body">
        {service.free ? <Tag colour="green">{t(m.free)}</Tag> : null}{' '}
        {service.selfReferral ? <Tag colour="teal">{t(m.contactYourself)}</Tag> : null}
      </p>
      <dl className="govuk-summary-list">
        {facts.map(([key, value]) => (
          <div className="govuk-summary-list__row" key={key}>
            <dt className="govuk-summary-list__key">{key}</dt>
            <dd className="govuk-summary-list__value">{value}</dd>
          </div>
        ))}
      </dl>
      {service.locations.length > 0 ? (
        <>
          <h2 className="govuk-heading-m">{t(m.whereAndHow)}</h2>
          {service.locations.map((l) => (
            <div key={`${l.name}-${l.address}-${l.postcode}`} className="govuk-!-margin-bottom-4">
              {l.name ? (
                <Written lang={DIRECTORY_WRITES_IN} className="govuk-body govuk-!-font-weight-bold govuk-!-margin-bottom-1" note={false}>
                  {l.name}
                </Written>
              ) : null}
              {l.address ? (
                <Written lang={DIRECTORY_WRITES_IN} className="govuk-body govuk-!-margin-bottom-1" note={false}>
                  {l.address}
                  {l.postcode ? `, ${l.postcode}` : ''}
                </Written>
              ) : null}
              {l.howToGetThere ? (
                <Written lang={DIRECTORY_WRITES_IN} className="govuk-body-s umb-pre-line govuk-!-margin-bottom-1">
                  {l.howToGetThere}
                </Written>
              ) : null}
              {l.accessibility.length > 0 ? (
                <Written lang={DIRECTORY_WRITES_IN} className="govuk-body-s">
                  {l.accessibility.join('. ')}
                </Written>
              ) : null}
            </div>
          ))}
        </>
      ) : null}
      {service.contacts.length > 0 || service.url || service.email ? (
        <>
          <h2 className="govuk-heading-m">{t(m.howToContact)}</h2>
          <ul className="govuk-list">
            {service.contacts.map((c) => (
              <li key={`${c.name}-${c.phone}-${c.email}`}>
                {c.name ? (
                  <>
                    <DirectoryText words={c.name} />
                    {': '}
                  </>
                ) : null}
                {c.phone ? (
                  <a className="govuk-link" href={`tel:${c.phone.replace(/\s+/g, '')}`}>
                    {c.phone}
                  </a>
                ) : null}
                {c.phone && c.email ? ', ' : ''}
                {c.email ? (
                  <a className="govuk-link" href={`mailto:${c.email}`}>
                    {c.email}
                  </a>
                ) : null}
              </li>
            ))}
            {service.email ? (
              <li>
                <a className="govuk-link" href={`mailto:${service.email}`}>
                  {service.email}
                </a>
              </li>
            ) : null}
            {service.url ? (
              <li>
                <a className="govuk-link" href={service.url} rel="noopener noreferrer">
                  {t(m.website)}
                </a>
              </li>
            ) : null}
          </ul>
        </>
      ) : null}
    </>
  );
}
