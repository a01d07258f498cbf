// Who agreed to which version of the plan (agree, agree with some worries, do not agree, with reasons, marked with the
// language they were written in) and your own answer, whose reasons the family reads: checked as you type and at save.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import type { KeepAsWritten } from '../../../shared/contracts/respectful-words.ts';
import { AGREEMENT_POSITION_KEYS, AGREEMENT_POSITIONS, type AgreementPositionKey } from '../../../shared/domain/plans.ts';
import { isApiError } from '../../api/client.ts';
import { Button } from '../../ui/button.tsx';
import { ErrorSummary } from '../../ui/error-summary.tsx';
import type { FieldErrors } from '../../ui/form-errors.ts';
import { Radios } from '../../ui/radios.tsx';
import { versionLabel } from '../../ui/ratings-chart.tsx';
import { failureErrors, summaryOf } from '../../ui/server-errors.ts';
import { TextArea } from '../../ui/textarea.tsx';
import { formatDateTime } from '../../ui/time.ts';
import { Written } from '../../ui/written.tsx';
import { KeepAsWrittenField, useKeepAsWritten } from '../words/keep-as-written.tsx';
import { WordsCheckHelp } from '../words/words-check.tsx';
import { DoneMessage } from './item-editing.tsx';
import { useReportErrors } from './plan-page-errors.tsx';
import { agreeToPlan } from './plans.api.ts';
import { recoveryPlanKey } from './plans.queries.ts';
import type { AgreementRow, RecoveryPlan } from './plans.types.ts';

type AgreementProps = { familyId: string; plan: RecoveryPlan; myAccountId: string | null; canAgree: boolean };

export function AgreementSection({ familyId, plan, myAccountId, canAgree }: AgreementProps) {
  const byVersion = new Map<number, AgreementRow[]>();
  for (const agreement of plan.agreements)
    byVersion.set(agreement.planVersion, [...(byVersion.get(agreement.planVersion) ?? []), agreement]);
  const versions = [...byVersion.keys()].sort((a, b) => b - a);
  const mine = plan.agreements.find((a) => a.accountId === myAccountId && a.planVersion === plan.workingVersion) ?? null;

  return (
    <section className="umb-section" aria-labelledby="agreement-heading">
      <h2 className="govuk-heading-l" id="agreement-heading">
        Who agrees with the plan
      </h2>
      {versions.length === 0 ? <p className="govuk-body">Nobody has said whether they agree yet.</p> : null}
      {versions.map((version) => (
        <div key={version} className="umb-plan-agreements">
          <h3 className="govuk-heading-s">{versionLabel(version, plan.workingVersion)}</h3>
          <ul className="govuk-list umb-plan-list">
            {(byVersion.get(version) ?? []).map((agreement) => (
              <li key={agreement.accountId} className="umb-plan-list__item">
                <AgreementLine agreement={agreement} />
              </li>
            ))}
          </ul>
        </div>
      ))}
      {canAgree ? <AgreeForm familyId={familyId} workingVersion={plan.workingVersion} mine={mine} /> : null}
    </section>
  );
}

export function AgreementLine({ agreement }: { agreement: AgreementRow }) {
  return (
    <>
      <p className="govuk-body govuk-!-margin-bottom-1">
        <strong>{agreement.name}</strong> <span className="umb-muted">({agreement.role})</span>: {AGREEMENT_POSITIONS[agreement.position]}
      </p>
      {agreement.reasons ? (
        <p className="govuk-body umb-pre-line govuk-!-margin-bottom-1">
          Reasons:{' '}
          <Written lang={agreement.writtenIn} as="span" note>
            {agreement.reasons}
          </Written>
        </p>
      ) : null}
      <p className="govuk-body-s umb-muted">Said on {formatDateTime(agreement.recordedAt)}</p>
    </>
  );
}

function AgreeForm({ familyId, workingVersion, mine }: { familyId: string; workingVersion: number; mine: AgreementRow | null }) {
  const queryClient = useQueryClient();
  const ids = { position: 'agree-position', reasons: 'agree-reasons' };
  const [position, setPosition] = useState<AgreementPositionKey | ''>(mine?.position ?? '');
  const [reasons, setReasons] = useState(mine?.reasons ?? '');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saved, setSaved] = useState<string | null>(null);
  const words = useKeepAsWritten({ id: ids.reasons, texts: [reasons], ids: { reasons: ids.reasons }, fallbackId: ids.reasons });
  useReportErrors(Object.keys(errors).length > 0 || words.hasErrors);

  const mutation = useMutation({
    mutationFn: ({ chosen, keepAsWritten }: { chosen: AgreementPositionKey; keepAsWritten: KeepAsWritten }) =>
      agreeToPlan(familyId, { position: chosen, reasons: reasons.trim() || undefined, keepAsWritten }),
    onSuccess: async () => {
      setErrors({});
      words.reset();
      setSaved(`Your answer for version ${workingVersion} was saved.`);
      await queryClient.invalidateQueries({ queryKey: recoveryPlanKey(familyId) });
    },
    onError: (failure) => {
      if (isApiError(failure) && failure.status === 401) return;
      if (words.refused(failure)) return setErrors({});
      setErrors(failureErrors(failure, ids, ids.position));
    },
  });

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSaved(null);
    const problems: FieldErrors = {};
    if (!position) problems[ids.position] = 'Say whether you agree with this version of the plan';
    else if (position !== 'agree' && !reasons.trim()) problems[ids.reasons] = 'Say what worries you or why you do not agree';
    setErrors(problems);
    const reasonGiven = words.prepare();
    if (Object.keys(problems).length === 0 && position && reasonGiven) mutation.mutate({ chosen: position, keepAsWritten: words.body() });
  };

  return (
    <form noValidate onSubmit={onSubmit} className="umb-action-form" aria-labelledby="agree-form-heading">
      <h3 className="govuk-heading-m" id="agree-form-heading">
        Your answer for version {workingVersion}
      </h3>
      <DoneMessage message={saved} />
      <ErrorSummary errors={[...words.summary, ...summaryOf(errors, [ids.position, ids.reasons])]} />
      <Radios
        name={ids.position}
        legend={`Do you agree with version ${workingVersion} of the plan?`}
        options={AGREEMENT_POSITION_KEYS.map((key) => ({
          value: key,
          label: AGREEMENT_POSITIONS[key],
        }))}
        value={position}
        onChange={setPosition}
        error={errors[ids.position]}
      />
      <TextArea
        id={ids.reasons}
        label="Your reasons"
        hint="Needed if you do not fully agree. Everyone working on the plan, and the family, can read this."
        rows={3}
        value={reasons}
        onValueChange={setReasons}
        error={errors[ids.reasons] ?? words.inline(ids.reasons)}
        extraDescribedBy={`${ids.reasons}-words`}
      />
      <WordsCheckHelp id={`${ids.reasons}-words`} texts={[reasons]} />
      <KeepAsWrittenField control={words} />
      <Button busy={mutation.isPending}>Save your answer</Button>
    </form>
  );
}
