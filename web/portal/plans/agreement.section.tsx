// "Do you agree with this plan?": the parent's answer for the version being written, with reasons unless they agree, and who agreed to which version.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, type ReactNode, useState } from 'react';
import { AGREEMENT_POSITION_KEYS } from '../../../shared/domain/plans.ts';
import { isApiError } from '../../api/client.ts';
import { useT } from '../../i18n/i18n.ts';
import { Button } from '../../ui/button.tsx';
import { ErrorSummary } from '../../ui/error-summary.tsx';
import type { FieldErrors } from '../../ui/form-errors.ts';
import { formatDate } from '../../ui/format.ts';
import { Radios } from '../../ui/radios.tsx';
import { failureErrors, summaryOf } from '../../ui/server-errors.ts';
import { TextArea } from '../../ui/textarea.tsx';
import { Written } from '../../ui/written.tsx';
import { planAgreement as m } from './agreement.messages.ts';
import { useReportErrors } from './plan-forms.ts';
import { AGREEMENT_POSITION_WORDS, bold } from './plan-words.tsx';
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
  const t = useT();
  const mine = plan.agreements.find((a) => a.accountId === accountId && a.planVersion === plan.workingVersion) ?? null;
  return (
    <section aria-labelledby="agreement-heading" className="umb-section">
      <h2 className="govuk-heading-m" id="agreement-heading">
        {t(m.heading)}
      </h2>
      <p className="govuk-body">{t(m.intro, { version: plan.workingVersion })}</p>
      {canAgree ? <AgreementForm familyId={familyId} plan={plan} mine={mine} onErrorsChange={onErrorsChange} /> : null}
      <WhoAgreed plan={plan} />
    </section>
  );
}

type FormProps = { familyId: string; plan: RecoveryPlan; mine: Agreement | null; onErrorsChange: (formId: string, has: boolean) => void };

function AgreementForm({ familyId, plan, mine, onErrorsChange }: FormProps) {
  const t = useT();
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
    if (!position) problems[IDS.position] = t(m.choosePosition);
    else if (position !== 'agree' && !reasons.trim()) problems[IDS.reasons] = t(m.giveReasons);
    setErrors(problems);
    if (position && Object.keys(problems).length === 0) mutation.mutate({ position, reasons: reasons.trim() || undefined });
  };

  return (
    <form noValidate onSubmit={onSubmit} className="umb-mp-form" aria-labelledby="agreement-heading">
      <ErrorSummary errors={summaryOf(errors, [IDS.position, IDS.reasons])} />
      {saved ? (
        <p className="govuk-body govuk-!-font-weight-bold umb-done" role="status">
          {t(m.saved)}
        </p>
      ) : mine ? (
        <p className="govuk-body">
          {t(m.youSaid, { answer: t(AGREEMENT_POSITION_WORDS[mine.position]), date: formatDate(mine.recordedAt) })}
        </p>
      ) : null}
      <Radios
        name={IDS.position}
        legend={t(m.legend, { version: plan.workingVersion })}
        options={AGREEMENT_POSITION_KEYS.map((key) => ({ value: key, label: t(AGREEMENT_POSITION_WORDS[key]) }))}
        value={position}
        onChange={(value) => {
          setPosition(value);
          setSaved(false);
        }}
        error={errors[IDS.position]}
      />
      <TextArea
        id={IDS.reasons}
        label={t(m.reasonsLabel)}
        labelClass="govuk-label--s"
        hint={t(m.reasonsHint)}
        rows={4}
        value={reasons}
        onValueChange={(value) => {
          setReasons(value);
          setSaved(false);
        }}
        error={errors[IDS.reasons]}
      />
      <Button busy={mutation.isPending}>{t(m.save)}</Button>
    </form>
  );
}

/** Who agreed to which version, newest version first. */
export function WhoAgreed({ plan }: { plan: RecoveryPlan }) {
  const t = useT();
  const versions = [...new Set(plan.agreements.map((a) => a.planVersion))].sort((a, b) => b - a);
  return (
    <div className="umb-mp-who-agreed">
      <h3 className="govuk-heading-s">{t(m.whoAgreed)}</h3>
      {versions.length === 0 ? <p className="govuk-body">{t(m.nobodyYet)}</p> : null}
      {versions.map((version) => {
        const frozen = plan.versions.find((v) => v.number === version);
        return (
          <div key={version}>
            <p className="govuk-body govuk-!-font-weight-bold govuk-!-margin-bottom-2">
              {version === plan.workingVersion
                ? t(m.versionNow, { version })
                : frozen
                  ? t(m.versionReviewed, { version, date: formatDate(frozen.frozenAt) })
                  : t(m.version, { version })}
            </p>
            <ul className="govuk-list umb-mp-list">
              {plan.agreements
                .filter((a) => a.planVersion === version)
                .map((agreement) => (
                  <li key={`${agreement.accountId}-${version}`} className="umb-mp-item">
                    {t.rich(m.answer, {
                      b: bold,
                      muted,
                      name: agreement.name,
                      answer: t(AGREEMENT_POSITION_WORDS[agreement.position]),
                      date: formatDate(agreement.recordedAt),
                    })}
                    {agreement.reasons ? (
                      <Written lang={agreement.writtenIn} className="govuk-body umb-pre-line govuk-!-margin-bottom-0">
                        {agreement.reasons}
                      </Written>
                    ) : null}
                  </li>
                ))}
            </ul>
          </div>
        );
      })}
    </div>
  );
}

const muted = (chunks: ReactNode[]): ReactNode => <span className="umb-muted">{chunks}</span>;
