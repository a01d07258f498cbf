// "What crisis services can read": the parent ticks the parts of her wellness and crisis plan that an out-of-hours
// worker or a crisis team may read in an emergency; nothing else of her plan reaches them. A page of its own, linked
// from her crisis plan page, so its ticks (named like the plan's parts) never stand beside the parts' own fields.
import { useMutation, useQueryClient, useSuspenseQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { WELLNESS_SECTION_KEYS, WELLNESS_SECTIONS, type WellnessSectionKey } from '../../../shared/domain/plans.ts';
import { filterOneOf } from '../../../shared/domain/vocabularies.ts';
import { isApiError } from '../../api/client.ts';
import { useT } from '../../i18n/i18n.ts';
import { Button } from '../../ui/button.tsx';
import { Checkboxes } from '../../ui/checkboxes.tsx';
import { conflictCurrent } from '../../ui/conflict.ts';
import { ErrorSummary } from '../../ui/error-summary.tsx';
import type { FieldErrors } from '../../ui/form-errors.ts';
import { usePageTitle } from '../../ui/page-title.ts';
import { failureErrors, summaryOf } from '../../ui/server-errors.ts';
import type { PortalMe } from '../portal.types.ts';
import { type CrisisPlan, markCrisisServices, rememberCrisis } from './crisis.api.ts';
import { crisisPlansQuery } from './crisis.queries.ts';
import { crisisServices as m } from './crisis-services.messages.ts';
import { sectionTitleIn } from './plan-sections.ts';
import { planDocumentsQuery } from './plans.queries.ts';

export function CrisisServicesPage({ me }: { me: PortalMe }) {
  const t = useT();
  const [hasErrors, setHasErrors] = useState(false);
  usePageTitle(t(m.title), hasErrors);
  const { data: documents } = useSuspenseQuery(planDocumentsQuery(me.familyId));
  const { data } = useSuspenseQuery(crisisPlansQuery(me.familyId));
  const plan = documents.documents.find((d) => d.kind === 'wellness' && d.can.write);
  const crisis = data.crises.find((c) => c.documentId === plan?.id && c.can.writeMessages);
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds-from-desktop">
        <Link to="/my-plan/crisis" className="govuk-back-link">
          {t(m.back)}
        </Link>
        {crisis ? (
          <CrisisServicesForm familyId={me.familyId} crisis={crisis} onErrors={setHasErrors} />
        ) : (
          <>
            <h1 className="govuk-heading-l">{t(m.title)}</h1>
            <p className="govuk-body">{t(m.startFirst)}</p>
          </>
        )}
      </div>
    </div>
  );
}

function CrisisServicesForm({ familyId, crisis, onErrors }: { familyId: string; crisis: CrisisPlan; onErrors: (has: boolean) => void }) {
  const t = useT();
  const queryClient = useQueryClient();
  const field = 'crisis-services-sections';
  const [keys, setKeys] = useState<string[]>(crisis.crisisServiceKeys);
  const [errors, setErrorsState] = useState<FieldErrors>({});
  const [saved, setSaved] = useState(false);
  const setErrors = (next: FieldErrors) => {
    setErrorsState(next);
    onErrors(Object.keys(next).length > 0);
  };

  const mutation = useMutation({
    mutationFn: (sectionKeys: WellnessSectionKey[]) =>
      markCrisisServices(familyId, crisis.documentId, { sectionKeys, version: crisis.documentVersion }),
    onSuccess: (plan) => {
      rememberCrisis(queryClient, familyId, plan);
      setKeys(plan.crisisServiceKeys);
      setErrors({});
      setSaved(true);
    },
    onError: (failure) => {
      if (isApiError(failure) && failure.status === 401) return;
      const current = conflictCurrent<CrisisPlan>(failure);
      if (current) {
        rememberCrisis(queryClient, familyId, current);
        setKeys(current.crisisServiceKeys);
        setErrors({ [field]: t(m.conflict) });
        return;
      }
      setErrors(failureErrors(failure, { sectionKeys: field }, field));
    },
  });

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSaved(false);
    mutation.mutate(filterOneOf(WELLNESS_SECTION_KEYS, keys));
  };

  return (
    <>
      <h1 className="govuk-heading-l" id="crisis-services-heading">
        {t(m.title)}
      </h1>
      <p className="govuk-body">{t(m.intro)}</p>
      {saved ? (
        <p className="govuk-body govuk-!-font-weight-bold umb-done" role="status">
          {t(m.saved, { count: keys.length })}
        </p>
      ) : null}
      <form noValidate onSubmit={onSubmit} aria-labelledby="crisis-services-heading">
        <ErrorSummary errors={summaryOf(errors, [field])} />
        <Checkboxes
          name={field}
          legend={t(m.legend)}
          legendClass="govuk-fieldset__legend--m"
          hint={t(m.hint)}
          groups={[{ options: WELLNESS_SECTIONS.map((s) => ({ value: s.key, label: sectionTitleIn(t, s.key, s.title) })) }]}
          values={keys}
          onChange={(values) => {
            setKeys(values);
            setSaved(false);
          }}
          error={errors[field]}
          small
        />
        <Button busy={mutation.isPending}>{t(m.save)}</Button>
      </form>
    </>
  );
}
