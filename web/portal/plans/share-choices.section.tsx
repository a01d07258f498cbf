// What one person can see of the parent's plans: a tick per part of her wellness and crisis plan, per child's plan and per part of the family plan.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { CRISIS_SECTION_KEYS, RECOVERY_PARTS, type RecoveryPart, WELLNESS_SECTIONS } from '../../../shared/domain/plans.ts';
import type { Message } from '../../../shared/i18n/messages.ts';
import { isApiError } from '../../api/client.ts';
import { type Translate, useT } from '../../i18n/i18n.ts';
import { Button } from '../../ui/button.tsx';
import { Checkboxes, type CheckboxOption } from '../../ui/checkboxes.tsx';
import { ErrorText } from '../../ui/error-text.tsx';
import { firstName } from './plan-people.ts';
import { sectionTitleIn } from './plan-sections.ts';
import { planSharing as m } from './plan-sharing.messages.ts';
import { planWords } from './plan-words.messages.ts';
import { changeShare, type PlanDocuments, planDocumentsQuery, type ShareRecipient, type ShareView } from './plans.api.ts';
import { RelationText } from './relation-words.tsx';

type Target = {
  key: string;
  documentKind: 'recovery' | 'wellness' | 'contingency';
  documentId: string;
  sectionKey: string | null;
  label: string;
};

const keyOf = (kind: string, documentId: string, sectionKey: string | null) => `${kind}:${documentId}:${sectionKey ?? '*'}`;
const CRISIS = new Set<string>(CRISIS_SECTION_KEYS);

/** The family plan's parts as a parent chooses them: "Your goals" is shorter than the page's heading. */
const PART_WORDS = {
  goals: m.part_goals,
  strengths: m.part_strengths,
  worries: m.part_worries,
  actions: m.part_actions,
} as const satisfies Record<RecoveryPart, Message>;

