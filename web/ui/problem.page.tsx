// Shown when something unexpected fails: says what happened in plain words and what to do next.
import { Link } from '@tanstack/react-router';
import { usePageTitle } from './page-title.ts';

export function ProblemPage({ message }: { message?: string }) {
  usePageTitle('Sorry, there is a problem');
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">Sorry, there is a problem</h1>
        <p className="govuk-body">{message ?? 'Try again in a few minutes.'}</p>
        <p className="govuk-body">
          <Link to="/" className="govuk-link">
            Go back to the start
          </Link>
        </p>
      </div>
    </div>
  );
}
