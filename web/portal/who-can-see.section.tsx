// "Who can see what, and why": for each service in the care team, its people and each kind of information it can see, with the reason.
import type { WhoCanSee } from '../api/sharing.types.ts';
import { useT } from '../i18n/i18n.ts';
import { namesInLanguage } from './family-names.ts';
import { sharingLog as m } from './shares-log.messages.ts';
import { categoryLabel, whyInWords } from './sharing-words.ts';

export function WhoCanSeeSection({ whoCanSee }: { whoCanSee: WhoCanSee[] }) {
  const t = useT();
  return (
    <section aria-labelledby="who-can-see-heading" className="umb-section">
      <h2 className="govuk-heading-m" id="who-can-see-heading">
        {t(m.whoCanSeeHeading)}
      </h2>
      {whoCanSee.length === 0 ? <p className="govuk-body">{t(m.nobodyCanSee)}</p> : <p className="govuk-body">{t(m.eachService)}</p>}
      {whoCanSee.map((service) => (
        <div className="umb-share-card" key={service.organisationId}>
          <h3 className="govuk-heading-s">{service.organisationName}</h3>
          {service.people.length > 0 ? (
            <p className="govuk-body">
              <span className="govuk-!-font-weight-bold">{t(m.whoLabel)}</span>
              {namesInLanguage(t, service.people)}
            </p>
          ) : null}
          <p className="govuk-body govuk-!-font-weight-bold govuk-!-margin-bottom-2">{t(m.whatTheyCanSee)}</p>
          <ul className="govuk-list govuk-list--bullet">
            {service.categories.map((category, index) => (
              // A kind can appear twice for two different reasons (their own work, and your agreement).
              // biome-ignore lint/suspicious/noArrayIndexKey: see above
              <li key={`${category.category}-${index}`}>
                <span className="govuk-!-font-weight-bold">{categoryLabel(category.category, category.label)}</span>:{' '}
                {whyInWords(category.why)}
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
