// "Children's services involvement": what it means, what happens next and your rights, in plain words.
import type { Explanation } from '../api/types.ts';

export function InvolvementPlainSection({ explanation }: { explanation: Explanation }) {
  return (
    <section aria-labelledby="involvement-heading" className="umb-section">
      <h2 className="govuk-heading-m" id="involvement-heading">
        Children’s services involvement
      </h2>
      <p className="govuk-body">
        Right now: <strong>{explanation.title}</strong>
      </p>
      <h3 className="govuk-heading-s">What this means</h3>
      <p className="govuk-body">{explanation.whatItMeans}</p>
      <h3 className="govuk-heading-s">What happens next</h3>
      <p className="govuk-body">{explanation.whatHappensNext}</p>
      <h3 className="govuk-heading-s">Your rights</h3>
      <div className="govuk-inset-text">
        <p className="govuk-body">{explanation.yourRights}</p>
      </div>
    </section>
  );
}
