// "Do you agree with this plan?": the parent's answer for the version being written, with reasons unless they agree, and who agreed to which version.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { AGREEMENT_POSITION_KEYS, AGREEMENT_POSITIONS } from '../../../shared/domain/plans.ts';
import { isApiError } from '../../api/client.ts';
import { Button } from '../../ui/button.tsx';
import { ErrorSummary } from '../../ui/error-summary.tsx';
import type { FieldErrors } from '../../ui/form-errors.ts';
import { formatDate } from '../../ui/format.ts';
import { Radios } from '../../ui/radios.tsx';
import { failureErrors, summaryOf } from '../../ui/server-errors.ts';
import { TextArea } from '../../ui/textarea.tsx';
import { useReportErrors } from './plan-forms.ts';
import { type Agreement, type AgreementPosition, type RecoveryPlan, recordAgreement, refreshPlans } from './plans.api.ts';

const IDS = { position: 'agreement-position', reasons: 'agreement-reasons' } as const;

type AgreementProps = {
  familyId: string;
  accountId: string;
  plan: RecoveryPlan;
  canAgree: boolean;
  onErrorsChange: (formId: string, hasErrors: boolean) => void;
};

export function AgreementSection({ familyId, accountId, plan, canAgree, onErrorsChange }: AgreementProps) {
  const mine = plan.agreements.find((a) => a.accountId === accountId && a.planVersion === plan.workingVersion) ?? null;
  return (
    <section aria-labelledby="agreement-heading" className="umb-section">
      <h2 className="govuk-heading-m" id="agreement-heading">
        Do you agree with this plan?
      </h2>
      <p className="govuk-body">
        This is version {plan.workingVersion} of the plan. Everyone working on it says whether they agree. You can agree and still say what
        worries you.
      </p>
      {canAgree ? <AgreementForm familyId={familyId} plan={plan} mine={mine} onErrorsChange={onErrorsChange} /> : null}
      <WhoAgreed plan={plan} />
    </section>
  );
}

type FormProps = { familyId: string; plan: RecoveryPlan; mine: Agreement | null; onErrorsChange: (formId: string, has: boolean) => void };

function AgreementForm({ familyId, plan, mine, onErrorsChange }: FormProps) {
  const queryClient = useQueryClient();
  const [position, setPosition] = useState<AgreementPosition | ''>(mine?.position ?? '');
  const [reasons, setReasons] = useState(mine?.reasons ?? '');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saved, setSaved] = useState(false);
  useReportErrors('agreement', Object.keys(errors).length > 0, onErrorsChange);

  const mutation = useMutation({
    mutationFn: (body: { position: AgreementPosition; reasons?: string }) => recordAgreement(familyId, body),
    onSuccess: () => {
      setErrors({});
      setSaved(true);
      void refreshPlans(queryClient, familyId);
    },
    onError: (failure) => {
      if (isApiError(failure) && failure.status === 401) return;
      setErrors(failureErrors(failure, { position: IDS.position, reasons: IDS.reasons }, IDS.position));
    },
  });

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSaved(false);
    const problems: FieldErrors = {};
    if (!position) problems[IDS.position] = 'Choose whether you agree with the plan';
    else if (position !== 'agree' && !reasons.trim()) problems[IDS.reasons] = 'Say what worries you or why you do not agree';
    setErrors(problems);
    if (position && Object.keys(problems).length === 0) mutation.mutate({ position, reasons: reasons.trim() || undefined });
  };

  return (
    <form noValidate onSubmit={onSubmit} className="umb-mp-form" aria-labelledby="agreement-heading">
      <ErrorSummary errors={summaryOf(errors, [IDS.position, IDS.reasons])} />
      {saved ? (
        <p className="govuk-body govuk-!-font-weight-bold umb-done" role="status">
          Your answer has been saved.
        </p>
      ) : mine ? (
        <p className="govuk-body">
          You said “{AGREEMENT_POSITIONS[mine.position]}” on {formatDate(mine.recordedAt)}. You can change your answer.
        </p>
      ) : null}
      <Radios
        name={IDS.position}
        legend={`Your answer for version ${plan.workingVersion}`}
        options={AGREEMENT_POSITION_KEYS.map((key) => ({ value: key, label: AGREEMENT_POSITIONS[key] }))}
        value={position}
        onChange={(value) => {
          setPosition(value);
          setSaved(false);
        }}
        error={errors[IDS.position]}
      />
      <TextArea
        id={IDS.reasons}
        label="Your reasons"
        labelClass="govuk-label--s"
        hint="Say what worries you, or why you do not agree. If you agree, you do not have to write anything."
        rows={4}
        value={reasons}
        onValueChange={(value) => {
          setReasons(value);
          setSaved(false);
        }}
        error={errors[IDS.reasons]}
      />
      <Button busy={mutation.isPending}>Save your answer</Button>
    </form>
  );
}

/** Who agreed to which version, newest version first. */
export function WhoAgreed({ plan }: { plan: RecoveryPlan }) {
  const versions = [...new Set(plan.agreements.map((a) => a.planVersion))].sort((a, b) => b - a);
  return (
    <div className="umb-mp-who-agreed">
      <h3 className="govuk-heading-s">Who has said whether they agree</h3>
      {versions.length === 0 ? <p className="govuk-body">Nobody has said yet.</p> : null}
      {versions.map((version) => {
        const frozen = plan.versions.find((v) => v.number === version);
        return (
          <div key={version}>
            <p className="govuk-body govuk-!-font-weight-bold govuk-!-margin-bottom-2">
              Version {version}
              {version === plan.workingVersion
                ? ' (the one being written now)'
                : frozen
                  ? ` (reviewed on ${formatDate(frozen.frozenAt)})`
                  : ''}
            </p>
            <ul className="govuk-list umb-mp-list">
              {plan.agreements
                .filter((a) => a.planVersion === version)
                .map((agreement) => (
                  <li key={`${agreement.accountId}-${version}`} className="umb-mp-item">
                    <strong>{agreement.name}</strong>: {AGREEMENT_POSITIONS[agreement.position]}
                    <span className="umb-muted"> ({formatDate(agreement.recordedAt)})</span>
                    {agreement.reasons ? <p className="govuk-body umb-pre-line govuk-!-margin-bottom-0">{agreement.reasons}</p> : null}
                  </li>
                ))}
            </ul>
          </div>
        );
      })}
    </div>
  );
}
