// Shown when something unexpected fails: says what happened in plain words and what to do next.
import { Link } from '@tanstack/react-router';
import { useT } from '../i18n/i18n.ts';
import { usePageTitle } from './page-title.ts';
import { pageWords as m } from './pages.messages.ts';

export function ProblemPage({ message }: { message?: string }) {
  const t = useT();
  usePageTitle(t(m.problem));
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">{t(m.problem)}</h1>
        <p className="govuk-body">{message ?? t(m.tryAgain)}</p>
        <p className="govuk-body">
          <Link to="/" className="govuk-link">
            {t(m.backToStart)}
          </Link>
        </p>
      </div>
    </div>
  );
}