function targetsFor(t: Translate, data: PlanDocuments) {
  const wellness = data.documents.find((d) => d.kind === 'wellness' && d.can.write);
  const wellnessTargets: Target[] = wellness
    ? WELLNESS_SECTIONS.map((s) => ({
        key: keyOf('wellness', wellness.id, s.key),
        documentKind: 'wellness' as const,
        documentId: wellness.id,
        sectionKey: s.key,
        label: sectionTitleIn(t, s.key, s.title),
      }))
    : [];
  const wholeWellness: Target | null = wellness
    ? {
        key: keyOf('wellness', wellness.id, null),
        documentKind: 'wellness',
        documentId: wellness.id,
        sectionKey: null,
        label: t(m.allOfWellness),
      }
    : null;
  const childTargets: Target[] = data.documents
    .filter((d) => d.kind === 'contingency')
    .map((d) => ({
      key: keyOf('contingency', d.id, null),
      documentKind: 'contingency' as const,
      documentId: d.id,
      sectionKey: null,
      label: t(m.childPlan, { child: firstName(d.personName) }),
    }));
  const recoveryId = data.recoveryPlanId;
  const recoveryTargets: Target[] = recoveryId
    ? RECOVERY_PARTS.map((p) => ({
        key: keyOf('recovery', recoveryId, p.key),
        documentKind: 'recovery' as const,
        documentId: recoveryId,
        sectionKey: p.key,
        label: t(PART_WORDS[p.key]),
      }))
    : [];
  const wholeRecovery: Target | null = recoveryId
    ? {
        key: keyOf('recovery', recoveryId, null),
        documentKind: 'recovery',
        documentId: recoveryId,
        sectionKey: null,
        label: t(m.allOfFamilyPlan),
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
  return new Set(
    targets
      .filter((target) => shares(target).some((s) => isFor(s, recipient) && s.sectionKey === target.sectionKey))
      .map((target) => target.key),
  );
}

type ShareChoicesProps = { familyId: string; recipient: ShareRecipient; data: PlanDocuments };

export function ShareChoices({ familyId, recipient, data }: ShareChoicesProps) {
  const t = useT();
  const queryClient = useQueryClient();
  const who = recipient.staffId ? recipient.name : firstName(recipient.name);
  const idBase = `share-${recipient.personId ?? recipient.staffId ?? 'someone'}`;
  const { wellnessTargets, wholeWellness, childTargets, recoveryTargets, wholeRecovery } = targetsFor(t, data);
  const wholes = [wholeWellness, wholeRecovery].filter((target): target is Target => target !== null);
  const all = [...wholes, ...wellnessTargets, ...childTargets, ...recoveryTargets];
  const [pending, setPending] = useState<ReadonlyMap<string, boolean>>(new Map());
  // What was last saved or went wrong, kept as facts so the sentence follows a change of language.
  const [done, setDone] = useState<{ key: string; shared: boolean } | null>(null);
  const [failed, setFailed] = useState<{ reason: string | null } | null>(null);
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
      setFailed(null);
      setDone({ key: change.target.key, shared: change.shared });
    },
    onError: (failure) => {
      if (isApiError(failure) && failure.status === 401) return;
      setDone(null);
      setFailed({ reason: isApiError(failure) ? failure.message : null });
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

  const crisis = wellnessTargets.filter((target) => target.sectionKey && CRISIS.has(target.sectionKey));
  const stayingWell = wellnessTargets.filter((target) => !(target.sectionKey && CRISIS.has(target.sectionKey)));
  const crisisNotShared = crisis.filter((target) => !shared.has(target.key));
  const options = (targets: Target[]): CheckboxOption[] => targets.map((target) => ({ value: target.key, label: target.label }));
  const canSee = all.filter((target) => shared.has(target.key)).map((target) => target.label);
  const headingId = `${idBase}-heading`;
  const donePart = done ? all.find((target) => target.key === done.key)?.label : undefined;
  const message = done && donePart !== undefined ? t(done.shared ? m.canNowSee : m.canNoLongerSee, { name: who, part: donePart }) : null;
  const error = failed ? (failed.reason ? t(m.notSavedBecause, { reason: failed.reason }) : t(m.notSaved)) : null;

  return (
    <section aria-labelledby={headingId} className="umb-share-card umb-section">
      <h3 className="govuk-heading-m govuk-!-margin-bottom-1" id={headingId}>
        {recipient.name}
      </h3>
      <p className="govuk-body umb-muted">
        <RelationText t={t} relation={recipient.relation} />
      </p>
      <div className="umb-mp-can-see">
        {canSee.length > 0 ? (
          <>
            <p className="govuk-body govuk-!-font-weight-bold govuk-!-margin-bottom-1">{t(m.canSee, { name: who })}</p>
            <ul className="govuk-list govuk-list--bullet">
              {canSee.map((label) => (
                <li key={label}>{label}</li>
              ))}
            </ul>
          </>
        ) : (
          <p className="govuk-body govuk-!-font-weight-bold">{t(m.cannotSee, { name: who })}</p>
        )}
      </div>
      <div aria-live="polite" className="umb-mp-share-status">
        {message ? <p className="govuk-body umb-done">{message}</p> : null}
      </div>
      {error ? (
        <p className="govuk-error-message" role="alert">
          <span className="govuk-visually-hidden">{t(planWords.errorPrefix)}</span> <ErrorText text={error} />
        </p>
      ) : null}
      <details
        className="govuk-details umb-mp-share-details"
        open={opened || undefined}
        onToggle={(event) => setOpened(event.currentTarget.open)}
      >
        <summary className="govuk-details__summary">
          <span className="govuk-details__summary-text">{t(m.change, { name: who })}</span>
        </summary>
        <div className="govuk-details__text">
          {wholeWellness && shared.has(wholeWellness.key) ? (
            <WholePlan name={`${idBase}-wellness-all`} legend={t(m.wellnessLegend)} who={who} target={wholeWellness} onToggle={toggle} />
          ) : wellnessTargets.length > 0 ? (
            <>
              <Checkboxes
                name={`${idBase}-crisis`}
                legend={t(m.crisisLegend)}
                hint={t(m.crisisHint, { name: who })}
                groups={[{ options: options(crisis) }]}
                values={crisis.filter((target) => shared.has(target.key)).map((target) => target.key)}
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
                      crisis.map((target) => target.key),
                    )
                  }
                >
                  {t(m.shareAllCrisis, { name: who })}
                </Button>
              ) : null}
              <Checkboxes
                name={`${idBase}-wellness`}
                legend={t(m.stayingWellLegend)}
                groups={[{ options: options(stayingWell) }]}
                values={stayingWell.filter((target) => shared.has(target.key)).map((target) => target.key)}
                onChange={(values) => toggle(stayingWell, values)}
                small
              />
            </>
          ) : null}
          {childTargets.length > 0 ? (
            <Checkboxes
              name={`${idBase}-children`}
              legend={t(m.childrenLegend)}
              groups={[{ options: options(childTargets) }]}
              values={childTargets.filter((target) => shared.has(target.key)).map((target) => target.key)}
              onChange={(values) => toggle(childTargets, values)}
              small
            />
          ) : null}
          {wholeRecovery && shared.has(wholeRecovery.key) ? (
            <WholePlan name={`${idBase}-recovery-all`} legend={t(m.familyPlanLegend)} who={who} target={wholeRecovery} onToggle={toggle} />
          ) : recoveryTargets.length > 0 ? (
            <Checkboxes
              name={`${idBase}-recovery`}
              legend={t(m.familyPlanLegend)}
              groups={[{ options: options(recoveryTargets) }]}
              values={recoveryTargets.filter((target) => shared.has(target.key)).map((target) => target.key)}
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
  const t = useT();
  return (
    <Checkboxes
      name={name}
      legend={legend}
      hint={t(m.wholePlanHint, { name: who })}
      groups={[{ options: [{ value: target.key, label: target.label }] }]}
      values={[target.key]}
      onChange={(values) => onToggle([target], values)}
      small
    />
  );
}
