// One child's plans: their contingency plan (who will care for them, and each section) and the explanation written for
// them (and whether a parent has agreed it), with buttons to start either, and a link to the child's own words.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { readability } from '../../../shared/domain/plain-language.ts';
import { isApiError } from '../../api/client.ts';
import { Button } from '../../ui/button.tsx';
import { formatDate } from '../../ui/format.ts';
import { CarerSection, type FamilyAdult } from './carer.section.tsx';
import { DocumentSectionBlock } from './document-section.tsx';
import { HiddenPartsNote } from './hidden-parts.note.tsx';
import { startDocument } from './plans.api.ts';
import { planDocumentsKey } from './plans.queries.ts';
import type { PlanDocument, PlanDocuments } from './plans.types.ts';

type ChildPlansProps = {
  familyId: string;
  child: { id: string; name: string; age: number | null };
  data: PlanDocuments;
  adults: FamilyAdult[];
};

export function ChildPlansSection({ familyId, child, data, adults }: ChildPlansProps) {
  const contingency = data.documents.find((d) => d.kind === 'contingency' && d.personId === child.id) ?? null;
  const explanation = data.documents.find((d) => d.kind === 'explanation' && d.personId === child.id) ?? null;
  const canStart = (kind: 'contingency' | 'explanation') => data.canStart.some((s) => s.kind === kind && s.personId === child.id);
  const headingId = `child-${child.id}`;
  return (
    <section className="umb-section umb-plan-part" aria-labelledby={headingId}>
      <h2 className="govuk-heading-l" id={headingId}>
        {child.name}
      </h2>
      <p className="govuk-body">
        <Link to="/families/$familyId/children/$personId/words" params={{ familyId, personId: child.id }} className="govuk-link">
          {child.name}’s own words
        </Link>
      </p>

      <h3 className="govuk-heading-m">{child.name}’s contingency plan</h3>
      <p className="govuk-body">What happens for {child.name} if their parent is unwell or in hospital.</p>
      {contingency ? (
        <>
          <CarerSection familyId={familyId} document={contingency} childName={child.name} adults={adults} />
          {contingency.sections.map((section) => (
            <DocumentSectionBlock
              key={section.key}
              familyId={familyId}
              document={contingency}
              section={section}
              canWrite={contingency.can.write}
            />
          ))}
        </>
      ) : (
        <NotStarted
          familyId={familyId}
          childId={child.id}
          kind="contingency"
          words={`Nobody has started ${child.name}’s plan for when their parent is unwell.`}
          startLabel={`Start ${child.name}’s contingency plan`}
          canStart={canStart('contingency')}
        />
      )}

      <h3 className="govuk-heading-m">The explanation written for {child.name}</h3>
      <p className="govuk-body">What is happening, in words for {child.name}’s age, agreed with a parent.</p>
      {explanation ? (
        <>
          <ReadingAge document={explanation} child={child} />
          <ParentAgreement document={explanation} childName={child.name} />
          <HiddenPartsNote count={explanation.hiddenSections} />
          {explanation.sections.map((section) => (
            <DocumentSectionBlock
              key={section.key}
              familyId={familyId}
              document={explanation}
              section={section}
              canWrite={explanation.can.write}
            />
          ))}
        </>
      ) : (
        <NotStarted
          familyId={familyId}
          childId={child.id}
          kind="explanation"
          words={`Nobody has started an explanation for ${child.name} yet.`}
          startLabel={`Start an explanation for ${child.name}`}
          canStart={canStart('explanation')}
        />
      )}
    </section>
  );
}

function ParentAgreement({ document, childName }: { document: PlanDocument; childName: string }) {
  return document.parentAgreedAt ? (
    <p className="govuk-body umb-done">
      A parent agreed this explanation on {formatDate(document.parentAgreedAt)}. {childName} can read it.
    </p>
  ) : (
    <div className="govuk-inset-text">No parent has agreed this explanation yet. {childName} will see it only once a parent agrees it.</div>
  );
}

type NotStartedProps = {
  familyId: string;
  childId: string;
  kind: 'contingency' | 'explanation';
  words: string;
  startLabel: string;
  canStart: boolean;
};

function NotStarted({ familyId, childId, kind, words, startLabel, canStart }: NotStartedProps) {
  const queryClient = useQueryClient();
  const [problem, setProblem] = useState<string | null>(null);
  const mutation = useMutation({
    mutationFn: () => startDocument(familyId, { kind, personId: childId }),
    onSuccess: async () => {
      setProblem(null);
      await queryClient.invalidateQueries({ queryKey: planDocumentsKey(familyId) });
    },
    onError: (failure) => {
      if (isApiError(failure) && failure.status === 401) return;
      setProblem(isApiError(failure) ? failure.message : 'Something went wrong. Try again in a few minutes.');
    },
  });
  return (
    <>
      <p className="govuk-body">{words}</p>
      {problem ? (
        <p className="govuk-error-message" role="alert">
          <span className="govuk-visually-hidden">Error:</span> {problem}
        </p>
      ) : null}
      {canStart ? (
        <Button type="button" secondary busy={mutation.isPending} onClick={() => mutation.mutate()}>
          {startLabel}
        </Button>
      ) : null}
    </>
  );
}

/** How hard the explanation is to read, beside the child's age: advice for the writer, never a block. */
function ReadingAge({ document, child }: { document: PlanDocument; child: ChildPlansProps['child'] }) {
  const text = document.sections.map((section) => section.text).join('\n');
  if (!text.trim()) return null;
  const result = readability(text);
  // Reading grade plus 5 or 6 is roughly the age a reader needs: a grade 4 text suits a 9 or 10 year old.
  const readerAge = Math.max(6, Math.round(result.gradeLevel + 5));
  const tooHard = child.age !== null && readerAge > child.age + 1;
  return (
    <div className={tooHard ? 'govuk-warning-text' : 'govuk-inset-text'}>
      {tooHard ? (
        <span className="govuk-warning-text__icon" aria-hidden="true">
          !
        </span>
      ) : null}
      <p className={tooHard ? 'govuk-warning-text__text' : 'govuk-body'}>
        {tooHard ? <span className="govuk-visually-hidden">Warning: </span> : null}
        {child.age !== null ? `${child.name} is ${child.age}. ` : ''}
        This explanation reads as {result.label} (about right for a reader of {readerAge}).{' '}
        {tooHard ? `Use shorter sentences and everyday words so ${child.name} can follow it.` : ''}
      </p>
    </div>
  );
}
