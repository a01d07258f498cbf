// "What Marie has shared with you": for a trusted person, only the parts of the plans the parent chose to share, and the question if they are asked to look after a child.
import { useSuspenseQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { RECOVERY_PARTS } from '../../../shared/domain/plans.ts';
import { useT } from '../../i18n/i18n.ts';
import { usePageTitle } from '../../ui/page-title.ts';
import { myFamilyQuery } from '../my-family.queries.ts';
import type { PortalMe } from '../portal.types.ts';
import { CarerAnswerForm } from './carer-answer.form.tsx';
import { useFormsWithErrors } from './plan-forms.ts';
import { carerSentence, firstName } from './plan-people.ts';
import { SectionText } from './plan-section.form.tsx';
import { planDocumentsQuery, recoveryPlanQuery } from './plans.api.ts';
import { SharedRecoveryPlan } from './shared-recovery.section.tsx';
import { sharedWithMe as m } from './shared-with-me.messages.ts';

const childrensPlansLink = (chunks: ReactNode[]) => (
  <Link to="/my-plan/children" className="govuk-link">
    {chunks}
  </Link>
);
const myFamilyLink = (chunks: ReactNode[]) => (
  <Link to="/my-family" className="govuk-link">
    {chunks}
  </Link>
);

export function SharedWithMePage({ me }: { me: PortalMe }) {
  const t = useT();
  const { data: documents } = useSuspenseQuery(planDocumentsQuery(me.familyId));
  const { data: recovery } = useSuspenseQuery(recoveryPlanQuery(me.familyId));
  const { data: family } = useSuspenseQuery(myFamilyQuery);
  const [hasErrors, onErrorsChange] = useFormsWithErrors();
  const wellness = documents.documents.filter((d) => d.kind === 'wellness' && d.sections.length > 0);
  const parent = wellness[0]?.personName ?? family.people.find((p) => p.kind === 'parent')?.fullName;
  const parentName = parent ? firstName(parent) : t(m.theParent);
  const title = t(m.title, { name: parentName });
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
        <p className="govuk-body-l">{t(m.intro, { name: parentName })}</p>
        <p className="govuk-body">{t(m.keepPrivate, { name: parentName })}</p>
        {elsewhere ? <p className="govuk-body">{t.rich(m.childrensPlansElsewhere, { link: childrensPlansLink })}</p> : null}
        {nothing ? <p className="govuk-body">{t(m.nothingShared, { name: parentName })}</p> : null}

        {contingency.map((doc) => {
          const child = firstName(doc.personName);
          return (
            <section key={doc.id} aria-labelledby={`doc-${doc.id}`} className="umb-section">
              <h2 className="govuk-heading-m" id={`doc-${doc.id}`}>
                {t(m.childPlan, { child, name: parentName })}
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
              {t(m.wellnessHeading, { name: firstName(doc.personName) })}
            </h2>
            <p className="govuk-body">{t(m.wellnessIntro, { name: firstName(doc.personName) })}</p>
            {doc.sections.map((section) => (
              <SectionText key={section.key} section={section} headingLevel={3} />
            ))}
          </section>
        ))}

        {plan && parts.length > 0 ? (
          <>
            <h2 className="govuk-heading-l">{t(m.familyPlanHeading)}</h2>
            <p className="govuk-body">{t(m.familyPlanIntro, { name: parentName })}</p>
            <SharedRecoveryPlan me={me} view={recovery} parentName={parentName} onErrorsChange={onErrorsChange} />
          </>
        ) : null}
        <p className="govuk-body">{t.rich(m.questions, { name: parentName, link: myFamilyLink })}</p>
      </div>
    </div>
  );
}
