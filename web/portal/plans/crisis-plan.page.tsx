// "Your wellness and crisis plan": the parent's own plan, section by section in their words; workers' suggestions go in only if she says so.
import { useMutation, useQueryClient, useSuspenseQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { WELLNESS_SECTIONS } from '../../../shared/domain/plans.ts';
import { isApiError } from '../../api/client.ts';
import { useT } from '../../i18n/i18n.ts';
import { Button } from '../../ui/button.tsx';
import { ErrorText } from '../../ui/error-text.tsx';
import { InPageLink } from '../../ui/in-page-link.tsx';
import { usePageTitle } from '../../ui/page-title.ts';
import type { PortalMe } from '../portal.types.ts';
import { crisisPlansQuery } from './crisis.queries.ts';
import { CrisisMessagesSection } from './crisis-messages.section.tsx';
import { crisisPlan as m } from './crisis-plan.messages.ts';
import { CrisisReviewForm } from './crisis-review.form.tsx';
import { CrisisServicesSummary } from './crisis-services.summary.tsx';
import { CrisisUseSection } from './crisis-use.section.tsx';
import { useFormsWithErrors } from './plan-forms.ts';
import { PlanSectionForm, SectionText, sectionFieldId } from './plan-section.form.tsx';
import { sectionTitleIn } from './plan-sections.ts';
import { planDocumentsQuery, rememberDocument, startDocument } from './plans.api.ts';
import { PlansNav } from './plans-nav.view.tsx';
import { Suggestions } from './suggestions.view.tsx';

export function CrisisPlanPage({ me }: { me: PortalMe }) {
  const t = useT();
  const [hasErrors, onErrorsChange] = useFormsWithErrors();
  usePageTitle(t(m.title), hasErrors);
  const { data } = useSuspenseQuery(planDocumentsQuery(me.familyId));
  const plan = data.documents.find((d) => d.kind === 'wellness' && d.can.write) ?? null;
  const canStart = data.canStart.find((d) => d.kind === 'wellness') ?? null;
  const { data: crises } = useSuspenseQuery(crisisPlansQuery(me.familyId));
  const crisis = plan ? (crises.crises.find((c) => c.documentId === plan.id) ?? null) : null;

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds-from-desktop">
        <h1 className="govuk-heading-l">{t(m.title)}</h1>
        <PlansNav />
        <p className="govuk-body-l">{t(m.lead)}</p>
        <p className="govuk-body">{t(m.onlyYourWords)}</p>
        <p className="govuk-body">
          {t.rich(m.whoCanSee, {
            link: (text) => (
              <Link to="/my-plan/sharing" className="govuk-link">
                {text}
              </Link>
            ),
          })}
        </p>
        <p className="govuk-body">
          <Link to="/my-family/help/who" className="govuk-link">
            {t(m.whoToHearFrom)}
          </Link>
        </p>
        {plan ? (
          <>
            {crisis ? <CrisisUseSection familyId={me.familyId} crisis={crisis} /> : null}
            {crisis?.review && crisis.state !== 'in_use' ? (
              <CrisisReviewForm familyId={me.familyId} crisis={crisis} onErrorsChange={onErrorsChange} />
            ) : null}
            <nav aria-label={t(m.parts)} className="umb-contents">
              <h2 className="govuk-heading-s govuk-!-margin-bottom-2">{t(m.parts)}</h2>
              <ol className="govuk-list govuk-list--number">
                {plan.sections.map((section) => (
                  <li key={section.key}>
                    <InPageLink target={sectionFieldId(plan.id, section.key)}>{sectionTitleIn(t, section.key, section.title)}</InPageLink>
                  </li>
                ))}
              </ol>
            </nav>
            {plan.sections.map((section) =>
              plan.can.write ? (
                <PlanSectionForm
                  key={section.key}
                  familyId={me.familyId}
                  accountId={me.accountId}
                  document={plan}
                  section={section}
                  headingLevel={2}
                  onErrorsChange={onErrorsChange}
                >
                  <Suggestions
                    familyId={me.familyId}
                    document={plan}
                    sectionKey={section.key}
                    sectionTitle={sectionTitleIn(t, section.key, section.title)}
                  />
                  {section.key === 'crisis_others_do' ? (
                    <p className="govuk-body">
                      {t.rich(m.childrenPlans, {
                        link: (text) => (
                          <Link to="/my-plan/children" className="govuk-link">
                            {text}
                          </Link>
                        ),
                      })}
                    </p>
                  ) : null}
                </PlanSectionForm>
              ) : (
                <SectionText key={section.key} section={section} headingLevel={2} />
              ),
            )}
            {crisis?.can.writeMessages ? (
              <>
                <CrisisMessagesSection familyId={me.familyId} crisis={crisis} onErrorsChange={onErrorsChange} />
                <CrisisServicesSummary crisis={crisis} />
              </>
            ) : null}
          </>
        ) : canStart ? (
          <StartWellnessPlan familyId={me.familyId} personId={canStart.personId} />
        ) : (
          <p className="govuk-body">{t(m.cannotStart)}</p>
        )}
      </div>
    </div>
  );
}

function StartWellnessPlan({ familyId, personId }: { familyId: string; personId: string }) {
  const t = useT();
  const queryClient = useQueryClient();
  const [error, setError] = useState<string | null>(null);
  const mutation = useMutation({
    mutationFn: () => startDocument(familyId, { kind: 'wellness', personId }),
    onSuccess: (document) => rememberDocument(queryClient, familyId, document),
    onError: (failure) => {
      if (isApiError(failure) && failure.status === 401) return;
      setError(isApiError(failure) ? failure.message : t(m.startError));
    },
  });
  return (
    <section aria-labelledby="start-heading" className="umb-section">
      <h2 className="govuk-heading-m" id="start-heading">
        {t(m.notStarted)}
      </h2>
      <p className="govuk-body">{t(m.partCount, { count: WELLNESS_SECTIONS.length })}</p>
      {error ? (
        <p className="govuk-error-message" role="alert">
          <span className="govuk-visually-hidden">{t(m.error)}</span> <ErrorText text={error} />
        </p>
      ) : null}
      <Button type="button" busy={mutation.isPending} onClick={() => mutation.mutate()}>
        {t(m.start)}
      </Button>
    </section>
  );
}
