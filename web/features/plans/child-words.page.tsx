// A child's own words (worries, good things, hopes), kept exactly as said, and a form for a worker to write them down with
// the child: who the child agreed to share them with, and that the child said yes.
import { useSuspenseQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { CHILD_WORDS_AUDIENCES, CHILD_WORDS_PART_KEYS, CHILD_WORDS_PARTS, type ChildWordsPartKey } from '../../../shared/domain/plans.ts';
import { displayName } from '../../ui/format.ts';
import { NotFoundPage } from '../../ui/not-found.page.tsx';
import { formatDateTime } from '../../ui/time.ts';
import { Written } from '../../ui/written.tsx';
import { familyQuery } from '../families/families.queries.ts';
import { ChildWordsForm } from './child-words.form.tsx';
import { PageWithForms } from './plan-page-errors.tsx';
import { childWordsQuery } from './plans.queries.ts';
import type { ChildWords } from './plans.types.ts';

export function ChildWordsPage({ familyId, personId }: { familyId: string; personId: string }) {
  const { data: family } = useSuspenseQuery(familyQuery(familyId));
  const { data } = useSuspenseQuery(childWordsQuery(familyId));
  const person = family.people.find((p) => p.id === personId && p.kind === 'child');
  if (!person) return <NotFoundPage />;
  const name = displayName(person);
  const words = data.words.filter((w) => w.childPersonId === personId);

  return (
    <PageWithForms title={`${name}’s own words`}>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds-from-desktop">
          <Link to="/families/$familyId/plans" params={{ familyId }} className="govuk-back-link">
            Back to the children’s plans
          </Link>
          <span className="govuk-caption-l">{family.displayName}</span>
          <h1 className="govuk-heading-xl">{name}’s own words</h1>
          <p className="govuk-body">
            {name}’s words are kept exactly as {name} said them. You see only words {name} agreed to share with the workers helping the
            family, and words you wrote down yourself.
          </p>
          {CHILD_WORDS_PART_KEYS.map((part) => (
            <WordsPart key={part} part={part} words={words.filter((w) => w.part === part)} childName={name} />
          ))}
          <ChildWordsForm familyId={familyId} childId={personId} childName={name} />
        </div>
      </div>
    </PageWithForms>
  );
}

function WordsPart({ part, words, childName }: { part: ChildWordsPartKey; words: ChildWords[]; childName: string }) {
  const headingId = `words-${part}`;
  return (
    <section className="umb-section" aria-labelledby={headingId}>
      <h2 className="govuk-heading-m" id={headingId}>
        {CHILD_WORDS_PARTS[part].title}
      </h2>
      {words.length === 0 ? <p className="govuk-body umb-muted">Nothing here yet.</p> : null}
      <ul className="govuk-list umb-plan-list">
        {words.map((w) => (
          <li key={w.id} className="umb-plan-list__item">
            <blockquote className="umb-plan-child-words">
              <Written lang={w.writtenIn} className="govuk-body-l umb-pre-line govuk-!-margin-bottom-1">
                {w.words}
              </Written>
            </blockquote>
            <p className="govuk-body-s umb-muted govuk-!-margin-bottom-1">
              {w.writtenForChild ? `Written down by ${w.author} for ${childName}` : `Written by ${childName}`} on{' '}
              {formatDateTime(w.createdAt)}
            </p>
            <p className="govuk-body-s umb-muted">
              {w.shareWith.length > 0
                ? `${childName} agreed to share these with: ${w.shareWith.map((a) => CHILD_WORDS_AUDIENCES[a].toLowerCase()).join(', ')}`
                : `Not shared: only ${childName} and whoever wrote them down can see these`}
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
