// Every disclosure of the family's information: when, to whom, which categories, the lawful basis and purpose, and who decided.
import type { Share } from '../../api/sharing.types.ts';
import { formatDateTime } from '../../ui/time.ts';

const VIA: Record<Share['via'], string> = {
  consent: 'Consent',
  override: 'Safeguarding override',
  referral: 'Referral',
  export: 'Subject access export',
  emergency_access: 'Emergency access',
};

export function DisclosuresTable({ shares }: { shares: Share[] }) {
  return (
    <section aria-labelledby="disclosures-heading" className="umb-section">
      <h2 className="govuk-heading-m" id="disclosures-heading">
        Disclosures
      </h2>
      {shares.length === 0 ? (
        <p className="govuk-body">Nothing has been shared beyond the care team’s defaults.</p>
      ) : (
        <table className="govuk-table umb-stack-table">
          <caption className="govuk-table__caption govuk-table__caption--s">Every disclosure, newest first ({shares.length})</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              {['When', 'Recipient', 'Categories', 'Route and lawful basis', 'Purpose', 'Decided by'].map((heading) => (
                <th scope="col" className="govuk-table__header" key={heading}>
                  {heading}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {shares.map((share) => (
              <tr className="govuk-table__row" key={share.id}>
                <th scope="row" className="govuk-table__header">
                  {formatDateTime(share.when)}
                </th>
                <td className="govuk-table__cell">
                  <span className="umb-stack-table__label">Recipient: </span>
                  {share.recipient}
                </td>
                <td className="govuk-table__cell">
                  <span className="umb-stack-table__label">Categories: </span>
                  {share.categories.join(', ')}
                </td>
                <td className="govuk-table__cell">
                  <span className="umb-stack-table__label">Route and lawful basis: </span>
                  {VIA[share.via]}: {share.lawfulBasis}
                </td>
                <td className="govuk-table__cell umb-pre-line">
                  <span className="umb-stack-table__label">Purpose: </span>
                  {share.purpose}
                </td>
                <td className="govuk-table__cell">
                  <span className="umb-stack-table__label">Decided by: </span>
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
