// One section of a wellness, crisis or contingency plan, written and saved on its own: kept in the browser until saved, and a 409 shows the other save and keeps these words.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, type ReactNode, useEffect, useState } from 'react';
import { isApiError } from '../../api/client.ts';
import { useT } from '../../i18n/i18n.ts';
import { Button } from '../../ui/button.tsx';
import { ErrorSummary } from '../../ui/error-summary.tsx';
import { ErrorText } from '../../ui/error-text.tsx';
import type { FieldErrors } from '../../ui/form-errors.ts';
import { failureErrors, summaryOf } from '../../ui/server-errors.ts';
import { Written } from '../../ui/written.tsx';
import { formatDateTime } from '../portal-format.ts';
import { ConflictNote } from './conflict-note.view.tsx';
import { loadSectionDraft, saveSectionDraft } from './plan-draft.store.ts';
import { sectionFromConflict, useReportErrors } from './plan-forms.ts';
import { planSection as m } from './plan-section.messages.ts';
import { sectionWordsIn } from './plan-sections.ts';
import { planWords } from './plan-words.messages.ts';
import { hidden } from './plan-words.tsx';
import { type PlanDocument, planDocumentsQuery, rememberDocument, type Section, writeSection } from './plans.api.ts';

type PlanSectionProps = {
  familyId: string;
  accountId: string;
  document: PlanDocument;
  section: Section;
  headingLevel: 2 | 3 | 4;
  onErrorsChange: (formId: string, hasErrors: boolean) => void;
  /** Shown under the box: suggestions from workers, a link to a related plan. */
  children?: ReactNode;
};

export const sectionFieldId = (documentId: string, key: string) => `section-${documentId}-${key}`;

export function PlanSectionForm({ familyId, accountId, document, section, headingLevel, onErrorsChange, children }: PlanSectionProps) {
  const t = useT();
  const words = sectionWordsIn(t, section);
  const queryClient = useQueryClient();
  const id = sectionFieldId(document.id, section.key);
  const [draft] = useState(() => loadSectionDraft(accountId, document.id, section.key));
  const restored = draft !== null && draft.text !== section.text;
  const [text, setText] = useState(restored ? draft.text : section.text);
  const [base, setBase] = useState(restored ? draft.baseVersion : section.version);
  const [dirty, setDirty] = useState(restored);
  const [theirs, setTheirs] = useState<Section | null>(null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saved, setSaved] = useState(false);
  useReportErrors(id, Object.keys(errors).length > 0, onErrorsChange);

  // Nothing changed here: follow what is saved (a suggestion taken in, someone else's save seen on reload).
  useEffect(() => {
    if (!dirty) {
      setText(section.text);
      setBase(section.version);
    }
  }, [dirty, section.text, section.version]);

  const change = (value: string) => {
    setText(value);
    setDirty(true);
    setSaved(false);
    saveSectionDraft(accountId, document.id, section.key, { text: value, baseVersion: base });
  };

  const mutation = useMutation({
    mutationFn: (toSave: { version: number; text: string }) => writeSection(familyId, document.id, section.key, toSave),
    onSuccess: (updated) => {
      rememberDocument(queryClient, familyId, updated);
      const now = updated.sections.find((s) => s.key === section.key);
      if (now) {
        setText(now.text);
        setBase(now.version);
      }
      saveSectionDraft(accountId, document.id, section.key, null);
      setDirty(false);
      setTheirs(null);
      setErrors({});
      setSaved(true);
    },
    onError: async (failure) => {
      if (isApiError(failure) && failure.status === 401) return;
      if (isApiError(failure) && failure.status === 409) {
        let current = sectionFromConflict(failure, section.key);
        if (!current) {
          const fresh = await queryClient.fetchQuery(planDocumentsQuery(familyId));
          current = fresh.documents.find((d) => d.id === document.id)?.sections.find((s) => s.key === section.key) ?? null;
        }
        if (current) {
          setTheirs(current);
          setBase(current.version);
          saveSectionDraft(accountId, document.id, section.key, { text, baseVersion: current.version });
          setErrors({});
          return;
        }
      }
      setErrors(failureErrors(failure, { text: id, version: id }, id));
    },
  });

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSaved(false);
    if (text.length > 10_000) setErrors({ [id]: t(m.tooLong) });
    else mutation.mutate({ version: base, text: text.trim() });
  };

  const Heading = (['h2', 'h3', 'h4'] as const)[headingLevel - 2] ?? 'h2';
  const labelSize = headingLevel === 2 ? 'govuk-label--m' : 'govuk-label--s';
  const error = errors[id];
  const describedBy = [`${id}-hint`, error ? `${id}-error` : null, `${id}-status`].filter(Boolean).join(' ');
  return (
    <div className="umb-mp-section">
      <form noValidate onSubmit={onSubmit}>
        <ErrorSummary errors={summaryOf(errors, [id])} />
        {theirs ? <ConflictNote who={theirs.updatedBy} at={theirs.updatedAt} text={theirs.text} lang={theirs.writtenIn} /> : null}
        <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
          <Heading className="govuk-label-wrapper">
            <label className={`govuk-label ${labelSize}`} htmlFor={id}>
              {words.title}
            </label>
          </Heading>
          <div id={`${id}-hint`} className="govuk-hint">
            {words.hint}
          </div>
          {error ? (
            <p id={`${id}-error`} className="govuk-error-message">
              <span className="govuk-visually-hidden">{t(planWords.errorPrefix)}</span> <ErrorText text={error} />
            </p>
          ) : null}
          <textarea
            id={id}
            name={id}
            rows={5}
            className={`govuk-textarea${error ? ' govuk-textarea--error' : ''}`}
            value={text}
            onChange={(event) => change(event.target.value)}
            aria-describedby={describedBy}
            aria-invalid={error ? true : undefined}
          />
          <p id={`${id}-status`} className="govuk-body-s umb-muted govuk-!-margin-top-1 govuk-!-margin-bottom-0">
            {dirty
              ? t(m.notSavedYet)
              : section.version > 0 && section.updatedAt
                ? section.updatedBy
                  ? t(m.lastSavedBy, { name: section.updatedBy, when: formatDateTime(section.updatedAt) })
                  : t(m.lastSavedBySomeone, { when: formatDateTime(section.updatedAt) })
                : t(m.nothingYet)}
          </p>
        </div>
        {saved ? (
          <p className="govuk-body govuk-!-font-weight-bold umb-done" role="status">
            {t(planWords.saved)}
          </p>
        ) : null}
        <Button busy={mutation.isPending} secondary={!dirty}>
          {t.rich(m.save, { hidden, title: words.title })}
        </Button>
      </form>
      {children}
    </div>
  );
}

/** A section someone may read but not change: its title as a heading and the words as written. */
export function SectionText({ section, headingLevel }: { section: Section; headingLevel: 2 | 3 | 4 }) {
  const t = useT();
  const Heading = (['h2', 'h3', 'h4'] as const)[headingLevel - 2] ?? 'h2';
  return (
    <div className="umb-mp-section">
      <Heading className={headingLevel === 2 ? 'govuk-heading-m' : 'govuk-heading-s'}>{sectionWordsIn(t, section).title}</Heading>
      {section.text ? (
        <Written lang={section.writtenIn} className="govuk-body umb-pre-line umb-mp-own-words">
          {section.text}
        </Written>
      ) : (
        <p className="govuk-body umb-muted">{t(m.nothingYet)}</p>
      )}
    </div>
  );
}
