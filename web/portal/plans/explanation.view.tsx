// What a child is told about what is happening, as written for them, and the parent's agreement to it.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { isApiError } from '../../api/client.ts';
import { useT } from '../../i18n/i18n.ts';
import { Button } from '../../ui/button.tsx';
import { ErrorText } from '../../ui/error-text.tsx';
import { formatDate } from '../../ui/format.ts';
import { childrenPlans as m } from './children-plans.messages.ts';
import { firstName } from './plan-people.ts';
import { SectionText } from './plan-section.form.tsx';
import { planWords } from './plan-words.messages.ts';
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
  const t = useT();
  const queryClient = useQueryClient();
  const child = firstName(document.personName);
  const [error, setError] = useState<string | null>(null);
  const mutation = useMutation({
    mutationFn: () => agreeExplanation(familyId, document.id),
    onSuccess: (updated) => rememberDocument(queryClient, familyId, updated),
    onError: (failure) => {
      if (isApiError(failure) && failure.status === 401) return;
      setError(isApiError(failure) ? failure.message : t(m.agreementNotSaved));
    },
  });
  const written = document.sections.some((s) => s.text.trim());
  return (
    <div className="umb-mp-explanation">
      <p className="govuk-body">{agreedBy ? t(m.explanationIntroNamed, { child, name: agreedBy }) : t(m.explanationIntroYou, { child })}</p>
      {written ? (
        document.sections.map((section) => <SectionText key={section.key} section={section} headingLevel={4} />)
      ) : (
        <p className="govuk-body">{t(m.explanationNothingYet, { child })}</p>
      )}
      {document.parentAgreedAt ? (
        <p className="govuk-body govuk-!-font-weight-bold umb-done" role="status">
          {agreedBy
            ? t(m.agreedNamed, { name: agreedBy, date: formatDate(document.parentAgreedAt), child })
            : t(m.agreedYou, { date: formatDate(document.parentAgreedAt), child })}
        </p>
      ) : document.can.agreeAsParent && written ? (
        <>
          <p className="govuk-body">{t(m.talkFirst, { child })}</p>
          {error ? (
            <p className="govuk-error-message" role="alert">
              <span className="govuk-visually-hidden">{t(planWords.errorPrefix)}</span> <ErrorText text={error} />
            </p>
          ) : null}
          <Button type="button" busy={mutation.isPending} onClick={() => mutation.mutate()}>
            {t(m.agree, { child })}
          </Button>
        </>
      ) : (
        <p className="govuk-body">{agreedBy ? t(m.notAgreedNamed, { name: agreedBy }) : t(m.notAgreedYou)}</p>
      )}
    </div>
  );
}
