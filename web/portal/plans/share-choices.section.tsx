// What one person can see of the parent's plans: a tick per part of her wellness and crisis plan, per child's plan and per part of the family plan.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { CRISIS_SECTION_KEYS, RECOVERY_PARTS, WELLNESS_SECTIONS } from '../../../shared/domain/plans.ts';
import { isApiError } from '../../api/client.ts';
import { Button } from '../../ui/button.tsx';
import { Checkboxes, type CheckboxOption } from '../../ui/checkboxes.tsx';
import { firstName } from './plan-people.ts';
import { changeShare, type PlanDocuments, planDocumentsQuery, type ShareRecipient, type ShareView } from './plans.api.ts';

type Target = {
  key: string;
  documentKind: 'recovery' | 'wellness' | 'contingency';
  documentId: string;
  sectionKey: string | null;
  label: string;
};

const keyOf = (kind: string, documentId: string, sectionKey: string | null) => `${kind}:${documentId}:${sectionKey ?? '*'}`;
const CRISIS = new Set<string>(CRISIS_SECTION_KEYS);

function targetsFor(data: PlanDocuments) {
  const wellness = data.documents.find((d) => d.kind === 'wellness' && d.can.write);
  const wellnessTargets: Target[] = wellness
    ? WELLNESS_SECTIONS.map((s) => ({
        key: keyOf('wellness', wellness.id, s.key),
        documentKind: 'wellness' as const,
        documentId: wellness.id,
        sectionKey: s.key,
        label: s.title,
      }))
    : [];
  const wholeWellness: Target | null = wellness
    ? {
        key: keyOf('wellness', wellness.id, null),
        documentKind: 'wellness',
        documentId: wellness.id,
        sectionKey: null,
        label: 'All of your wellness and crisis plan',
      }
    : null;
  const childTargets: Target[] = data.documents
    .filter((d) => d.kind === 'contingency')
    .map((d) => ({
      key: keyOf('contingency', d.id, null),
      documentKind: 'contingency' as const,
      documentId: d.id,
      sectionKey: null,
      label: `${firstName(d.personName)}’s plan if you are unwell`,
    }));
  const recoveryId = data.recoveryPlanId;
  const recoveryTargets: Target[] = recoveryId
    ? RECOVERY_PARTS.map((p) => ({
        key: keyOf('recovery', recoveryId, p.key),
        documentKind: 'recovery' as const,
        documentId: recoveryId,
        sectionKey: p.key,
        label: p.key === 'goals' ? 'Your goals' : p.plainTitle,
      }))
    : [];
  const wholeRecovery: Target | null = recoveryId
    ? {
        key: keyOf('recovery', recoveryId, null),
        documentKind: 'recovery',
        documentId: recoveryId,
        sectionKey: null,
        label: 'All of your family plan',
      }
    : null;
  return { wellnessTargets, wholeWellness, childTargets, recoveryTargets, wholeRecovery };
}

const isFor = (share: ShareView, recipient: ShareRecipient) =>
  recipient.personId ? share.recipientPersonId === recipient.personId : share.recipientStaffId === recipient.staffId;

/** The keys of everything shared with this person now, each share exactly as the parent chose it (a part, or a whole plan). */
function sharedKeys(data: PlanDocuments, recipient: ShareRecipient, targets: Target[]): Set<string> {
  const shares = (target: Target): ShareView[] =>
    target.documentKind === 'recovery' ? data.recoveryShares : (data.documents.find((d) => d.id === target.documentId)?.shares ?? []);
  return new Set(targets.filter((t) => shares(t).some((s) => isFor(s, recipient) && s.sectionKey === t.sectionKey)).map((t) => t.key));
}

type ShareChoicesProps = { familyId: string; recipient: ShareRecipient; data: PlanDocuments };

