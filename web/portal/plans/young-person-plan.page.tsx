// A young person's plan page: what is happening (written for them), the parts of the family plan shared with them, their rating and their own words.
import { useSuspenseQuery } from '@tanstack/react-query';
import { usePageTitle } from '../../ui/page-title.ts';
import { myFamilyQuery } from '../my-family.queries.ts';
import type { PortalMe } from '../portal.types.ts';
import { ChildWordsSection } from './child-words.section.tsx';
import { CrisisForYouSection } from './crisis-for-you.section.tsx';
import { useFormsWithErrors } from './plan-forms.ts';
import { firstName, myPersonId } from './plan-people.ts';
import { SectionText } from './plan-section.form.tsx';
import { childWordsQuery, planDocumentsQuery, recoveryPlanQuery } from './plans.api.ts';
import { SharedRecoveryPlan } from './shared-recovery.section.tsx';

export function YoungPersonPlanPage({ me }: { me: PortalMe }) {
  const [hasErrors, onErrorsChange] = useFormsWithErrors();
  usePageTitle('Your plan', hasErrors);
  const { data: recovery } = useSuspenseQuery(recoveryPlanQuery(me.familyId));
  const { data: documents } = useSuspenseQuery(planDocumentsQuery(me.familyId));
  const { data: words } = useSuspenseQuery(childWordsQuery(me.familyId));
  const { data: family } = useSuspenseQuery(myFamilyQuery);

  // A young person sees only the explanation written for them, so it also says who they are if the names do not.
  const explanations = documents.documents.filter((d) => d.kind === 'explanation' && d.sections.length > 0);
  const myId = myPersonId(me);
  const explanation = explanations.find((d) => d.personId === myId) ?? null;
  const parentPerson = family.people.find((p) => p.kind === 'parent');
  const parentName = parentPerson ? firstName(parentPerson.preferredName ?? parentPerson.fullName) : 'your mum or dad';

  const plan = recovery.plan;

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds-from-desktop">
        <h1 className="govuk-heading-l">Your plan</h1>
        <p className="govuk-body-l">What is happening in your family, what the plan says, and your own words.</p>
        <CrisisForYouSection familyId={me.familyId} />

        <section aria-labelledby="happening-heading" className="umb-section">
          <h2 className="govuk-heading-m" id="happening-heading">
            What is happening
          </h2>
          {explanation ? (
            <>
              <p className="govuk-body">Your workers wrote this for you, and {parentName} agreed it.</p>
              {explanation.sections.map((section) => (
                <SectionText key={section.key} section={section} headingLevel={3} />
              ))}
            </>
          ) : (
            <p className="govuk-body">Nothing has been written here for you yet. You can ask your worker what is happening at any time.</p>
          )}
        </section>

        {plan && plan.visibleParts.length > 0 ? (
          <>
            <p className="govuk-body">
              {parentName} has shared these parts of the family plan with you. The family plan is what {parentName} and the workers are
              doing so that things get better at home.
              {recovery.can.rate ? ' You can give your own rating from 0 to 10.' : ''}
            </p>
            <SharedRecoveryPlan me={me} view={recovery} parentName={parentName} onErrorsChange={onErrorsChange} />
          </>
        ) : (
          <p className="govuk-body">{parentName} has not shared any of the family plan with you yet.</p>
        )}

        <ChildWordsSection familyId={me.familyId} childPersonId={myId} words={words.words} onErrorsChange={onErrorsChange} />
      </div>
    </div>
  );
}
