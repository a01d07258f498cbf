// "Edit entry": a correction with a note saying why; the original stays in "Earlier versions". If someone else saved
// a change meanwhile (409), their text is shown and the person's own text stays in the form to re-apply. Words the
// respectful-language check finds are kept only on purpose, once per save, with a reason (features/words).
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import type { KeepAsWritten } from '../../../shared/contracts/respectful-words.ts';
import { INFORMATION_CATEGORIES, INFORMATION_CATEGORY_KEYS, type InformationCategory } from '../../../shared/domain/records.ts';
import { isOneOf } from '../../../shared/domain/vocabularies.ts';
import { isApiError } from '../../api/client.ts';
import type { Entry } from '../../api/types.ts';
import { Button } from '../../ui/button.tsx';
import { conflictCurrent, remapFields } from '../../ui/conflict.ts';
import { ErrorSummary } from '../../ui/error-summary.tsx';
import { type FieldErrors, fieldErrorsFromFailure, toFormErrors } from '../../ui/form-errors.ts';
import { Select } from '../../ui/select.tsx';
import { TextArea } from '../../ui/textarea.tsx';
import { formatDateTime, fromLocalInputValue, toLocalInputValue } from '../../ui/time.ts';
import { KeepAsWrittenField, useKeepAsWritten } from '../words/keep-as-written.tsx';
import { DECISION_FIELD_IDS, DECISION_SERVER_FIELDS, DecisionFields, decisionRequest, validateDecision } from './decision.fields.tsx';
import { type DecisionDraft, emptyDecision } from './entry-draft.ts';
import { PlainLanguageHelp } from './plain-language.help.tsx';
import { editEntry } from './records.api.ts';
import { entryQuery } from './records.queries.ts';

const FIELD_ORDER = ['edit-occurredAt', 'edit-category', 'edit-text', 'edit-restrictedText', ...DECISION_FIELD_IDS, 'changeNote'];
const SERVER_FIELDS: Record<string, string> = {
  ...DECISION_SERVER_FIELDS,
  text: 'edit-text',
  restrictedText: 'edit-restrictedText',
  category: 'edit-category',
  occurredAt: 'edit-occurredAt',
  body: 'edit-text',
};

type EditFormProps = { entry: Entry; onDone: (message: string | null) => void };

