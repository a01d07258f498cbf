// Words a worker suggested for one section of the parent's own plan: nothing goes in unless the parent chooses "Add to my plan".
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { isApiError } from '../../api/client.ts';
import { useT } from '../../i18n/i18n.ts';
import { Button } from '../../ui/button.tsx';
import { ErrorText } from '../../ui/error-text.tsx';
import { formatDate } from '../../ui/format.ts';
import { PROFESSIONALS_WRITE_IN, Written } from '../../ui/written.tsx';
import { sectionTitleIn } from './plan-sections.ts';
import { planWords } from './plan-words.messages.ts';
import { bold, hidden } from './plan-words.tsx';
import { decideSuggestion, type PlanDocument, rememberDocument, type Suggestion } from './plans.api.ts';
import { planSuggestions as m } from './suggestions.messages.ts';

/** `sectionTitle`: the server's English title, shown only for a section this page has no words for. */
type SuggestionsProps = { familyId: string; document: PlanDocument; sectionKey: string; sectionTitle: string };

export function Suggestions({ familyId, document, sectionKey, sectionTitle }: SuggestionsProps) {
  const t = useT();
  const open = document.suggestions.filter((s) => s.sectionKey === sectionKey && s.status === 'open');
  const [answered, setAnswered] = useState<'added' | 'declined' | null>(null);
  if (open.length === 0 && !answered) return null;
  return (
    <div className="umb-mp-suggestions">
      {answered ? (
        <p className="govuk-body govuk-!-font-weight-bold umb-done" role="status">
          {t(answered === 'added' ? m.added : m.declined)}
        </p>
      ) : null}
      {open.map((suggestion) => (
        <SuggestionCard
          key={suggestion.id}
          familyId={familyId}
          documentId={document.id}
          suggestion={suggestion}
          sectionTitle={sectionTitleIn(t, sectionKey, sectionTitle)}
          onAnswered={setAnswered}
        />
      ))}
    </div>
  );
}

type CardProps = {
  familyId: string;
  documentId: string;
  suggestion: Suggestion;
  sectionTitle: string;
  onAnswered: (answer: 'added' | 'declined') => void;
};

function SuggestionCard({ familyId, documentId, suggestion, sectionTitle, onAnswered }: CardProps) {
  const t = useT();
  const queryClient = useQueryClient();
  const [error, setError] = useState<string | null>(null);
  const mutation = useMutation({
    mutationFn: (accept: boolean) => decideSuggestion(familyId, documentId, suggestion.id, accept),
    onSuccess: (document, accept) => {
      rememberDocument(queryClient, familyId, document);
      onAnswered(accept ? 'added' : 'declined');
    },
    onError: (failure) => {
      if (isApiError(failure) && failure.status === 401) return;
      setError(isApiError(failure) ? failure.message : t(m.didNotWork));
    },
  });
  const about = { hidden, name: suggestion.suggestedBy, section: sectionTitle };
  return (
    <div className="umb-mp-suggestion">
      <p className="govuk-body govuk-!-margin-bottom-2">
        {t.rich(m.suggestedOn, { b: bold, name: suggestion.suggestedBy, date: formatDate(suggestion.createdAt) })}
      </p>
      <Written lang={PROFESSIONALS_WRITE_IN} as="blockquote" className="umb-mp-suggestion__text umb-pre-line">
        {suggestion.text}
      </Written>
      <p className="govuk-body-s">{t(m.notInPlan)}</p>
      {error ? (
        <p className="govuk-error-message" role="alert">
          <span className="govuk-visually-hidden">{t(planWords.errorPrefix)}</span> <ErrorText text={error} />
        </p>
      ) : null}
      <div className="govuk-button-group">
        <Button type="button" secondary busy={mutation.isPending} onClick={() => mutation.mutate(true)}>
          {t.rich(m.add, about)}
        </Button>
        <Button type="button" secondary busy={mutation.isPending} onClick={() => mutation.mutate(false)}>
          {t.rich(m.noThanks, about)}
        </Button>
      </div>
    </div>
  );
}
