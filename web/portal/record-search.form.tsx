// "Search your record": finds entries that mention some words; the words live in the address (?q=) so Back works.
import { Link, useNavigate } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { useT } from '../i18n/i18n.ts';
import { recordPage as m } from './my-record.messages.ts';

export function RecordSearchForm({ q }: { q: string }) {
  const t = useT();
  const navigate = useNavigate();
  const [words, setWords] = useState(q);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const trimmed = words.trim();
    void navigate({ to: '/my-record', search: trimmed ? { q: trimmed } : {} });
  };

  return (
    <search className="umb-search">
      <form noValidate onSubmit={onSubmit}>
        <div className="govuk-form-group">
          <label className="govuk-label govuk-label--s" htmlFor="record-search">
            {t(m.searchLabel)}
          </label>
          <div id="record-search-hint" className="govuk-hint">
            {t(m.searchHint)}
          </div>
          <div className="umb-search__row">
            <input
              className="govuk-input umb-search__input"
              id="record-search"
              name="q"
              type="search"
              enterKeyHint="search"
              value={words}
              onChange={(event) => setWords(event.target.value)}
              aria-describedby="record-search-hint"
              maxLength={200}
            />
            <button type="submit" className="govuk-button umb-search__button">
              {t(m.searchButton)}
            </button>
          </div>
        </div>
        {q ? (
          <p className="govuk-body">
            <Link to="/my-record" search={{}} className="govuk-link" onClick={() => setWords('')}>
              {t(m.clearSearch)}
            </Link>
          </p>
        ) : null}
      </form>
    </search>
  );
}
