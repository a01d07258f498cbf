// The children's plans and the parent's wellness and crisis plan, as a professional on the care team may see them.
import { useSuspenseQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { displayName } from '../../ui/format.ts';
import { InPageLink } from '../../ui/in-page-link.tsx';
import { familyQuery } from '../families/families.queries.ts';
import { ChildPlansSection } from './child-plans.section.tsx';
import { CrisisSections } from './crisis.section.tsx';
import { PageWithForms } from './plan-page-errors.tsx';
import { planDocumentsQuery } from './plans.queries.ts';
import { WellnessSection } from './wellness.section.tsx';

export function FamilyPlansPage({ familyId }: { familyId: string }) {
  const { data: family } = useSuspenseQuery(familyQuery(familyId));
  const { data } = useSuspenseQuery(planDocumentsQuery(familyId));
  const children = family.people.filter((p) => p.kind === 'child').map((p) => ({ id: p.id, name: displayName(p), age: p.age }));
  // A wellness and crisis plan is shown for a parent known to adult mental health services, or one who has shared theirs.
  const wellnessParents = family.people
    .filter(
      (p) =>
        p.kind === 'parent' && (p.knownToAdultMentalHealth || data.documents.some((d) => d.kind === 'wellness' && d.personId === p.id)),
    )
    .map((p) => ({ id: p.id, name: displayName(p) }));
  const adults = family.people.filter((p) => p.kind !== 'child').map((p) => ({ id: p.id, name: displayName(p) }));

  return (
    <PageWithForms title={`Children’s plans and wellness plan: ${family.displayName}`}>
      <Link to="/families/$familyId/recovery-plan" params={{ familyId }} className="govuk-back-link">
        Back to the recovery plan
      </Link>
      <span className="govuk-caption-l">{family.displayName}</span>
      <h1 className="govuk-heading-xl">Children’s plans and the parent’s wellness plan</h1>
      <p className="govuk-body-l">
        What happens for each child if their parent is unwell, what each child is told, and the parent’s own plan for staying well.
      </p>
      <nav aria-label="On this page" className="umb-contents">
        <h2 className="govuk-heading-s govuk-!-margin-bottom-2">On this page</h2>
        <ul className="govuk-list umb-contents__list">
          {children.map((child) => (
            <li key={child.id}>
              <InPageLink target={`child-${child.id}`}>{child.name}</InPageLink>
            </li>
          ))}
          {wellnessParents.map((parent) => (
            <li key={parent.id}>
              <InPageLink target={`wellness-${parent.id}`}>{parent.name}’s wellness and crisis plan</InPageLink>
            </li>
          ))}
        </ul>
      </nav>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds-from-desktop">
          <CrisisSections familyId={familyId} />
          {children.length === 0 ? <p className="govuk-body">No children are recorded in this family.</p> : null}
          {children.map((child) => (
            <ChildPlansSection key={child.id} familyId={familyId} child={child} data={data} adults={adults} />
          ))}
          {wellnessParents.map((parent) => (
            <WellnessSection
              key={parent.id}
              familyId={familyId}
              parentId={parent.id}
              parentName={parent.name}
              document={data.documents.find((d) => d.kind === 'wellness' && d.personId === parent.id) ?? null}
            />
          ))}
        </div>
      </div>
    </PageWithForms>
  );
}
