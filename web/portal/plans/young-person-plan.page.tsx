// A young person's plan page: what is happening (written for them), the parts of the family plan shared with them, their rating, their own words, and the meetings about them.
import { useSuspenseQuery } from '@tanstack/react-query';
import { useT } from '../../i18n/i18n.ts';
import { usePageTitle } from '../../ui/page-title.ts';
import { YoungPersonMeetingsSection } from '../meetings/young-person-meetings.section.tsx';
import { myFamilyQuery } from '../my-family.queries.ts';
import type { PortalMe } from '../portal.types.ts';
import { ChildWordsSection } from './child-words.section.tsx';
import { CrisisForYouSection } from './crisis-for-you.section.tsx';
import { useFormsWithErrors } from './plan-forms.ts';
import { firstName, myPersonId } from './plan-people.ts';
import { SectionText } from './plan-section.form.tsx';
import { childWordsQuery, planDocumentsQuery, recoveryPlanQuery } from './plans.api.ts';
import { SharedRecoveryPlan } from './shared-recovery.section.tsx';
import { youngPersonPlan as m } from './young-person-plan.messages.ts';

export function YoungPersonPlanPage({ me }: { me: PortalMe }) {
  const t = useT();
  const [hasErrors, onErrorsChange] = useFormsWithErrors();
  usePageTitle(t(m.title), hasErrors);
  const { data: recovery } = useSuspenseQuery(recoveryPlanQuery(me.familyId));
  const { data: documents } = useSuspenseQuery(planDocumentsQuery(me.familyId));
  const { data: words } = useSuspenseQuery(childWordsQuery(me.familyId));
  const { data: family } = useSuspenseQuery(myFamilyQuery);

  // A young person sees only the explanation written for them, so it also says who they are if the names do not.
  const explanations = documents.documents.filter((d) => d.kind === 'explanation' && d.sections.length > 0);
  const myId = myPersonId(me);
  const explanation = explanations.find((d) => d.personId === myId) ?? null;
  const parentPerson = family.people.find((p) => p.kind === 'parent');
  const parentName = parentPerson ? firstName(parentPerson.preferredName ?? parentPerson.fullName) : t(m.yourMumOrDad);

  const plan = recovery.plan;

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds-from-desktop">
        <h1 className="govuk-heading-l">{t(m.title)}</h1>
        <p className="govuk-body-l">{t(m.intro)}</p>
        <CrisisForYouSection familyId={me.familyId} />

        <section aria-labelledby="happening-heading" className="umb-section">
          <h2 className="govuk-heading-m" id="happening-heading">
            {t(m.happening)}
          </h2>
          {explanation ? (
            <>
              <p className="govuk-body">{t(m.writtenForYou, { name: parentName })}</p>
              {explanation.sections.map((section) => (
                <SectionText key={section.key} section={section} headingLevel={3} />
              ))}
            </>
          ) : (
            <p className="govuk-body">{t(m.nothingYet)}</p>
          )}
        </section>

        {plan && plan.visibleParts.length > 0 ? (
          <>
            <p className="govuk-body">{t(recovery.can.rate ? m.sharedCanRate : m.shared, { name: parentName })}</p>
            <SharedRecoveryPlan me={me} view={recovery} parentName={parentName} onErrorsChange={onErrorsChange} />
          </>
        ) : (
          <p className="govuk-body">{t(m.notShared, { name: parentName })}</p>
        )}

        <ChildWordsSection familyId={me.familyId} childPersonId={myId} words={words.words} onErrorsChange={onErrorsChange} />
        <YoungPersonMeetingsSection me={me} />
      </div>
    </div>
  );
}
