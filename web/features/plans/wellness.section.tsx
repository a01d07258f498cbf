// A parent's wellness and crisis plan as a professional may see it: only the sections the parent shared, read-only, with a
// "Suggest words" form for each. Only the parent decides what goes in; the professional sees their own suggestions' status.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { KeepAsWritten } from '../../../shared/contracts/respectful-words.ts';
import { sectionTitle, WELLNESS_SECTIONS } from '../../../shared/domain/plans.ts';
import { isApiError } from '../../api/client.ts';
import type { FieldErrors } from '../../ui/form-errors.ts';
import { Select } from '../../ui/select.tsx';
import { failureErrors } from '../../ui/server-errors.ts';
import { Tag, type TagColour } from '../../ui/tag.tsx';
import { TextArea } from '../../ui/textarea.tsx';
import { formatDateTime } from '../../ui/time.ts';
import { useKeepAsWritten } from '../words/keep-as-written.tsx';
import { AddButton, ChangedBy, DoneMessage, useItemEditing } from './item-editing.tsx';
import { suggestWords } from './plans.api.ts';
import { planDocumentsKey } from './plans.queries.ts';
import type { PlanDocument, SuggestionRow } from './plans.types.ts';
import { SimpleForm } from './simple.form.tsx';

const STATUS: Record<SuggestionRow['status'], { colour: TagColour; words: (parent: string) => string }> = {
  open: { colour: 'yellow', words: (parent) => `Waiting for ${parent} to decide` },
  accepted: { colour: 'green', words: (parent) => `${parent} added it to their plan` },
  declined: { colour: 'grey', words: (parent) => `${parent} chose not to use it` },
};

type WellnessProps = { familyId: string; parentId: string; parentName: string; document: PlanDocument | null };

export function WellnessSection({ familyId, parentId, parentName, document }: WellnessProps) {
  const headingId = `wellness-${parentId}`;
  return (
    <section className="umb-section umb-plan-part" aria-labelledby={headingId}>
      <h2 className="govuk-heading-l" id={headingId}>
        {parentName}’s wellness and crisis plan
      </h2>
      <div className="govuk-inset-text">
        This plan belongs to {parentName}. Only {parentName} decides what goes in it. You can suggest words; {parentName} chooses whether to
        use them.
      </div>
      {!document ? (
        <p className="govuk-body">{parentName} has not started a wellness and crisis plan, or has not shared any of it with you.</p>
      ) : (
        <>
          {document.sections.length === 0 ? (
            <p className="govuk-body">{parentName} has not shared any part of this plan with you.</p>
          ) : null}
          {document.sections.map((section) => (
            <div key={section.key} className="umb-plan-section">
              <h3 className="govuk-heading-m">{section.title}</h3>
              {section.text ? (
                <>
                  <p className="govuk-body umb-pre-line">{section.text}</p>
                  <ChangedBy who={section.updatedBy} when={section.updatedAt} />
                </>
              ) : (
                <p className="govuk-body umb-muted">{parentName} has not written this part yet.</p>
              )}
              {document.can.suggest ? (
                <SuggestWords familyId={familyId} document={document} sectionKey={section.key} parentName={parentName} />
              ) : null}
            </div>
          ))}
          {document.can.suggest && document.sections.length === 0 ? (
            <SuggestWords familyId={familyId} document={document} sectionKey={null} parentName={parentName} />
          ) : null}
          <Suggestions suggestions={document.suggestions} parentName={parentName} headingId={`${headingId}-suggestions`} />
        </>
      )}
    </section>
  );
}

type SuggestProps = { familyId: string; document: PlanDocument; sectionKey: string | null; parentName: string };