export function EntryEditForm({ entry, onDone }: EditFormProps) {
  const queryClient = useQueryClient();
  const [baseVersion, setBaseVersion] = useState(entry.version);
  const [text, setText] = useState(entry.text);
  const [restrictedText, setRestrictedText] = useState(entry.restrictedText ?? '');
  const [category, setCategory] = useState<InformationCategory>(entry.category);
  const [occurredAt, setOccurredAt] = useState(toLocalInputValue(new Date(entry.occurredAt)));
  const [decision, setDecision] = useState<DecisionDraft>(entry.decision ?? emptyDecision);
  const [changeNote, setChangeNote] = useState('');
  const [conflict, setConflict] = useState<Entry | null>(null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const isDecision = entry.kind === 'decision';
  const hasPart = entry.withholding?.scope === 'part';
  const words = useKeepAsWritten({ id: 'edit-text', texts: [text], ids: SERVER_FIELDS, fallbackId: 'edit-text' });

  const mutation = useMutation({
    mutationFn: (keepAsWritten: KeepAsWritten) =>
      editEntry(entry.familyId, entry.id, {
        version: baseVersion,
        text: text.trim(),
        restrictedText: hasPart ? restrictedText.trim() : undefined,
        category,
        occurredAt: fromLocalInputValue(occurredAt) ?? entry.occurredAt,
        decision: isDecision ? decisionRequest(decision) : undefined,
        changeNote: changeNote.trim(),
        keepAsWritten,
      }),
    onSuccess: async (updated) => {
      words.reset();
      queryClient.setQueryData(entryQuery(entry.familyId, entry.id).queryKey, updated);
      await queryClient.invalidateQueries({ queryKey: ['families', entry.familyId, 'entries'], exact: true });
      onDone('Your changes were saved. The earlier version is kept.');
    },
    onError: (error) => {
      const current = conflictCurrent<Entry>(error);
      if (current) {
        // Keep everything the person typed; the next save goes on top of the version they have now seen.
        setConflict(current);
        setBaseVersion(current.version);
        setErrors({});
        queryClient.setQueryData(entryQuery(entry.familyId, entry.id).queryKey, current);
        return;
      }
      if (isApiError(error) && error.status === 401) return;
      if (words.refused(error)) return setErrors({});
      // A refused change of category (it would let more people read the entry) is told beside the category.
      setErrors(remapFields(fieldErrorsFromFailure(error, category !== entry.category ? 'edit-category' : 'edit-text'), SERVER_FIELDS));
    },
  });

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const problems: FieldErrors = {};
    if (!fromLocalInputValue(occurredAt)) problems['edit-occurredAt'] = 'Enter the date and time it happened';
    if (!text.trim()) problems['edit-text'] = 'Write what happened';
    if (hasPart && !restrictedText.trim()) problems['edit-restrictedText'] = 'Write the part to keep from the parent';
    if (isDecision) Object.assign(problems, validateDecision(decision));
    if (!changeNote.trim()) problems.changeNote = 'Say briefly why you are changing it';
    setErrors(problems);
    const reasonGiven = words.prepare();
    if (Object.keys(problems).length === 0 && reasonGiven) mutation.mutate(words.body());
  };

  return (
    <form noValidate onSubmit={onSubmit} className="umb-action-form" aria-labelledby="edit-heading">
      <h2 className="govuk-heading-m" id="edit-heading">
        Edit entry
      </h2>
      <ErrorSummary errors={[...words.summary, ...toFormErrors(errors, FIELD_ORDER)]} />
      {conflict ? <ConflictNotice current={conflict} /> : null}
      <div className={`govuk-form-group${errors['edit-occurredAt'] ? ' govuk-form-group--error' : ''}`}>
        <label className="govuk-label govuk-label--s" htmlFor="edit-occurredAt">
          When did it happen?
        </label>
        {errors['edit-occurredAt'] ? (
          <p id="edit-occurredAt-error" className="govuk-error-message">
            <span className="govuk-visually-hidden">Error:</span> {errors['edit-occurredAt']}
          </p>
        ) : null}
        <input
          className="govuk-input umb-input--datetime"
          id="edit-occurredAt"
          type="datetime-local"
          value={occurredAt}
          onChange={(event) => setOccurredAt(event.target.value)}
          aria-describedby={errors['edit-occurredAt'] ? 'edit-occurredAt-error' : undefined}
        />
      </div>
      {entry.allowedChanges.includes('change_category') ? (
        <Select
          id="edit-category"
          label="Information category"
          labelClass="govuk-label--s"
          hint="You can make it more private. Letting more people read it needs the family’s consent, or a share without consent if someone is at risk."
          options={INFORMATION_CATEGORY_KEYS.map((key) => ({ value: key, label: INFORMATION_CATEGORIES[key] }))}
          value={category}
          onValueChange={(value) => {
            if (isOneOf(INFORMATION_CATEGORY_KEYS, value)) setCategory(value);
          }}
          error={errors['edit-category']}
        />
      ) : null}
      <TextArea
        id="edit-text"
        label="What happened"
        labelClass="govuk-label--s"
        rows={10}
        value={text}
        onValueChange={setText}
        error={errors['edit-text'] ?? words.inline('edit-text')}
        extraDescribedBy="edit-text-help"
      />
      <PlainLanguageHelp id="edit-text-help" text={text} />
      <KeepAsWrittenField control={words} />
      {hasPart ? (
        <TextArea
          id="edit-restrictedText"
          label="Part kept from the parent"
          labelClass="govuk-label--s"
          rows={4}
          value={restrictedText}
          onValueChange={setRestrictedText}
          error={errors['edit-restrictedText']}
        />
      ) : null}
      {isDecision ? <DecisionFields value={decision} onChange={setDecision} errors={errors} /> : null}
      <TextArea
        id="changeNote"
        label="Why are you changing it?"
        labelClass="govuk-label--s"
        hint="For example, corrected the date, or added what Clare said. The family can see this note."
        rows={2}
        value={changeNote}
        onValueChange={setChangeNote}
        error={errors.changeNote}
      />
      <div className="govuk-button-group">
        <Button busy={mutation.isPending}>Save changes</Button>
        <button type="button" className="govuk-link umb-link-button" onClick={() => onDone(null)}>
          Cancel
        </button>
      </div>
    </form>
  );
}

function ConflictNotice({ current }: { current: Entry }) {
  const latest = [...current.versions].sort((a, b) => b.version - a.version)[0];
  const who = latest ? `${latest.editedByName} on ${formatDateTime(latest.editedAt)}` : formatDateTime(current.updatedAt);
  return (
    <div className="govuk-notification-banner" role="alert" aria-labelledby="conflict-title">
      <div className="govuk-notification-banner__header">
        <h3 className="govuk-notification-banner__title" id="conflict-title">
          Important
        </h3>
      </div>
      <div className="govuk-notification-banner__content">
        <p className="govuk-notification-banner__heading">Someone else changed this entry while you were editing</p>
        <p className="govuk-body">
          This is the entry as it is now, changed by {who}
          {latest?.changeNote ? ` (“${latest.changeNote}”)` : ''}:
        </p>
        <div className="govuk-inset-text umb-pre-line umb-rec-their-text">{current.text}</div>
        <p className="govuk-body">
          Your own text is still in the form below, so nothing you wrote is lost. Add anything from their version that you want to keep,
          then press “Save changes” to save yours on top of it.
        </p>
      </div>
    </div>
  );
}
