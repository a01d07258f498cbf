// "Children not yet asked about": a prominent prompt (P6) for each adult known to mental health services whose
// children and other dependants nobody has recorded yet, with the two ways to answer it.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { isApiError } from '../../api/client.ts';
import type { FamilyOverview } from '../../api/types.ts';
import { Button } from '../../ui/button.tsx';
import { LinkButton } from '../../ui/link-button.tsx';
import { recordAskedNoDependants } from './family-edits.api.ts';

type Prompt = FamilyOverview['childrenNotAskedAbout'][number];

export function ChildrenNotAskedPrompt({ familyId, prompts }: { familyId: string; prompts: Prompt[] }) {
  if (prompts.length === 0) return null;
  return (
    <section className="govuk-notification-banner umb-prompt" aria-labelledby="children-not-asked-title">
      <div className="govuk-notification-banner__header">
        <h2 className="govuk-notification-banner__title" id="children-not-asked-title">
          Important
        </h2>
      </div>
      <div className="govuk-notification-banner__content">
        {prompts.map((prompt) => (
          <PromptForPerson key={prompt.personId} familyId={familyId} prompt={prompt} />
        ))}
      </div>
    </section>
  );
}

function PromptForPerson({ familyId, prompt }: { familyId: string; prompt: Prompt }) {
  const queryClient = useQueryClient();
  const [problem, setProblem] = useState<string | null>(null);
  const mutation = useMutation({
    mutationFn: () => recordAskedNoDependants(familyId, prompt.personId),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['families'] }),
    onError: (error) => setProblem(isApiError(error) ? error.message : 'We could not save that. Try again.'),
  });

  return (
    <div className="umb-prompt__person">
      <p className="govuk-notification-banner__heading">Children not yet asked about: {prompt.name}</p>
      <p className="govuk-body">
        {prompt.name} is known to adult mental health services. Nobody has recorded yet whether they have children, or anyone else who
        depends on them. Ask them, then record the answer here.
      </p>
      {problem ? (
        <p className="govuk-error-message" role="alert">
          <span className="govuk-visually-hidden">Error:</span> {problem}
        </p>
      ) : null}
      <div className="govuk-button-group">
        <LinkButton to="/families/$familyId/people/new" params={{ familyId }} search={{ kind: 'child', childOf: prompt.personId }}>
          Add a child<span className="govuk-visually-hidden"> of {prompt.name}</span>
        </LinkButton>
        <Button type="button" secondary busy={mutation.isPending} onClick={() => mutation.mutate()}>
          Asked: no children or other dependants<span className="govuk-visually-hidden"> ({prompt.name})</span>
        </Button>
      </div>
    </div>
  );
}
