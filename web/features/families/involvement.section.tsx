// "Involvement with children's services": the current level, the plain explanation the family reads, the history,
// and the link to change it.
import { Link } from '@tanstack/react-router';
import type { FamilyOverview, InvolvementChange } from '../../api/types.ts';
import { formatDate } from '../../ui/format.ts';
import { KeptNote } from '../words/kept-note.tsx';

export function InvolvementSection({ familyId, involvement }: { familyId: string; involvement: FamilyOverview['involvement'] }) {
  const { explanation } = involvement;
  return (
    <section aria-labelledby="involvement-heading" className="umb-section">
      <h2 className="govuk-heading-m" id="involvement-heading">
        Involvement with children’s services
      </h2>
      <p className="govuk-body-l govuk-!-margin-bottom-2">
        <span className="govuk-visually-hidden">Current level: </span>
        <strong>{explanation.title}</strong>
      </p>
      <p className="govuk-body">
        <Link to="/families/$familyId/involvement" params={{ familyId }} className="govuk-link">
          Change the involvement level
        </Link>
      </p>
      <details className="govuk-details">
        <summary className="govuk-details__summary">
          <span className="govuk-details__summary-text">How Umbrella explains this to the family</span>
        </summary>
        <div className="govuk-details__text">
          <InvolvementExplanation explanation={explanation} headingLevel={3} />
        </div>
      </details>
      <InvolvementHistory history={involvement.history} />
    </section>
  );
}

export function InvolvementExplanation({
  explanation,
  headingLevel,
}: {
  explanation: FamilyOverview['involvement']['explanation'];
  headingLevel: 2 | 3 | 4;
}) {
  const Heading = headingLevel === 2 ? 'h2' : headingLevel === 3 ? 'h3' : 'h4';
  return (
    <>
      <Heading className="govuk-heading-s">What it means</Heading>
      <p className="govuk-body">{explanation.whatItMeans}</p>
      <Heading className="govuk-heading-s">What happens next</Heading>
      <p className="govuk-body">{explanation.whatHappensNext}</p>
      <Heading className="govuk-heading-s">Their rights</Heading>
      <p className="govuk-body govuk-!-margin-bottom-0">{explanation.yourRights}</p>
    </>
  );
}

export function InvolvementHistory({ history }: { history: InvolvementChange[] }) {
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
          <tr className="govuk-table__row" key={`${change.startedOn}-${change.level}-${change.note ?? ''}`}>
            <td className="govuk-table__cell umb-nowrap">{formatDate(change.startedOn)}</td>
            <td className="govuk-table__cell">{change.title}</td>
            <td className="govuk-table__cell">
              {change.note ?? ''}
              <KeptNote kept={change.keptAsWritten} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
