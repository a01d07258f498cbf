// "Page not found": shown for unknown addresses and for records the person may not see (the API answers 404 for both).
import { Link } from '@tanstack/react-router';
import { usePageTitle } from './page-title.ts';

export function NotFoundPage() {
  usePageTitle('Page not found');
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">Page not found</h1>
        <p className="govuk-body">If you typed the web address, check it is correct.</p>
        <p className="govuk-body">If you pasted the web address, check you copied the entire address.</p>
        <p className="govuk-body">
          You can{' '}
          <Link to="/" className="govuk-link">
            go back to the start
          </Link>
          .
        </p>
      </div>
    </div>
  );
}
