// Footer on every page: where to get urgent help, which matters more here than any legal small print.
export function SiteFooter() {
  return (
    <footer className="govuk-footer">
      <div className="govuk-width-container">
        <div className="govuk-footer__meta">
          <div className="govuk-footer__meta-item govuk-footer__meta-item--grow">
            <h2 className="govuk-heading-s">If you need help now</h2>
            <ul className="govuk-list umb-footer__list">
              <li>
                If someone is in danger, call{' '}
                <a className="govuk-footer__link" href="tel:999">
                  999
                </a>
                .
              </li>
              <li>
                For urgent mental health help, call{' '}
                <a className="govuk-footer__link" href="tel:111">
                  NHS 111
                </a>{' '}
                and choose the mental health option.
              </li>
              <li>
                To talk to someone at any time, call Samaritans free on{' '}
                <a className="govuk-footer__link" href="tel:116123">
                  116 123
                </a>
                .
              </li>
            </ul>
            <p className="govuk-body-s umb-footer__about">
              Umbrella is one shared family recovery record for families and the people who work with them.
            </p>
          </div>
        </div>
      </div>
    </footer>
  );
}
