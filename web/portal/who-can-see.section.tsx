// "Who can see what, and why": for each service in the care team, its people and each kind of information it can see, with the reason.
import type { WhoCanSee } from '../api/sharing.types.ts';
import { listInWords, withPlainDates } from './sharing-words.ts';

export function WhoCanSeeSection({ whoCanSee }: { whoCanSee: WhoCanSee[] }) {
  return (
    <section aria-labelledby="who-can-see-heading" className="umb-section">
      <h2 className="govuk-heading-m" id="who-can-see-heading">
        Who can see what, and why
      </h2>
      {whoCanSee.length === 0 ? (
        <p className="govuk-body">
          No service is working with your family through Umbrella at the moment, so nobody can see your information.
        </p>
      ) : (
        <p className="govuk-body">
          Each service working with your family can see only some kinds of information. This is what each one can see.
        </p>
      )}
      {whoCanSee.map((service) => (
        <div className="umb-share-card" key={service.organisationId}>
          <h3 className="govuk-heading-s">{service.organisationName}</h3>
          {service.people.length > 0 ? (
            <p className="govuk-body">
              <span className="govuk-!-font-weight-bold">Who: </span>
              {listInWords(service.people)}
            </p>
          ) : null}
          <p className="govuk-body govuk-!-font-weight-bold govuk-!-margin-bottom-2">What they can see:</p>
          <ul className="govuk-list govuk-list--bullet">
            {service.categories.map((category, index) => (
              // A kind can appear twice for two different reasons (their own work, and your agreement).
              // biome-ignore lint/suspicious/noArrayIndexKey: see above
              <li key={`${category.category}-${index}`}>
                <span className="govuk-!-font-weight-bold">{category.label}</span>: {withPlainDates(category.why)}
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
