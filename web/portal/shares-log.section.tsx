// "Who your information was shared with": every share, newest first: when, who, what kinds, why in plain words, and who decided.
import type { Share } from '../api/sharing.types.ts';
import { formatDateTime } from './portal-format.ts';
import { listInWords } from './sharing-words.ts';

export function SharesLogSection({ shares }: { shares: Share[] }) {
  return (
    <section aria-labelledby="shares-heading" className="umb-section">
      <h2 className="govuk-heading-m" id="shares-heading">
        Who your information was shared with
      </h2>
      <div className="umb-measure">
        <p className="govuk-body">Every time your information is shared, it is written down here, with the reason.</p>
      </div>
      {shares.length === 0 ? (
        <p className="govuk-body">Your information has not been shared with anyone yet.</p>
      ) : (
        <table className="govuk-table umb-stack-table">
          <caption className="govuk-table__caption govuk-table__caption--s">Every share of your information, newest first</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">
                When
              </th>
              <th scope="col" className="govuk-table__header">
                Who
              </th>
              <th scope="col" className="govuk-table__header">
                What kinds
              </th>
              <th scope="col" className="govuk-table__header">
                Why
              </th>
              <th scope="col" className="govuk-table__header">
                Decided by
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
                  <span className="umb-stack-table__label">Who: </span>
                  {share.recipient}
                </td>
                <td className="govuk-table__cell">
                  <span className="umb-stack-table__label">What kinds: </span>
                  {listInWords(share.categories)}
                </td>
                <td className="govuk-table__cell">
                  <span className="umb-stack-table__label">Why: </span>
                  {share.lawfulBasisPlain}
                  {/* The parent's own agreements show their purpose above; other shares say here what they were for. */}
                  {share.via === 'consent' ? null : <span className="umb-share-purpose">What for: {share.purpose}</span>}
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
