// Plan settings: the next review date and which of the family's network are invited to rate. Sends the plan's version;
// if someone else changed the settings meanwhile (409), shows theirs and keeps these choices to save on top.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { isApiError } from '../../api/client.ts';
import { Button } from '../../ui/button.tsx';
import { Checkboxes } from '../../ui/checkboxes.tsx';
import { conflictCurrent } from '../../ui/conflict.ts';
import { DateInput, datePartsFromIso, isoFromDateParts } from '../../ui/date-input.tsx';
import { ErrorSummary } from '../../ui/error-summary.tsx';
import type { FieldErrors } from '../../ui/form-errors.ts';
import { formatDate } from '../../ui/format.ts';
import { failureErrors, summaryOf } from '../../ui/server-errors.ts';
import { DoneMessage } from './item-editing.tsx';
import { ConflictBanner } from './item-form.shell.tsx';
import { useReportErrors } from './plan-page-errors.tsx';
import { changePlanSettings } from './plans.api.ts';
import { recoveryPlanKey } from './plans.queries.ts';
import type { Participant, RecoveryPlan, RecoveryPlanView } from './plans.types.ts';

type Settings = { version: number; reviewOn: string | null; ratingInviteePersonIds: string[] };

/** A 409 may carry the whole view or only the plan. */
function settingsFrom(current: unknown): Settings | null {
  if (!current || typeof current !== 'object') return null;
  const plan = ('plan' in current ? (current as RecoveryPlanView).plan : current) as Partial<RecoveryPlan> | null;
  if (!plan || typeof plan.version !== 'number') return null;
  return { version: plan.version, reviewOn: plan.reviewOn ?? null, ratingInviteePersonIds: plan.ratingInviteePersonIds ?? [] };
}

export function PlanSettingsForm({ familyId, plan, people }: { familyId: string; plan: RecoveryPlan; people: Participant[] }) {
  const queryClient = useQueryClient();
  const ids = { reviewOn: 'settings-review-day', ratingInviteePersonIds: 'settings-invitees' };
  const network = people.filter((person) => person.kind === 'network_member' || person.kind === 'other_adult');
  const [baseVersion, setBaseVersion] = useState(plan.version);
  const [reviewOn, setReviewOn] = useState(datePartsFromIso(plan.reviewOn));
  const [invitees, setInvitees] = useState<string[]>(plan.ratingInviteePersonIds);
  const [conflict, setConflict] = useState<Settings | null>(null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saved, setSaved] = useState<string | null>(null);
  useReportErrors(Object.keys(errors).length > 0);

  const mutation = useMutation({
    mutationFn: (date: string) => changePlanSettings(familyId, { version: baseVersion, reviewOn: date, ratingInviteePersonIds: invitees }),
    onSuccess: async (view) => {
      queryClient.setQueryData(recoveryPlanKey(familyId), view);
      if (view.plan) setBaseVersion(view.plan.version);
      setConflict(null);
      setErrors({});
      setSaved('The plan settings were saved.');
      await queryClient.invalidateQueries({ queryKey: recoveryPlanKey(familyId) });
    },
    onError: (failure) => {
      const current = settingsFrom(conflictCurrent<unknown>(failure));
      if (current) {
        setConflict(current);
        setBaseVersion(current.version);
        setErrors({});
        void queryClient.invalidateQueries({ queryKey: recoveryPlanKey(familyId) });
        return;
      }
      if (isApiError(failure) && failure.status === 401) return;
      setErrors(failureErrors(failure, ids, ids.reviewOn));
    },
  });

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSaved(null);
    const date = isoFromDateParts(reviewOn);
    const problems: FieldErrors = {};
    if (!date) problems[ids.reviewOn] = 'Enter the review date, for example 27 3 2027';
    setErrors(problems);
    if (date) mutation.mutate(date);
  };

  const nameOf = (id: string) => people.find((person) => person.id === id)?.name ?? 'someone no longer in the family';
  return (
    <section className="umb-section" aria-labelledby="settings-heading">
      <h2 className="govuk-heading-l" id="settings-heading">
        Plan settings
      </h2>
      <DoneMessage message={saved} />
      <form noValidate onSubmit={onSubmit} className="umb-action-form" aria-labelledby="settings-heading">
        <ErrorSummary errors={summaryOf(errors, [ids.reviewOn, ids.ratingInviteePersonIds])} />
        {conflict ? (
          <ConflictBanner who={null} when={null} headingLevel={3} saveLabel="Save settings">
            <p className="govuk-body">Review date: {conflict.reviewOn ? formatDate(conflict.reviewOn) : 'none'}</p>
            <p className="govuk-body govuk-!-margin-bottom-0">
              Invited to rate: {conflict.ratingInviteePersonIds.length ? conflict.ratingInviteePersonIds.map(nameOf).join(', ') : 'nobody'}
            </p>
          </ConflictBanner>
        ) : null}
        <DateInput
          id="settings-review"
          legend="When is the plan next reviewed?"
          hint="The key workers and the parent are reminded before this date. For example, 27 3 2027"
          value={reviewOn}
          onChange={setReviewOn}
          error={errors[ids.reviewOn]}
        />
        {network.length > 0 ? (
          <Checkboxes
            name={ids.ratingInviteePersonIds}
            legend="Who from the family’s network is invited to rate the worries?"
            hint="The parent, young people and the care team can always rate. An invited person rates only worries the parent has shared with them."
            groups={[{ options: network.map((person) => ({ value: person.id, label: person.name })) }]}
            values={invitees}
            onChange={setInvitees}
            error={errors[ids.ratingInviteePersonIds]}
            small
          />
        ) : (
          <p className="govuk-body">There is nobody in the family’s network to invite to rate.</p>
        )}
        <Button busy={mutation.isPending}>Save settings</Button>
      </form>
    </section>
  );
}
