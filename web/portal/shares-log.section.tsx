// "Who your information was shared with": every share, newest first: when, who, what kinds, why in plain words, and who decided.
import type { Share } from '../api/sharing.types.ts';
import { useT } from '../i18n/i18n.ts';
import { namesInLanguage } from './family-names.ts';
import { formatDateTime } from './portal-format.ts';
import { sharingLog as m } from './shares-log.messages.ts';
import { basisInWords, categoryFromLabel } from './sharing-words.ts';

export function SharesLogSection({ shares }: { shares: Share[] }) {
  const t = useT();
  return (
    <section aria-labelledby="shares-heading" className="umb-section">
      <h2 className="govuk-heading-m" id="shares-heading">
        {t(m.sharesHeading)}
      </h2>
      <div className="umb-measure">
        <p className="govuk-body">{t(m.sharesIntro)}</p>
      </div>
      {shares.length === 0 ? (
        <p className="govuk-body">{t(m.noShares)}</p>
      ) : (
        <table className="govuk-table umb-stack-table">
          <caption className="govuk-table__caption govuk-table__caption--s">{t(m.caption)}</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">
                {t(m.when)}
              </th>
              <th scope="col" className="govuk-table__header">
                {t(m.who)}
              </th>
              <th scope="col" className="govuk-table__header">
                {t(m.whatKinds)}
              </th>
              <th scope="col" className="govuk-table__header">
                {t(m.why)}
              </th>
              <th scope="col" className="govuk-table__header">
                {t(m.decidedBy)}
              </th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {shares.map((share) => (
              <tr className="govuk-table__row" key={share.id}>
                <th scope="row" className="govuk-table__header umb-nowrap-from-tablet">
                  {formatDateTime(share.when)}
                </th>
                <td className="govuk-table__cell">
                  <span className="umb-stack-table__label">{t(m.whoLabel)}</span>
                  {share.recipient}
                </td>
                <td className="govuk-table__cell">
                  <span className="umb-stack-table__label">{t(m.whatKindsLabel)}</span>
                  {namesInLanguage(t, share.categories.map(categoryFromLabel))}
                </td>
                <td className="govuk-table__cell">
                  <span className="umb-stack-table__label">{t(m.whyLabel)}</span>
                  {basisInWords(share.lawfulBasis, share.lawfulBasisPlain)}
                  {/* The parent's own agreements show their purpose above; other shares say here what they were for. */}
                  {share.via === 'consent' ? null : <span className="umb-share-purpose">{t(m.whatFor, { purpose: share.purpose })}</span>}
                </td>
                <td className="govuk-table__cell">
                  <span className="umb-stack-table__label">{t(m.decidedByLabel)}</span>
                  {share.decidedBy}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
