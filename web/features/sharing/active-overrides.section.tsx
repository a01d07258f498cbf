// Safeguarding overrides in force for a family, each with "End now", and the way in to sharing without consent.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { isApiError } from '../../api/client.ts';
import type { ActiveOverride } from '../../api/sharing.types.ts';
import { Button } from '../../ui/button.tsx';
import { Tag } from '../../ui/tag.tsx';
import { formatDateTime } from '../../ui/time.ts';
import { endOverride } from './sharing.api.ts';

export function ActiveOverridesSection({ familyId, overrides }: { familyId: string; overrides: ActiveOverride[] }) {
  return (
    <section aria-labelledby="overrides-heading" className="umb-section">
      <h2 className="govuk-heading-m" id="overrides-heading">
        Sharing without consent
      </h2>
      {overrides.length === 0 ? (
        <p className="govuk-body">No safeguarding override is in force for this family.</p>
      ) : (
        <ul className="govuk-list">
          {overrides.map((override) => (
            <OverrideItem key={override.id} familyId={familyId} override={override} />
          ))}
        </ul>
      )}
      <div className="umb-serious">
        <p className="govuk-body">
          Only when it is necessary to protect a child or prevent serious harm, and asking for consent would not be safe or possible. It
          lasts at most 30 days and an information governance lead reviews it.
        </p>
        <Link to="/families/$familyId/sharing/without-consent" params={{ familyId }} className="govuk-link govuk-!-font-weight-bold">
          Share without consent
        </Link>
      </div>
    </section>
  );
}

function OverrideItem({ familyId, override }: { familyId: string; override: ActiveOverride }) {
  const queryClient = useQueryClient();
  const [error, setError] = useState<string | null>(null);
  const mutation = useMutation({
    mutationFn: () => endOverride(familyId, override.id),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['families', familyId, 'sharing'] }),
    onError: (failure) => setError(isApiError(failure) ? failure.message : 'The override was not ended. Try again.'),
  });
  const title = `${override.categories.join(', ')} to ${override.recipient}`;
  return (
    <li className="umb-share-card">
      <h3 className="govuk-heading-s govuk-!-margin-bottom-2">{title}</h3>
      <p className="govuk-body umb-tags">
        {override.parentTold ? <Tag colour="grey">Parent told</Tag> : <Tag colour="orange">Held back from the parent</Tag>}
        {override.reviewed ? <Tag colour="grey">Reviewed</Tag> : <Tag colour="yellow">Awaiting review</Tag>}
      </p>
      <p className="govuk-body">In force until {formatDateTime(override.endsAt)}.</p>
      {error ? (
        <p className="govuk-error-message" role="alert">
          <span className="govuk-visually-hidden">Error:</span> {error}
        </p>
      ) : null}
      <Button type="button" secondary busy={mutation.isPending} onClick={() => mutation.mutate()}>
        End now<span className="govuk-visually-hidden">: {title}</span>
      </Button>
    </li>
  );
}
