// The frame of a small form on the plans pages: heading, error summary, anything to show first, the fields, the
// respectful-language check's live panel and "Keep as written" when given, save and cancel.
import type { FormEvent, ReactNode } from 'react';
import { Button } from '../../ui/button.tsx';
import { ErrorSummary } from '../../ui/error-summary.tsx';
import type { FieldErrors } from '../../ui/form-errors.ts';
import { summaryOf } from '../../ui/server-errors.ts';
import { type KeepAsWrittenControl, KeepAsWrittenField, withoutWordsErrors } from '../words/keep-as-written.tsx';
import { WordsCheckHelp } from '../words/words-check.tsx';
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
  /** Words a family member will read: the live panel (`${id}-words-check`), findings in the summary, "Keep as written". */
  words?: KeepAsWrittenControl;
  children: ReactNode;
};

export function SimpleForm(props: SimpleFormProps) {
  const {
    id,
    heading,
    headingLevel = 5,
    errors,
    fieldOrder,
    busy,
    saveLabel,
    secondary,
    onSubmit,
    onCancel,
    before,
    words,
    children,
  } = props;
  useReportErrors(Object.keys(errors).length > 0 || Boolean(words?.hasErrors));
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
      <ErrorSummary errors={[...(words?.summary ?? []), ...summaryOf(withoutWordsErrors(errors, words), fieldOrder)]} />
      {before}
      {children}
      {words ? (
        <>
          <WordsCheckHelp id={`${id}-words-check`} texts={words.texts} />
          <KeepAsWrittenField control={words} />
        </>
      ) : null}
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
