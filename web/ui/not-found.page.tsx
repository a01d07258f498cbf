// "Page not found": shown for unknown addresses and for records the person may not see (the API answers 404 for both).
import { Link } from '@tanstack/react-router';
import { useT } from '../i18n/i18n.ts';
import { usePageTitle } from './page-title.ts';
import { pageWords as m } from './pages.messages.ts';

export function NotFoundPage() {
  const t = useT();
  usePageTitle(t(m.notFound));
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">{t(m.notFound)}</h1>
        <p className="govuk-body">{t(m.typed)}</p>
        <p className="govuk-body">{t(m.pasted)}</p>
        <p className="govuk-body">
          {t.rich(m.goBackToStart, {
            link: (s) => (
              <Link to="/" className="govuk-link">
                {s}
              </Link>
            ),
          })}
        </p>
      </div>
    </div>
  );
}
