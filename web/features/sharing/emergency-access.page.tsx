// "Emergency access": a professional not on the care team opens one family's record read-only for 4 hours, with a reason and their code again.
import { useMutation } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { type FormEvent, useEffect, useId, useState } from 'react';
import { EMERGENCY_ACCESS_MAX_HOURS } from '../../../shared/domain/sharing.ts';
import { isApiError } from '../../api/client.ts';
import type { EmergencyAccess } from '../../api/sharing.types.ts';
import { Button } from '../../ui/button.tsx';
import { ErrorSummary } from '../../ui/error-summary.tsx';
import { TextField } from '../../ui/field.tsx';
import { focusElement } from '../../ui/focus.ts';
import type { FieldErrors } from '../../ui/form-errors.ts';
import { usePageTitle } from '../../ui/page-title.ts';
import { failureErrors, summaryOf } from '../../ui/server-errors.ts';
import { TextArea } from '../../ui/textarea.tsx';
import { formatDateTime } from '../../ui/time.ts';
import { endEmergencyAccess, startEmergencyAccess } from './sharing.api.ts';

const IDS = { family: 'emergency-family', reason: 'emergency-reason', code: 'emergency-code' } as const;
const FIELD_ORDER = [IDS.family, IDS.reason, IDS.code];
const SERVER_FIELDS = { familyIds: IDS.family, reason: IDS.reason, code: IDS.code };

export function EmergencyAccessPage() {
  const [familyId, setFamilyId] = useState('');
  const [reason, setReason] = useState('');
  const [code, setCode] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [access, setAccess] = useState<EmergencyAccess | null>(null);
  usePageTitle(access ? 'Emergency access started' : 'Emergency access', Object.keys(errors).length > 0);

  const mutation = useMutation({
    mutationFn: () => startEmergencyAccess({ familyId: familyId.trim(), reason: reason.trim(), code: code.trim() }),
    onSuccess: (started) => {
      setErrors({});
      setCode('');
      setAccess(started);
    },
    onError: (failure) => {
      // A 401 here is a wrong code, not an ended session: the server answers with the field to correct.
      if (isApiError(failure) && failure.status === 404)
        setErrors({ [IDS.family]: 'No family has that reference. Check it and try again.' });
      else setErrors(failureErrors(failure, SERVER_FIELDS, IDS.family));
    },
  });

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const problems: FieldErrors = {};
    if (!familyId.trim()) problems[IDS.family] = 'Enter the family reference';
    if (reason.trim().length < 10) problems[IDS.reason] = 'Explain the emergency (at least 10 characters)';
    if (!/^\d{6}$/.test(code.trim())) problems[IDS.code] = 'Enter the 6-digit code from your authenticator app';
    setErrors(problems);
    if (Object.keys(problems).length === 0) mutation.mutate();
  };

  if (access) return <EmergencyAccessStarted access={access} onEnded={() => setAccess(null)} />;

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds-from-desktop">
        <ErrorSummary errors={summaryOf(errors, FIELD_ORDER)} />
        <h1 className="govuk-heading-l">Emergency access</h1>
        <p className="govuk-body">
          Use this only in an emergency, when you need to read the record of a family whose care team you are not on, and there is no time
          to be added to it.
        </p>
        <div className="umb-serious" role="note" aria-labelledby="emergency-rules-heading">
          <h2 className="govuk-heading-s" id="emergency-rules-heading">
            Before you open a record
          </h2>
          <ul className="govuk-list govuk-list--bullet govuk-!-margin-bottom-0">
            <li>You can read the record for {EMERGENCY_ACCESS_MAX_HOURS} hours. You cannot change anything.</li>
            <li>Everything you open is recorded in the audit log.</li>
            <li>The information governance lead is told straight away and reviews why you needed it.</li>
            <li>The family is told who opened their record and why.</li>
          </ul>
        </div>
        <form noValidate onSubmit={onSubmit}>
          <TextField
            id={IDS.family}
            label="Family reference"
            hint="The Umbrella family reference, for example from a referral or another system"
            autoComplete="off"
            spellCheck={false}
            value={familyId}
            onValueChange={setFamilyId}
            error={errors[IDS.family]}
          />
          <TextArea
            id={IDS.reason}
            label="Why do you need to open this record now?"
            hint="The family and the information governance lead will read this."
            rows={4}
            value={reason}
            onValueChange={setReason}
            error={errors[IDS.reason]}
          />
          <TextField
            id={IDS.code}
            label="Security code"
            hint="Enter the 6-digit code from your authenticator app again"
            inputMode="numeric"
            autoComplete="one-time-code"
            widthClass="govuk-input--width-5"
            value={code}
            onValueChange={setCode}
            error={errors[IDS.code]}
          />
          <Button className="govuk-button--warning" busy={mutation.isPending}>
            Open record in an emergency
          </Button>
        </form>
      </div>
    </div>
  );
}

function EmergencyAccessStarted({ access, onEnded }: { access: EmergencyAccess; onEnded: () => void }) {
  const headingId = useId();
  const [error, setError] = useState<string | null>(null);
  const end = useMutation({
    mutationFn: () => endEmergencyAccess(access.id),
    onSuccess: onEnded,
    onError: (failure) => setError(isApiError(failure) ? failure.message : 'Emergency access was not ended. Try again.'),
  });
  useEffect(() => focusElement(document.getElementById(headingId), false), [headingId]);

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds-from-desktop">
        <h1 className="govuk-heading-l" id={headingId}>
          Emergency access started
        </h1>
        <p className="govuk-body">
          You can read this family’s record until {formatDateTime(access.endsAt)}. You cannot change anything, and everything you open is
          recorded.
        </p>
        <p className="govuk-body">
          <Link to="/families/$familyId" params={{ familyId: access.familyId }} className="govuk-link govuk-!-font-weight-bold">
            Open the family’s record
          </Link>
        </p>
        <p className="govuk-body">When you have what you need, end emergency access.</p>
        {error ? (
          <p className="govuk-error-message" role="alert">
            <span className="govuk-visually-hidden">Error:</span> {error}
          </p>
        ) : null}
        <Button type="button" secondary busy={end.isPending} onClick={() => end.mutate()}>
          End emergency access now
        </Button>
      </div>
    </div>
  );
}
