// "What Marie has shared with you": for a trusted person, only the parts of the plans the parent chose to share, and the question if they are asked to look after a child.
import { useSuspenseQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { RECOVERY_PARTS } from '../../../shared/domain/plans.ts';
import { usePageTitle } from '../../ui/page-title.ts';
import { myFamilyQuery } from '../my-family.queries.ts';
import type { PortalMe } from '../portal.types.ts';
import { CarerAnswerForm } from './carer-answer.form.tsx';
import { useFormsWithErrors } from './plan-forms.ts';
import { carerSentence, firstName } from './plan-people.ts';
import { SectionText } from './plan-section.form.tsx';
import { planDocumentsQuery, recoveryPlanQuery } from './plans.api.ts';
import { SharedRecoveryPlan } from './shared-recovery.section.tsx';

export function SharedWithMePage({ me }: { me: PortalMe }) {
  const { data: documents } = useSuspenseQuery(planDocumentsQuery(me.familyId));
  const { data: recovery } = useSuspenseQuery(recoveryPlanQuery(me.familyId));
  const { data: family } = useSuspenseQuery(myFamilyQuery);
  const [hasErrors, onErrorsChange] = useFormsWithErrors();
  const wellness = documents.documents.filter((d) => d.kind === 'wellness' && d.sections.length > 0);
  const parent = wellness[0]?.personName ?? family.people.find((p) => p.kind === 'parent')?.fullName ?? 'The parent';
  const parentName = firstName(parent);
  const title = `What ${parentName} has shared with you`;
  usePageTitle(title, hasErrors);

  // A parent who lives elsewhere writes his own children's plans on "Your children's plans"; here, only what was shared.
  const elsewhere = me.kind === 'other_parent';
  const contingency = documents.documents.filter(
    (d) => d.kind === 'contingency' && (d.sections.length > 0 || d.can.answerAsCarer) && !(elsewhere && d.can.write),
  );
  const plan = recovery.plan;
  const parts = plan ? RECOVERY_PARTS.filter((p) => plan.visibleParts.includes(p.key)) : [];
  const nothing = wellness.length === 0 && contingency.length === 0 && parts.length === 0;

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds-from-desktop">
        <h1 className="govuk-heading-l">{title}</h1>
        <p className="govuk-body-l">
          {parentName} chooses which parts of their plans you can see. You only see what they have shared with you.
        </p>
        <p className="govuk-body">Please keep it private. {parentName} can see each time you look.</p>
        {elsewhere ? (
          <p className="govuk-body">
            Your children’s plans, which you can write in as their parent, are on{' '}
            <Link to="/my-plan/children" className="govuk-link">
              your children’s plans
            </Link>
            .
          </p>
        ) : null}
        {nothing ? <p className="govuk-body">{parentName} has not shared any plans with you yet.</p> : null}

        {contingency.map((doc) => {
          const child = firstName(doc.personName);
          return (
            <section key={doc.id} aria-labelledby={`doc-${doc.id}`} className="umb-section">
              <h2 className="govuk-heading-m" id={`doc-${doc.id}`}>
                {child}’s plan if {parentName} is unwell
              </h2>
              {doc.carer && !doc.can.answerAsCarer ? <p className="govuk-body">{carerSentence(doc.carer)}</p> : null}
              {doc.sections.map((section) => (
                <SectionText key={section.key} section={section} headingLevel={3} />
              ))}
              {doc.can.answerAsCarer ? (
                <CarerAnswerForm familyId={me.familyId} document={doc} parentName={parentName} onErrorsChange={onErrorsChange} />
              ) : null}
            </section>
          );
        })}

        {wellness.map((doc) => (
          <section key={doc.id} aria-labelledby={`doc-${doc.id}`} className="umb-section">
            <h2 className="govuk-heading-m" id={`doc-${doc.id}`}>
              {firstName(doc.personName)}’s wellness and crisis plan
            </h2>
            <p className="govuk-body">
              The parts {firstName(doc.personName)} has shared with you, in {firstName(doc.personName)}’s own words.
            </p>
            {doc.sections.map((section) => (
              <SectionText key={section.key} section={section} headingLevel={3} />
            ))}
          </section>
        ))}

        {plan && parts.length > 0 ? (
          <>
            <h2 className="govuk-heading-l">The family plan</h2>
            <p className="govuk-body">
              The parts of the family plan {parentName} shared with you: what {parentName} and the workers are doing so that things get
              better at home.
            </p>
            <SharedRecoveryPlan me={me} view={recovery} parentName={parentName} onErrorsChange={onErrorsChange} />
          </>
        ) : null}
        <p className="govuk-body">
          If you have questions about {parentName}’s plans, ask {parentName} or one of the workers listed on{' '}
          <Link to="/my-family" className="govuk-link">
            your family’s page
          </Link>
          .
        </p>
      </div>
    </div>
  );
}
