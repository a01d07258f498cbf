// Words a worker suggested for one section of the parent's own plan: nothing goes in unless the parent chooses "Add to my plan".
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { isApiError } from '../../api/client.ts';
import { Button } from '../../ui/button.tsx';
import { formatDate } from '../../ui/format.ts';
import { decideSuggestion, type PlanDocument, rememberDocument, type Suggestion } from './plans.api.ts';

type SuggestionsProps = { familyId: string; document: PlanDocument; sectionKey: string; sectionTitle: string };

export function Suggestions({ familyId, document, sectionKey, sectionTitle }: SuggestionsProps) {
  const open = document.suggestions.filter((s) => s.sectionKey === sectionKey && s.status === 'open');
  const [answered, setAnswered] = useState<string | null>(null);
  if (open.length === 0 && !answered) return null;
  return (
    <div className="umb-mp-suggestions">
      {answered ? (
        <p className="govuk-body govuk-!-font-weight-bold umb-done" role="status">
          {answered}
        </p>
      ) : null}
      {open.map((suggestion) => (
        <SuggestionCard
          key={suggestion.id}
          familyId={familyId}
          documentId={document.id}
          suggestion={suggestion}
          sectionTitle={sectionTitle}
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
  onAnswered: (message: string) => void;
};

function SuggestionCard({ familyId, documentId, suggestion, sectionTitle, onAnswered }: CardProps) {
  const queryClient = useQueryClient();
  const [error, setError] = useState<string | null>(null);
  const mutation = useMutation({
    mutationFn: (accept: boolean) => decideSuggestion(familyId, documentId, suggestion.id, accept),
    onSuccess: (document, accept) => {
      rememberDocument(queryClient, familyId, document);
      onAnswered(
        accept ? 'The suggestion has been added to your plan. You can change the words.' : 'You said no thanks. Nothing was added.',
      );
    },
    onError: (failure) => {
      if (isApiError(failure) && failure.status === 401) return;
      setError(isApiError(failure) ? failure.message : 'That did not work. Try again in a few minutes.');
    },
  });
  const about = `the suggestion from ${suggestion.suggestedBy} for “${sectionTitle}”`;
  return (
    <div className="umb-mp-suggestion">
      <p className="govuk-body govuk-!-margin-bottom-2">
        <strong>{suggestion.suggestedBy} suggested</strong> on {formatDate(suggestion.createdAt)}:
      </p>
      <blockquote className="umb-mp-suggestion__text umb-pre-line">{suggestion.text}</blockquote>
      <p className="govuk-body-s">This is not in your plan. It only goes in if you choose “Add to my plan”.</p>
      {error ? (
        <p className="govuk-error-message" role="alert">
          <span className="govuk-visually-hidden">Error:</span> {error}
        </p>
      ) : null}
      <div className="govuk-button-group">
        <Button type="button" secondary busy={mutation.isPending} onClick={() => mutation.mutate(true)}>
          Add to my plan<span className="govuk-visually-hidden"> ({about})</span>
        </Button>
        <Button type="button" secondary busy={mutation.isPending} onClick={() => mutation.mutate(false)}>
          No thanks<span className="govuk-visually-hidden"> ({about})</span>
        </Button>
      </div>
    </div>
  );
}
