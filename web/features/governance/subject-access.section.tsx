// "Subject access request": a copy of everything held about one person, made on their behalf, then opened or downloaded.
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useExportJob } from '../../api/export-job.ts';
import { Button } from '../../ui/button.tsx';
import { ErrorSummary } from '../../ui/error-summary.tsx';
import { ExportLinks } from '../../ui/export-links.tsx';
import { TextField } from '../../ui/field.tsx';
import { type FieldErrors, toFormErrors } from '../../ui/form-errors.ts';
import { fieldsOnto } from '../../ui/server-errors.ts';
import { requestSubjectAccessExport, UUID } from './governance.api.ts';

const IDS = { familyId: 'sar-family', personId: 'sar-person' } as const;
const FIELD_ORDER = [IDS.familyId, IDS.personId];

export function SubjectAccessSection({ onErrorsChange }: { onErrorsChange: (hasErrors: boolean) => void }) {
  const [familyId, setFamilyId] = useState('');
  const [personId, setPersonId] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const { job, run, checkAgain } = useExportJob(() => requestSubjectAccessExport(familyId.trim(), personId.trim()));
  const busy = job.state === 'starting' || job.state === 'pending';

  const failed: FieldErrors =
    job.state === 'failed'
      ? job.fields && Object.keys(job.fields).length > 0
        ? fieldsOnto(job.fields, IDS)
        : job.status === 404
          ? { [IDS.personId]: 'No person with that reference is in that family. Check both references.' }
          : { [IDS.familyId]: `The copy was not made. ${job.message ?? 'Something went wrong. Try again in a few minutes.'}` }
      : {};
  const shown: FieldErrors = { ...failed, ...errors };
  const hasErrors = Object.keys(shown).length > 0;
  const report = useRef(onErrorsChange);
  report.current = onErrorsChange;
  useEffect(() => report.current(hasErrors), [hasErrors]);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const problems: FieldErrors = {};
    if (!UUID.test(familyId.trim())) problems[IDS.familyId] = 'Enter the family reference';
    if (!UUID.test(personId.trim())) problems[IDS.personId] = 'Enter the person reference';
    setErrors(problems);
    if (Object.keys(problems).length === 0) void run();
  };

  return (
    <section aria-labelledby="subject-access-heading" className="umb-section">
      <h2 className="govuk-heading-l" id="subject-access-heading">
        Subject access request
      </h2>
      <p className="govuk-body">
        Make a copy of everything held about one person, as they would see it: withheld items show only that something is withheld and why.
        The request is audited.
      </p>
      <form noValidate onSubmit={onSubmit} aria-labelledby="subject-access-heading">
        <ErrorSummary errors={toFormErrors(shown, FIELD_ORDER)} />
        <TextField
          id={IDS.familyId}
          label="Family reference"
          autoComplete="off"
          spellCheck={false}
          widthClass="govuk-input--width-30"
          value={familyId}
          onValueChange={setFamilyId}
          error={shown[IDS.familyId]}
        />
        <TextField
          id={IDS.personId}
          label="Person reference"
          autoComplete="off"
          spellCheck={false}
          widthClass="govuk-input--width-30"
          value={personId}
          onValueChange={setPersonId}
          error={shown[IDS.personId]}
        />
        <Button busy={busy}>Make the copy</Button>
      </form>
      <div aria-live="polite">
        {busy ? <p className="govuk-body">Making the copy. This can take up to a minute.</p> : null}
        {job.state === 'slow' ? <p className="govuk-body">The copy is taking longer than usual.</p> : null}
      </div>
      {job.state === 'slow' ? (
        <Button type="button" secondary onClick={checkAgain}>
          Check again
        </Button>
      ) : null}
      {job.state === 'ready' ? (
        <div>
          <p className="govuk-body govuk-!-font-weight-bold">The copy is ready.</p>
          <ExportLinks
            id={job.id}
            content={job.content}
            documentLabel="Open the copy (printable)"
            fileName={`subject-access-${personId.trim()}.json`}
          />
        </div>
      ) : null}
    </section>
  );
}