function SuggestWords({ familyId, document, sectionKey, parentName }: SuggestProps) {
  const queryClient = useQueryClient();
  const editing = useItemEditing();
  const key = `suggest-${document.id}-${sectionKey ?? 'any'}`;
  const ids = { sectionKey: `${key}-section`, text: `${key}-text` };
  const [chosenKey, setChosenKey] = useState(sectionKey ?? '');
  const [text, setText] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const title = sectionKey ? sectionTitle('wellness', sectionKey) : null;
  // The parent reads a worker's suggested words: checked as any worker's words are (features/words).
  const words = useKeepAsWritten({ id: key, texts: [text], ids: { text: ids.text }, fallbackId: ids.text });

  const mutation = useMutation({
    mutationFn: (keepAsWritten: KeepAsWritten) =>
      suggestWords(familyId, document.id, { sectionKey: chosenKey, text: text.trim(), keepAsWritten }),
    onSuccess: async () => {
      words.reset();
      setText('');
      setErrors({});
      await queryClient.invalidateQueries({ queryKey: planDocumentsKey(familyId) });
      editing.close(key, `Your suggestion was sent to ${parentName}.`);
    },
    onError: (failure) => {
      if (isApiError(failure) && failure.status === 401) return;
      if (words.refused(failure)) return setErrors({});
      setErrors(failureErrors(failure, ids, ids.text));
    },
  });

  const onSubmit = () => {
    const problems: FieldErrors = {};
    if (!chosenKey) problems[ids.sectionKey] = 'Choose the part of the plan your words are for';
    if (!text.trim()) problems[ids.text] = 'Write your suggestion';
    setErrors(problems);
    const reasonGiven = words.prepare();
    if (Object.keys(problems).length === 0 && reasonGiven) mutation.mutate(words.body());
  };

  return (
    <>
      <DoneMessage message={editing.message} />
      {editing.editing === key ? (
        <SimpleForm
          id={key}
          heading={title ? `Suggest words for “${title}”` : 'Suggest words'}
          headingLevel={4}
          errors={errors}
          fieldOrder={[ids.sectionKey, ids.text]}
          busy={mutation.isPending}
          saveLabel="Send suggestion"
          onSubmit={onSubmit}
          words={words}
          onCancel={() => editing.close(key, null)}
        >
          {sectionKey ? null : (
            <Select
              id={ids.sectionKey}
              label="Which part of the plan are your words for?"
              options={WELLNESS_SECTIONS.map((s) => ({ value: s.key, label: s.title }))}
              placeholder="Choose a part"
              value={chosenKey}
              onValueChange={setChosenKey}
              error={errors[ids.sectionKey]}
            />
          )}
          <TextArea
            id={ids.text}
            label="Your suggested words"
            hint={`Write them as ${parentName} might say them. ${parentName} can use them, change them or say no.`}
            rows={4}
            value={text}
            onValueChange={setText}
            error={errors[ids.text] ?? words.inline(ids.text)}
            extraDescribedBy={`${key}-words-check`}
          />
        </SimpleForm>
      ) : (
        <AddButton itemKey={key} onClick={() => editing.open(key)}>
          Suggest words<span className="govuk-visually-hidden">{title ? ` for “${title}”` : ''}</span>
        </AddButton>
      )}
    </>
  );
}

function Suggestions({ suggestions, parentName, headingId }: { suggestions: SuggestionRow[]; parentName: string; headingId: string }) {
  if (suggestions.length === 0) return null;
  return (
    <div className="umb-plan-suggestions">
      <h3 className="govuk-heading-m" id={headingId}>
        Your suggestions
      </h3>
      <ul className="govuk-list umb-plan-list" aria-labelledby={headingId}>
        {suggestions.map((suggestion) => (
          <li key={suggestion.id} className="umb-plan-list__item">
            <p className="govuk-body govuk-!-margin-bottom-1">
              <strong>For “{sectionTitle('wellness', suggestion.sectionKey)}”</strong>{' '}
              <Tag colour={STATUS[suggestion.status].colour}>{STATUS[suggestion.status].words(parentName)}</Tag>
            </p>
            <p className="govuk-body umb-pre-line govuk-!-margin-bottom-1">{suggestion.text}</p>
            <p className="govuk-body-s umb-muted">Sent on {formatDateTime(suggestion.createdAt)}</p>
          </li>
        ))}
      </ul>
    </div>
  );
}
