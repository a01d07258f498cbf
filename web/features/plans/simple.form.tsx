// The frame of a small form on the plans pages: heading, error summary, anything to show first, the fields, save and cancel.
import type { FormEvent, ReactNode } from 'react';
import { Button } from '../../ui/button.tsx';
import { ErrorSummary } from '../../ui/error-summary.tsx';
import type { FieldErrors } from '../../ui/form-errors.ts';
import { summaryOf } from '../../ui/server-errors.ts';
import { useReportErrors } from './plan-page-errors.tsx';

type SimpleFormProps = {
  id: string;
  heading: string;
  headingLevel?: 3 | 4 | 5;
  errors: FieldErrors;
  fieldOrder: readonly string[];
  busy: boolean;
  saveLabel: string;
  secondary?: boolean;
  onSubmit: () => void;
  onCancel?: () => void;
  before?: ReactNode;
  children: ReactNode;
};

export function SimpleForm(props: SimpleFormProps) {
  const { id, heading, headingLevel = 5, errors, fieldOrder, busy, saveLabel, secondary, onSubmit, onCancel, before, children } = props;
  useReportErrors(Object.keys(errors).length > 0);
  const Heading = headingLevel === 3 ? 'h3' : headingLevel === 4 ? 'h4' : 'h5';
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onSubmit();
  };
  return (
    <form noValidate onSubmit={submit} className="umb-action-form umb-plan-form" aria-labelledby={`${id}-heading`}>
      <Heading className="govuk-heading-s" id={`${id}-heading`}>
        {heading}
      </Heading>
      <ErrorSummary errors={summaryOf(errors, fieldOrder)} />
      {before}
      {children}
      <div className="govuk-button-group">
        <Button busy={busy} secondary={secondary}>
          {saveLabel}
        </Button>
        {onCancel ? (
          <button type="button" className="govuk-link umb-link-button" onClick={onCancel}>
            Cancel
          </button>
        ) : null}
      </div>
    </form>
  );
}
