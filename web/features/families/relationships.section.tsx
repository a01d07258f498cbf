// "Family map": the genogram and ecomap as a picture, with the relationship sentences right beside it as the
// same information in words (and the place to add or remove a relationship).
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { isApiError } from '../../api/client.ts';
import type { FamilyOverview, Relationship } from '../../api/types.ts';
import { Button } from '../../ui/button.tsx';
import { removeRelationship } from './family-edits.api.ts';
import { FamilyMapFigure } from './family-map.figure.tsx';

type RelationshipsSectionProps = Pick<FamilyOverview, 'households' | 'people' | 'relationships'> & { familyId: string };

export function RelationshipsSection({ familyId, households, people, relationships }: RelationshipsSectionProps) {
  return (
    <section aria-labelledby="relationships-heading" className="umb-section">
      <h2 className="govuk-heading-m" id="relationships-heading">
        Family map and relationships
      </h2>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-full">
          <FamilyMapFigure households={households} people={people} relationships={relationships} />
        </div>
      </div>
      <h3 className="govuk-heading-s" id="relationships-words-heading">
        Relationships in words
      </h3>
      {relationships.length === 0 ? (
        <p className="govuk-body">No relationships have been recorded yet.</p>
      ) : (
        <ul className="govuk-list umb-relationships">
          {relationships.map((relationship) => (
            <RelationshipItem key={relationship.id} familyId={familyId} relationship={relationship} />
          ))}
        </ul>
      )}
      <p className="govuk-body">
        <Link to="/families/$familyId/relationships/new" params={{ familyId }} className="govuk-link">
          Add a relationship
        </Link>
      </p>
    </section>
  );
}

function RelationshipItem({ familyId, relationship }: { familyId: string; relationship: Relationship }) {
  const queryClient = useQueryClient();
  const [confirming, setConfirming] = useState(false);
  const mutation = useMutation({
    mutationFn: () => removeRelationship(familyId, relationship.id),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['families', familyId] }),
  });

  return (
    <li className="umb-relationship">
      <span className="umb-relationship__summary" id={`relationship-${relationship.id}`}>
        {relationship.summary}
      </span>
      {relationship.description ? <span className="govuk-hint umb-relationship__description">{relationship.description}</span> : null}
      {confirming ? (
        <div className="umb-confirm">
          <p className="govuk-body govuk-!-margin-bottom-2">Remove “{relationship.summary}”? Only do this if it was recorded by mistake.</p>
          {mutation.isError ? (
            <p className="govuk-error-message" role="alert">
              <span className="govuk-visually-hidden">Error:</span>{' '}
              {isApiError(mutation.error) ? mutation.error.message : 'We could not remove it. Try again.'}
            </p>
          ) : null}
          <div className="govuk-button-group">
            <Button type="button" className="govuk-button--warning" busy={mutation.isPending} onClick={() => mutation.mutate()}>
              Yes, remove it
            </Button>
            <button type="button" className="govuk-link umb-link-button" onClick={() => setConfirming(false)}>
              Cancel
            </button>
          </div>
        </div>
      ) : (
        // Named "Remove" plus the sentence it removes, without repeating the sentence in the page's text.
        <button
          type="button"
          id={`remove-${relationship.id}`}
          aria-labelledby={`remove-${relationship.id} relationship-${relationship.id}`}
          className="govuk-link umb-link-button umb-relationship__remove"
          onClick={() => setConfirming(true)}
        >
          Remove
        </button>
      )}
    </li>
  );
}
