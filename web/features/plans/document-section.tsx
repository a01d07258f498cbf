// One section of a contingency plan or explanation: its words, who last changed them, and an editor that sends the section's
// version; if someone else saved meanwhile (409) their words are shown and the person's own stay in the form. Words the
// respectful-language check finds are kept only on purpose, once per save, with a reason (features/words).
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { KeepAsWritten } from '../../../shared/contracts/respectful-words.ts';
import type { InformationCategory } from '../../../shared/domain/records.ts';
import { isApiError } from '../../api/client.ts';
import { conflictCurrent } from '../../ui/conflict.ts';
import type { FieldErrors } from '../../ui/form-errors.ts';
import { failureErrors } from '../../ui/server-errors.ts';
import { TextArea } from '../../ui/textarea.tsx';
import { Written } from '../../ui/written.tsx';
import { useKeepAsWritten } from '../words/keep-as-written.tsx';
import { CategoryField, suggestedCategory } from './category-field.tsx';
import { ChangedBy, DoneMessage, EditButton, useItemEditing } from './item-editing.tsx';
import { ConflictBanner } from './item-form.shell.tsx';
import { writeSection } from './plans.api.ts';
import { planDocumentsKey } from './plans.queries.ts';
import type { DocumentSection, PlanDocument } from './plans.types.ts';
import { SimpleForm } from './simple.form.tsx';

type SectionNow = Pick<DocumentSection, 'text' | 'version' | 'updatedAt' | 'updatedBy'>;

/** A 409 may carry the section itself or the whole document. */
export function sectionFrom(current: unknown, key: string): SectionNow | null {
  if (!current || typeof current !== 'object') return null;
  if ('sections' in current) return (current as PlanDocument).sections.find((s) => s.key === key) ?? null;
  const section = current as Partial<SectionNow>;
  return typeof section.text === 'string' && typeof section.version === 'number'
    ? { text: section.text, version: section.version, updatedAt: section.updatedAt ?? null, updatedBy: section.updatedBy ?? null }
    : null;
}

type SectionProps = { familyId: string; document: PlanDocument; section: DocumentSection; canWrite: boolean; headingLevel?: 4 | 5 };

export function DocumentSectionBlock({ familyId, document, section, canWrite, headingLevel = 4 }: SectionProps) {
  const editing = useItemEditing();
  const key = `${document.id}-${section.key}`;
  const Heading = headingLevel === 4 ? 'h4' : 'h5';
  return (
    <div className="umb-plan-section">
      <div className="umb-plan-card__header">
        <Heading className="govuk-heading-s umb-plan-card__title">{section.title}</Heading>
        {canWrite && editing.editing !== key ? (
          <EditButton itemKey={key} what={`“${section.title}”`} onClick={() => editing.open(key)} />
        ) : null}
      </div>
      <DoneMessage message={editing.message} />
      {editing.editing === key ? (
        <SectionEditor familyId={familyId} document={document} section={section} onDone={(m) => editing.close(key, m)} />
      ) : section.text ? (
        <>
          <Written lang={section.writtenIn} className="govuk-body umb-pre-line">
            {section.text}
          </Written>
          <ChangedBy who={section.updatedBy} when={section.updatedAt} />
        </>
      ) : (
        <p className="govuk-body umb-muted">Nothing written yet.</p>
      )}
    </div>
  );
}

type EditorProps = { familyId: string; document: PlanDocument; section: DocumentSection; onDone: (message: string | null) => void };

function SectionEditor({ familyId, document, section, onDone }: EditorProps) {
  const queryClient = useQueryClient();
  const id = `section-${document.id}-${section.key}`;
  const [text, setText] = useState(section.text);
  const [baseVersion, setBaseVersion] = useState(section.version);
  const [conflict, setConflict] = useState<SectionNow | null>(null);
  const [errors, setErrors] = useState<FieldErrors>({});
  // Only a child's explanation has a category per section (who on the team reads it); the checker suggests one for new words.
  const categoryId = `${id}-category`;
  const hasCategory = document.kind === 'explanation';
  const [chosen, setChosen] = useState<InformationCategory | null>(section.version > 0 ? section.category : null);
  const suggestion = suggestedCategory([text]);
  const category = chosen ?? suggestion ?? 'general';
  const words = useKeepAsWritten({ id, texts: [text], ids: { text: id }, fallbackId: id });

  const mutation = useMutation({
    mutationFn: (keepAsWritten: KeepAsWritten) =>
      writeSection(familyId, document.id, section.key, {
        version: baseVersion,
        text: text.trim(),
        ...(hasCategory ? { category } : {}),
        keepAsWritten,
      }),
    onSuccess: async () => {
      words.reset();
      await queryClient.invalidateQueries({ queryKey: planDocumentsKey(familyId) });
      onDone(`“${section.title}” was saved.`);
    },
    onError: (failure) => {
      const current = sectionFrom(conflictCurrent<unknown>(failure), section.key);
      if (current) {
        setConflict(current);
        setBaseVersion(current.version);
        setErrors({});
        void queryClient.invalidateQueries({ queryKey: planDocumentsKey(familyId) });
        return;
      }
      if (isApiError(failure) && failure.status === 401) return;
      if (words.refused(failure)) return setErrors({});
      setErrors(failureErrors(failure, { text: id, category: categoryId }, id));
    },
  });

  return (
    <SimpleForm
      id={id}
      heading={`Edit “${section.title}”`}
      errors={errors}
      fieldOrder={[id, categoryId]}
      busy={mutation.isPending}
      saveLabel="Save"
      onSubmit={() => {
        if (words.prepare()) mutation.mutate(words.body());
      }}
      words={words}
      onCancel={() => onDone(null)}
      before={
        conflict ? (
          <ConflictBanner who={conflict.updatedBy} when={conflict.updatedAt} headingLevel={5}>
            <p className="govuk-body umb-pre-line govuk-!-margin-bottom-0">{conflict.text || 'They emptied this section.'}</p>
          </ConflictBanner>
        ) : null
      }
    >
      <TextArea
        id={id}
        label={section.title}
        hint={section.hint}
        rows={6}
        value={text}
        onValueChange={setText}
        error={errors[id] ?? words.inline(id)}
        extraDescribedBy={`${id}-words-check`}
      />
      {hasCategory ? (
        <CategoryField
          id={categoryId}
          value={category}
          onChange={setChosen}
          suggested={chosen === null && suggestion !== null}
          error={errors[categoryId]}
        />
      ) : null}
    </SimpleForm>
  );
}
