// "Relationships": who is who to whom, as readable sentences.
import type { Relationship } from '../../api/types.ts';

export function RelationshipsSection({ relationships }: { relationships: Relationship[] }) {
  return (
    <section aria-labelledby="relationships-heading" className="umb-section">
      <h2 className="govuk-heading-m" id="relationships-heading">
        Relationships
      </h2>
      {relationships.length === 0 ? (
        <p className="govuk-body">No relationships have been recorded yet.</p>
      ) : (
        <ul className="govuk-list govuk-list--bullet">
          {relationships.map((relationship) => (
            <li key={relationship.id}>
              {relationship.summary}
              {relationship.description ? (
                <span className="govuk-hint umb-relationship__description">{relationship.description}</span>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
