// "Words your team kept" (issue 16 §1) for a team manager: how often the team kept words the respectful-language check
// found, by word and by month, as tables. For supervision conversations about how we write about families; the numbers
// name no worker and no family, so they can never be a score on anyone, and 1 to 4 shows as "fewer than 5" (the server
// sends no small number), so a count cannot point at one worker.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { RESPECTFUL_WORDS, WORD_FINDING_KINDS, type WordFindingKind } from '../../../shared/domain/respectful-words.ts';
import { isOneOf } from '../../../shared/domain/vocabularies.ts';
import { isApiError } from '../../api/client.ts';
import { Button } from '../../ui/button.tsx';
import { Loading } from '../../ui/loading.tsx';
import { usePageTitle } from '../../ui/page-title.ts';
import { Select } from '../../ui/select.tsx';
import { type KeptWordsView, keptWords, keptWordsKey } from './words.api.ts';

const MONTH_CHOICES = [3, 6, 12, 24] as const;

/** Each kind of finding as a manager reads it in the table. */
const KIND_WORDS: Record<WordFindingKind, string> = {
  judgement: 'Judges the person',
  identity: 'Names a person by a diagnosis',
  officialese: 'Words a family may not know',
};

const monthName = (month: string): string => {
  const [year, m] = month.split('-').map(Number);
  return new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(year ?? 1970, (m ?? 1) - 1, 1)),
  );
};

const kindWords = (kind: string): string => (isOneOf(WORD_FINDING_KINDS, kind) ? KIND_WORDS[kind] : kind);

/** What to write instead, from the one vocabulary (shared/domain), so supervision talks about the same suggestion. */
const insteadOf = (entryId: string): string =>
  entryId === 'identity'
    ? 'Say what the person experiences and how it affects the children.'
    : (RESPECTFUL_WORDS.find((e) => e.id === entryId)?.suggestion ?? '');

const FEWER = 'fewer than 5';
/** A count as shown: null is 1 to 4, which the server never sends. */
const shown = (n: number | null) => (n === null ? FEWER : n.toLocaleString('en-GB'));

export function KeptWordsPage() {
  usePageTitle('Words your team kept');
  const [chosen, setChosen] = useState('6');
  const [months, setMonths] = useState(6);
  const data = useQuery({
    queryKey: keptWordsKey(months),
    queryFn: ({ signal }) => keptWords(months, signal),
    placeholderData: keepPreviousData,
  });
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setMonths(Number(chosen));
  };
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds-from-desktop">
        <Link to="/team/needs" className="govuk-back-link">
          Needs across your team
        </Link>
        <h1 className="govuk-heading-l">Words your team kept</h1>
        <p className="govuk-body">
          When someone on your team saves words a family will read, Umbrella checks them for words that judge a person, name a person by a
          diagnosis, or that a family may not know. The writer can keep the words as written, once for that save, and says why.
        </p>
        <div className="govuk-inset-text">
          These numbers are for supervision conversations: which words come up, and what might be written instead. They are never a score on
          a worker. They name no worker and no family. Numbers from 1 to 4 show as “{FEWER}”, so a number cannot point at one person.
        </div>
        <form noValidate onSubmit={onSubmit} className="umb-period-form">
          <Select
            id="months"
            label="Show the last"
            options={MONTH_CHOICES.map((n) => ({ value: String(n), label: `${n} months` }))}
            value={chosen}
            onValueChange={setChosen}
          />
          <Button secondary>Show</Button>
        </form>
        {data.isPending ? <Loading /> : null}
        {data.isError ? (
          <p className="govuk-body" role="alert">
            {isApiError(data.error) ? data.error.message : 'These numbers could not be loaded. Try again in a few minutes.'}
          </p>
        ) : null}
        {data.data ? <KeptWords view={data.data} /> : null}
      </div>
    </div>
  );
}

/** The total in words: "fewer than 5 times"; "at least 9 times" when a month is hidden (its exact total would show that month). */
function totalWords(view: KeptWordsView): string {
  if (view.total === null) return `${FEWER} times`;
  const n = view.total.toLocaleString('en-GB');
  if (view.totalAtLeast) return `at least ${n} times (the exact number is not shown, so the months showing “${FEWER}” stay hidden)`;
  return `${n} times`;
}

function KeptWords({ view }: { view: KeptWordsView }) {
  if (view.total === 0)
    return (
      <p className="govuk-body">
        {view.team}: in the last {view.months} months, nobody kept words as written. Every save that was checked was changed, or had nothing
        to change.
      </p>
    );
  return (
    <>
      <p className="govuk-body">
        {view.team}: in the last {view.months} months, words were kept as written {totalWords(view)}. A save that kept two words counts once
        below for each word.
      </p>
      <table className="govuk-table" data-testid="kept-words-by-word">
        <caption className="govuk-table__caption govuk-table__caption--m">Which words were kept</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">
              Words
            </th>
            <th scope="col" className="govuk-table__header">
              What to write instead
            </th>
            <th scope="col" className="govuk-table__header govuk-table__header--numeric">
              Saves
            </th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {view.byWord.map((w) => (
            <tr key={w.entryId} className="govuk-table__row">
              <th scope="row" className="govuk-table__header">
                {w.entryId === 'identity' ? w.label : `“${w.label}”`}
                <span className="govuk-hint govuk-!-font-size-16 govuk-!-margin-bottom-0">{kindWords(w.kind)}</span>
              </th>
              <td className="govuk-table__cell govuk-body-s">{insteadOf(w.entryId)}</td>
              <td className="govuk-table__cell govuk-table__cell--numeric">{shown(w.count)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <table className="govuk-table" data-testid="kept-words-by-month">
        <caption className="govuk-table__caption govuk-table__caption--m">When words were kept</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">
              Month
            </th>
            <th scope="col" className="govuk-table__header govuk-table__header--numeric">
              Saves that kept words
            </th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {view.byMonth.map((m) => (
            <tr key={m.month} className="govuk-table__row">
              <th scope="row" className="govuk-table__header">
                {monthName(m.month)}
              </th>
              <td className="govuk-table__cell govuk-table__cell--numeric">{shown(m.count)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
