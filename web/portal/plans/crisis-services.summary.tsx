// On the parent's crisis plan page: which parts of her plan crisis services can read, and a link to choose them.
import { Link } from '@tanstack/react-router';
import { sectionTitle } from '../../../shared/domain/plans.ts';
import { useT } from '../../i18n/i18n.ts';
import type { CrisisPlan } from './crisis.api.ts';
import { crisisServices as m } from './crisis-services.messages.ts';
import { sectionTitleIn } from './plan-sections.ts';

export function CrisisServicesSummary({ crisis }: { crisis: CrisisPlan }) {
  const t = useT();
  const parts = crisis.crisisServiceKeys.map((key) => sectionTitleIn(t, key, sectionTitle('wellness', key)));
  return (
    <section aria-labelledby="crisis-services-heading" className="umb-section">
      <h2 className="govuk-heading-m" id="crisis-services-heading">
        {t(m.title)}
      </h2>
      <p className="govuk-body">{t(m.summaryIntro)}</p>
      {parts.length ? (
        <>
          <p className="govuk-body">{t(m.youChose)}</p>
          <ul className="govuk-list govuk-list--bullet">
            {parts.map((part) => (
              <li key={part}>{part}</li>
            ))}
          </ul>
        </>
      ) : (
        <p className="govuk-body">{t(m.noneChosen)}</p>
      )}
      <p className="govuk-body">
        <Link to="/my-plan/crisis/services" className="govuk-link">
          {t(m.choose)}
        </Link>
      </p>
    </section>
  );
}