export function ShareChoices({ familyId, recipient, data }: ShareChoicesProps) {
  const queryClient = useQueryClient();
  const who = recipient.staffId ? recipient.name : firstName(recipient.name);
  const idBase = `share-${recipient.personId ?? recipient.staffId ?? 'someone'}`;
  const { wellnessTargets, wholeWellness, childTargets, recoveryTargets, wholeRecovery } = targetsFor(data);
  const wholes = [wholeWellness, wholeRecovery].filter((t): t is Target => t !== null);
  const all = [...wholes, ...wellnessTargets, ...childTargets, ...recoveryTargets];
  const [pending, setPending] = useState<ReadonlyMap<string, boolean>>(new Map());
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [opened, setOpened] = useState(false);

  const fromServer = sharedKeys(data, recipient, all);
  const shared = new Set([...fromServer].filter((key) => pending.get(key) !== false));
  for (const [key, value] of pending) if (value) shared.add(key);

  const settle = (key: string) =>
    setPending((previous) => {
      const next = new Map(previous);
      next.delete(key);
      return next;
    });

  const mutation = useMutation({
    scope: { id: `plan-shares-${familyId}` },
    mutationFn: (change: { target: Target; shared: boolean }) =>
      changeShare(familyId, {
        documentKind: change.target.documentKind,
        documentId: change.target.documentId,
        sectionKey: change.target.sectionKey,
        recipientPersonId: recipient.personId,
        recipientStaffId: recipient.staffId,
        shared: change.shared,
      }),
    onSuccess: (result, change) => {
      queryClient.setQueryData(planDocumentsQuery(familyId).queryKey, result);
      setError(null);
      setMessage(change.shared ? `${who} can now see “${change.target.label}”.` : `${who} can no longer see “${change.target.label}”.`);
    },
    onError: (failure) => {
      if (isApiError(failure) && failure.status === 401) return;
      setMessage(null);
      setError(isApiError(failure) ? `That was not saved. ${failure.message}` : 'That was not saved. Try again in a few minutes.');
    },
    onSettled: (_result, _error, change) => settle(change.target.key),
  });

  const toggle = (targets: Target[], values: string[]) => {
    const now = new Set(values);
    for (const target of targets) {
      const want = now.has(target.key);
      if (want === shared.has(target.key)) continue;
      setPending((previous) => new Map(previous).set(target.key, want));
      mutation.mutate({ target, shared: want });
    }
  };

  const crisis = wellnessTargets.filter((t) => t.sectionKey && CRISIS.has(t.sectionKey));
  const stayingWell = wellnessTargets.filter((t) => !(t.sectionKey && CRISIS.has(t.sectionKey)));
  const crisisNotShared = crisis.filter((t) => !shared.has(t.key));
  const options = (targets: Target[]): CheckboxOption[] => targets.map((t) => ({ value: t.key, label: t.label }));
  const canSee = all.filter((t) => shared.has(t.key)).map((t) => t.label);
  const headingId = `${idBase}-heading`;

  return (
    <section aria-labelledby={headingId} className="umb-share-card umb-section">
      <h3 className="govuk-heading-m govuk-!-margin-bottom-1" id={headingId}>
        {recipient.name}
      </h3>
      <p className="govuk-body umb-muted">{recipient.description}</p>
      <div className="umb-mp-can-see">
        {canSee.length > 0 ? (
          <>
            <p className="govuk-body govuk-!-font-weight-bold govuk-!-margin-bottom-1">{who} can see:</p>
            <ul className="govuk-list govuk-list--bullet">
              {canSee.map((label) => (
                <li key={label}>{label}</li>
              ))}
            </ul>
          </>
        ) : (
          <p className="govuk-body govuk-!-font-weight-bold">{who} cannot see any of your plans.</p>
        )}
      </div>
      <div aria-live="polite" className="umb-mp-share-status">
        {message ? <p className="govuk-body umb-done">{message}</p> : null}
      </div>
      {error ? (
        <p className="govuk-error-message" role="alert">
          <span className="govuk-visually-hidden">Error:</span> {error}
        </p>
      ) : null}
      <details
        className="govuk-details umb-mp-share-details"
        open={opened || undefined}
        onToggle={(event) => setOpened(event.currentTarget.open)}
      >
        <summary className="govuk-details__summary">
          <span className="govuk-details__summary-text">Change what {who} can see</span>
        </summary>
        <div className="govuk-details__text">
          {wholeWellness && shared.has(wholeWellness.key) ? (
            <WholePlan
              name={`${idBase}-wellness-all`}
              legend="Your wellness and crisis plan"
              who={who}
              target={wholeWellness}
              onToggle={toggle}
            />
          ) : wellnessTargets.length > 0 ? (
            <>
              <Checkboxes
                name={`${idBase}-crisis`}
                legend="Your crisis plan"
                hint={`What ${who} would need to know to step in if you become unwell.`}
                groups={[{ options: options(crisis) }]}
                values={crisis.filter((t) => shared.has(t.key)).map((t) => t.key)}
                onChange={(values) => toggle(crisis, values)}
                small
              />
              {crisisNotShared.length > 0 ? (
                <Button
                  type="button"
                  secondary
                  onClick={() =>
                    toggle(
                      crisis,
                      crisis.map((t) => t.key),
                    )
                  }
                >
                  Share all of your crisis plan with {who}
                </Button>
              ) : null}
              <Checkboxes
                name={`${idBase}-wellness`}
                legend="Staying well"
                groups={[{ options: options(stayingWell) }]}
                values={stayingWell.filter((t) => shared.has(t.key)).map((t) => t.key)}
                onChange={(values) => toggle(stayingWell, values)}
                small
              />
            </>
          ) : null}
          {childTargets.length > 0 ? (
            <Checkboxes
              name={`${idBase}-children`}
              legend="Your children’s plans"
              groups={[{ options: options(childTargets) }]}
              values={childTargets.filter((t) => shared.has(t.key)).map((t) => t.key)}
              onChange={(values) => toggle(childTargets, values)}
              small
            />
          ) : null}
          {wholeRecovery && shared.has(wholeRecovery.key) ? (
            <WholePlan name={`${idBase}-recovery-all`} legend="Your family plan" who={who} target={wholeRecovery} onToggle={toggle} />
          ) : recoveryTargets.length > 0 ? (
            <Checkboxes
              name={`${idBase}-recovery`}
              legend="Your family plan"
              groups={[{ options: options(recoveryTargets) }]}
              values={recoveryTargets.filter((t) => shared.has(t.key)).map((t) => t.key)}
              onChange={(values) => toggle(recoveryTargets, values)}
              small
            />
          ) : null}
        </div>
      </details>
    </section>
  );
}

type WholePlanProps = {
  name: string;
  legend: string;
  who: string;
  target: Target;
  onToggle: (targets: Target[], values: string[]) => void;
};

/** A whole plan shared at once: one tick, and untick it to choose part by part. */
function WholePlan({ name, legend, who, target, onToggle }: WholePlanProps) {
  return (
    <Checkboxes
      name={name}
      legend={legend}
      hint={`${who} can see every part, including anything added later. Untick this to choose part by part.`}
      groups={[{ options: [{ value: target.key, label: target.label }] }]}
      values={[target.key]}
      onChange={(values) => onToggle([target], values)}
      small
    />
  );
}
