// What a child is told about what is happening, as written for them, and the parent's agreement to it.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { isApiError } from '../../api/client.ts';
import { Button } from '../../ui/button.tsx';
import { formatDate } from '../../ui/format.ts';
import { firstName } from './plan-people.ts';
import { SectionText } from './plan-section.form.tsx';
import { agreeExplanation, type PlanDocument, rememberDocument } from './plans.api.ts';

/** `agreedBy`: the parent who agrees, when the reader is the child's other parent (only the parent the record is about agrees). */
export function ExplanationView({
  familyId,
  document,
  agreedBy = null,
}: {
  familyId: string;
  document: PlanDocument;
  agreedBy?: string | null;
}) {
  const who = agreedBy ?? 'you';
  const queryClient = useQueryClient();
  const child = firstName(document.personName);
  const [error, setError] = useState<string | null>(null);
  const mutation = useMutation({
    mutationFn: () => agreeExplanation(familyId, document.id),
    onSuccess: (updated) => rememberDocument(queryClient, familyId, updated),
    onError: (failure) => {
      if (isApiError(failure) && failure.status === 401) return;
      setError(isApiError(failure) ? failure.message : 'Your agreement was not saved. Try again in a few minutes.');
    },
  });
  const written = document.sections.some((s) => s.text.trim());
  return (
    <div className="umb-mp-explanation">
      <p className="govuk-body">
        What {child}’s workers have written for {child}, in words for their age. {child} can read it once {who}{' '}
        {agreedBy ? 'agrees' : 'agree'}.
      </p>
      {written ? (
        document.sections.map((section) => <SectionText key={section.key} section={section} headingLevel={4} />)
      ) : (
        <p className="govuk-body">Nothing has been written yet. {child}’s workers will write it with you.</p>
      )}
      {document.parentAgreedAt ? (
        <p className="govuk-body govuk-!-font-weight-bold umb-done" role="status">
          {agreedBy ?? 'You'} agreed on {formatDate(document.parentAgreedAt)} that this is what {child} is told.
        </p>
      ) : document.can.agreeAsParent && written ? (
        <>
          <p className="govuk-body">If you want something changed, talk to {child}’s worker before you agree.</p>
          {error ? (
            <p className="govuk-error-message" role="alert">
              <span className="govuk-visually-hidden">Error:</span> {error}
            </p>
          ) : null}
          <Button type="button" busy={mutation.isPending} onClick={() => mutation.mutate()}>
            I agree this is what {child} is told
          </Button>
        </>
      ) : (
        <p className="govuk-body">{agreedBy ? `${agreedBy} has not agreed this yet.` : 'You have not agreed this yet.'}</p>
      )}
    </div>
  );
}
