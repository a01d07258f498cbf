// A child's own page for their parent: school, who they live with, who is important to them, and their family, in plain words.
import { useSuspenseQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import type { ReactElement, ReactNode } from 'react';
import { type Translate, useT } from '../i18n/i18n.ts';
import { usePageTitle } from '../ui/page-title.ts';
import { SummaryList, type SummaryRow } from '../ui/summary-list.tsx';
import { PROFESSIONALS_WRITE_IN, Written } from '../ui/written.tsx';
import { childPage as m } from './child.messages.ts';
import { childPageQuery } from './portal.queries.ts';
import type { ChildPage } from './portal.types.ts';

export function MyChildPage({ familyId, personId }: { familyId: string; personId: string }) {
  const t = useT();
  const { data: child } = useSuspenseQuery(childPageQuery(familyId, personId));
  usePageTitle(child.name);

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds-from-desktop">
        <Link to="/my-family" className="govuk-back-link">
          {t(m.back)}
        </Link>
        <span className="govuk-caption-l">{t(m.caption)}</span>
        <h1 className="govuk-heading-l">{child.name}</h1>
        <SummaryList rows={rowsFor(child, t)} />
        <p className="govuk-body">{t(m.wrongOrMissing)}</p>
      </div>
    </div>
  );
}

function rowsFor(child: ChildPage, t: Translate): SummaryRow[] {
  const notRecorded = t(m.notRecorded);
  const rows: SummaryRow[] = [];
  if (child.fullName !== child.name) rows.push({ key: t(m.fullName), value: child.fullName });
  if (child.age !== null) rows.push({ key: t(m.age), value: t(m.ageYears, { age: child.age }) });
  if (child.pronouns) rows.push({ key: t(m.pronouns), value: asWritten(child.pronouns) });
  rows.push({ key: t(m.school), value: child.school ? asWritten(child.school) : notRecorded });
  rows.push({ key: t(m.livesWith), value: livesWith(child) ?? notRecorded });
  rows.push({
    key: t(m.important),
    value: child.importantPeople ? (
      <Written as="span" lang={PROFESSIONALS_WRITE_IN}>
        {child.importantPeople}
      </Written>
    ) : (
      notRecorded
    ),
  });
  if (child.relatives.length > 0) {
    rows.push({
      key: t(m.family),
      value: (
        <ul className="govuk-list">
          {child.relatives.map((relative, index) => (
            // Two relationships with one person are two lines; their order is the server's.
            // biome-ignore lint/suspicious/noArrayIndexKey: see above
            <li key={index}>{t.rich(m.relation, { kind: relative.kind, name: asWritten(relative.name), child: asWritten(child.name) })}</li>
          ))}
        </ul>
      ),
    });
  }
  return rows;
}

/**
 * What the care team wrote on the child's page (a school, pronouns, a home's name): shown as written, in the professionals'
 * language, without a note (a name or a short phrase).
 */
const asWritten = (words: string): ReactElement => (
  <Written as="span" lang={PROFESSIONALS_WRITE_IN} note={false}>
    {words}
  </Written>
);

/** The people and the home's name, as written; null when neither is known. */
function livesWith(child: ChildPage): ReactNode {
  const people = child.livesWith.length > 0 ? child.livesWith.join(', ') : null;
  const home = child.householdName ? asWritten(child.householdName) : null;
  if (people && home)
    return (
      <>
        {people} ({home})
      </>
    );
  return people ?? home;
}
