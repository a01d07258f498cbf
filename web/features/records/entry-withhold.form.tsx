// Change who can see an entry: keep part or all of it from the parent (with a reason and review date), or stop withholding.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { isApiError } from '../../api/client.ts';
import type { Entry } from '../../api/types.ts';
import { Button } from '../../ui/button.tsx';
import { conflictCurrent, remapFields } from '../../ui/conflict.ts';
import { ErrorSummary } from '../../ui/error-summary.tsx';
import { type FieldErrors, fieldErrorsFromFailure, toFormErrors } from '../../ui/form-errors.ts';
import { todayIso } from '../../ui/time.ts';
import { changeWithholding } from './records.api.ts';
import { entryQuery } from './records.queries.ts';
import { VISIBILITY_FIELD_IDS, VisibilityFields, type VisibilityValue, validateVisibility, withholdingFrom } from './visibility.fields.tsx';

const SERVER_FIELDS: Record<string, string> = {
  withholding: 'reason',
  'withholding.reason': 'reason',
  'withholding.reviewOn': 'reviewOn',
  'withholding.scope': 'visibility',
  body: 'visibility',
};

const valueFrom = (entry: Entry): VisibilityValue => ({
  visibility: entry.withholding?.scope ?? 'all',
  reason: (entry.withholding?.reason as VisibilityValue['reason'] | undefined) ?? '',
  reviewOn: entry.withholding?.reviewOn.slice(0, 10) ?? '',
  restrictedText: entry.restrictedText ?? '',
});

export function EntryWithholdForm({ entry, onDone }: { entry: Entry; onDone: (message: string | null) => void }) {
  const queryClient = useQueryClient();
  const [value, setValue] = useState<VisibilityValue>(() => valueFrom(entry));
  const [version, setVersion] = useState(entry.version);
  const [notice, setNotice] = useState<string | null>(null);
  const [errors, setErrors] = useState<FieldErrors>({});

  const mutation = useMutation({
    mutationFn: () =>
      changeWithholding(entry.familyId, entry.id, {
        version,
        withholding: withholdingFrom(value) ?? null,
        restrictedText: value.visibility === 'part' ? value.restrictedText.trim() : null,
      }),
    onSuccess: async (updated) => {
      queryClient.setQueryData(entryQuery(entry.familyId, entry.id).queryKey, updated);
      await queryClient.invalidateQueries({ queryKey: ['families', entry.familyId, 'entries'], exact: true });
      onDone(value.visibility === 'all' ? 'The parent can now see all of this entry.' : 'Saved: who can see this entry.');
    },
    onError: (error) => {
      const current = conflictCurrent<Entry>(error);
      if (current) {
        setVersion(current.version);
        queryClient.setQueryData(entryQuery(entry.familyId, entry.id).queryKey, current);
        setNotice('Someone else changed this entry meanwhile. The page now shows their version. Check your choice below, then save again.');
        return;
      }
      if (isApiError(error) && error.status === 401) return;
      setErrors(remapFields(fieldErrorsFromFailure(error, 'visibility'), SERVER_FIELDS));
    },
  });

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const problems = validateVisibility(value, todayIso());
    setErrors(problems);
    if (Object.keys(problems).length === 0) mutation.mutate();
  };

  return (
    <form noValidate onSubmit={onSubmit} className="umb-action-form" aria-labelledby="withhold-heading">
      <h2 className="govuk-heading-m" id="withhold-heading">
        Change who can see this
      </h2>
      <ErrorSummary errors={toFormErrors(errors, VISIBILITY_FIELD_IDS)} />
      {notice ? (
        <p className="govuk-body govuk-!-font-weight-bold" role="alert">
          {notice}
        </p>
      ) : null}
      {value.visibility === 'part' && !entry.restrictedText ? (
        <p className="govuk-body">
          Move the words to keep back out of the note into the box below. Use “Edit entry” afterwards to take them out of the note itself.
        </p>
      ) : null}
      <VisibilityFields
        value={value}
        onChange={(change) => setValue((current) => ({ ...current, ...change }))}
        errors={errors}
        minReviewOn={todayIso()}
      />
      <div className="govuk-button-group">
        <Button busy={mutation.isPending}>Save who can see this</Button>
        <button type="button" className="govuk-link umb-link-button" onClick={() => onDone(null)}>
          Cancel
        </button>
      </div>
    </form>
  );
}
