// "Glossary": jargon and the plain words Umbrella offers instead (P5). Everyone signed in can read it;
// administrators can add and change terms.
import { useSuspenseQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { TextField } from '../../ui/field.tsx';
import { useFlash } from '../../ui/flash.ts';
import { NotificationBanner } from '../../ui/notification-banner.tsx';
import { usePageTitle } from '../../ui/page-title.ts';
import { useMe } from '../auth/use-me.ts';
import { glossaryQuery } from './glossary.queries.ts';

export function GlossaryPage() {
  usePageTitle('Glossary');
  const { data } = useSuspenseQuery(glossaryQuery);
  const me = useMe();
  const flash = useFlash();
  const [filter, setFilter] = useState('');
  const isAdministrator = me?.kind === 'professional' && me.role === 'administrator';

  const needle = filter.trim().toLowerCase();
  const terms = [...data.terms]
    .sort((a, b) => a.term.localeCompare(b.term, 'en', { sensitivity: 'base' }))
    .filter((t) => !needle || [t.term, t.plain, ...t.aliases].some((text) => text.toLowerCase().includes(needle)));

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds-from-desktop">
        {flash ? <NotificationBanner title="Success" heading={flash} success /> : null}
        <h1 className="govuk-heading-l">Glossary</h1>
        <p className="govuk-body">
          Words professionals use, and the plain words Umbrella suggests instead. When someone writes one of these in a note a parent will
          read, Umbrella offers the plain wording.
        </p>
        {isAdministrator ? (
          <p className="govuk-body">
            <Link to="/glossary/new" className="govuk-link">
              Add a term
            </Link>
          </p>
        ) : null}
        <TextField
          id="glossary-filter"
          label="Find a word"
          value={filter}
          onValueChange={setFilter}
          autoComplete="off"
          widthClass="govuk-input--width-20"
        />
        <p className="govuk-body" role="status">
          {needle ? `${terms.length} ${terms.length === 1 ? 'term' : 'terms'} found` : `${terms.length} terms`}
        </p>
        <dl className="umb-glossary">
          {terms.map((term) => (
            <div className="umb-glossary__item" key={term.id}>
              <dt className="govuk-heading-s umb-glossary__term">
                {term.term}
                {term.aliases.length > 0 ? <span className="umb-glossary__aliases">Also written: {term.aliases.join(', ')}</span> : null}
              </dt>
              <dd className="umb-glossary__plain">
                <p className="govuk-body govuk-!-margin-bottom-1">
                  <span className="govuk-!-font-weight-bold">Plain words:</span> {term.plain}
                </p>
                <p className="govuk-body">{term.explanation}</p>
                {isAdministrator ? (
                  <p className="govuk-body">
                    <Link to="/glossary/$termId/edit" params={{ termId: term.id }} className="govuk-link">
                      Change<span className="govuk-visually-hidden"> {term.term}</span>
                    </Link>
                  </p>
                ) : null}
              </dd>
            </div>
          ))}
        </dl>
      </div>
    </div>
  );
}
