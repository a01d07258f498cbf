// Footer on every page: where to get urgent help, which matters more here than any legal small print.
import type { ReactNode } from 'react';
import { useT } from '../i18n/i18n.ts';
import { frame } from './frame.messages.ts';

const telLink = (href: string) => (text: ReactNode[]) => (
  <a className="govuk-footer__link" href={href}>
    {text}
  </a>
);

export function SiteFooter() {
  const t = useT();
  return (
    <footer className="govuk-footer">
      <div className="govuk-width-container">
        <div className="govuk-footer__meta">
          <div className="govuk-footer__meta-item govuk-footer__meta-item--grow">
            <h2 className="govuk-heading-s">{t(frame.helpNow)}</h2>
            <ul className="govuk-list umb-footer__list">
              <li>{t.rich(frame.danger, { tel: telLink('tel:999') })}</li>
              <li>{t.rich(frame.nhs111, { tel: telLink('tel:111') })}</li>
              <li>{t.rich(frame.samaritans, { tel: telLink('tel:116123') })}</li>
            </ul>
            <p className="govuk-body-s umb-footer__about">{t(frame.about)}</p>
          </div>
        </div>
      </div>
    </footer>
  );
}
