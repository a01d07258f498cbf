// "Who can see what, and why": for each service in the care team, its people and each kind of information it can see, with the reason.
import type { ReactNode } from 'react';
import type { WhoCanSee } from '../api/sharing.types.ts';
import { type Translate, useT } from '../i18n/i18n.ts';
import { formatDate } from '../ui/format.ts';
import { PROFESSIONALS_WRITE_IN, Written } from '../ui/written.tsx';
import { namesInLanguage } from './family-names.ts';
import { sharingLog as m } from './shares-log.messages.ts';
import { sharingWords as words } from './sharing-words.messages.ts';
import { categoryLabel, whyInWords } from './sharing-words.ts';

type Reason = WhoCanSee['categories'][number];

/** Why a service can see a kind of information, by the reason's key: the family's own purpose shown as they wrote it. */
function reasonInWords(t: Translate, c: Reason): ReactNode {
  switch (c.reason) {
    case 'general':
      return t(words.why_general);
    case 'home':
      return t(words.why_home);
    case 'own_notes':
      return t(words.why_own_notes);
    case 'consent':
      return t.rich(words.why_consent, {
        hasEnd: c.until ? 'yes' : 'no',
        date: c.until ? formatDate(c.until) : '',
        purpose: (
          <Written as="span" note={false} lang={c.purposeWrittenIn ?? PROFESSIONALS_WRITE_IN}>
            {c.purpose ?? ''}
          </Written>
        ),
      });
    case 'override':
      return t(words.why_override, { date: c.until ? formatDate(c.until) : '' });
    default:
      return whyInWords(c.why);
  }
}

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
          <h3 className="govuk-heading-s">
            <Written as="span" note={false} lang={PROFESSIONALS_WRITE_IN}>
              {service.organisationName}
            </Written>
          </h3>
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
                {reasonInWords(t, category)}
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
