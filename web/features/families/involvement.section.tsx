// "Involvement with children's services": the current level, the plain explanation the family reads, and the history.
import type { FamilyOverview, InvolvementChange } from '../../api/types.ts';
import { formatDate } from '../../ui/format.ts';

export function InvolvementSection({ involvement }: { involvement: FamilyOverview['involvement'] }) {
  const { explanation } = involvement;
  return (
    <section aria-labelledby="involvement-heading" className="umb-section">
      <h2 className="govuk-heading-m" id="involvement-heading">
        Involvement with children’s services
      </h2>
      <p className="govuk-body-l">
        <span className="govuk-visually-hidden">Current level: </span>
        <strong>{explanation.title}</strong>
      </p>
      <div className="govuk-inset-text">
        <p className="govuk-body">This is how Umbrella explains it to the family:</p>
        <h3 className="govuk-heading-s">What it means</h3>
        <p className="govuk-body">{explanation.whatItMeans}</p>
        <h3 className="govuk-heading-s">What happens next</h3>
        <p className="govuk-body">{explanation.whatHappensNext}</p>
        <h3 className="govuk-heading-s">Their rights</h3>
        <p className="govuk-body">{explanation.yourRights}</p>
      </div>
      <InvolvementHistory history={involvement.history} />
    </section>
  );
}

function InvolvementHistory({ history }: { history: InvolvementChange[] }) {
  if (history.length === 0) return null;
  const newestFirst = [...history].sort((a, b) => b.startedOn.localeCompare(a.startedOn));
  return (
    <table className="govuk-table govuk-table--small-text-until-tablet">
      <caption className="govuk-table__caption govuk-table__caption--s">History of involvement</caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          <th scope="col" className="govuk-table__header">
            From
          </th>
          <th scope="col" className="govuk-table__header">
            Level
          </th>
          <th scope="col" className="govuk-table__header">
            Note
          </th>
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {newestFirst.map((change) => (
          <tr className="govuk-table__row" key={`${change.startedOn}-${change.level}`}>
            <td className="govuk-table__cell umb-nowrap">{formatDate(change.startedOn)}</td>
            <td className="govuk-table__cell">{change.title}</td>
            <td className="govuk-table__cell">{change.note ?? ''}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
