// On a family's page: the requests for help and raised worries this worker reads (server/access/help-access.ts), newest
// first, with whether each has been answered.
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { HELP_URGENCY_WORDS, momentInWords } from '../../../shared/domain/help.ts';
import { Tag } from '../../ui/tag.tsx';
import { helpRequestsQuery } from './help.api.ts';

export function HelpRequestsSection({ familyId }: { familyId: string }) {
  const list = useQuery(helpRequestsQuery(familyId));
  const requests = list.data?.requests ?? [];
  return (
    <section aria-labelledby="help-requests-heading">
      <h2 className="govuk-heading-m" id="help-requests-heading">
        Requests for help
      </h2>
      <p className="govuk-body">
        You see the requests sent or passed to you. A key worker also sees the parent’s requests and worries raised about the family.
      </p>
      {list.isSuccess && requests.length === 0 ? <p className="govuk-body">There are no requests for help for you here.</p> : null}
      <ul className="govuk-list govuk-list--spaced">
        {requests.map((r) => (
          <li key={r.id}>
            <Link to="/families/$familyId/help/$requestId" params={{ familyId, requestId: r.id }} className="govuk-link">
              {r.kind === 'worry' ? `${r.askedBy} raised a worry` : `${r.askedBy} asked for help`}
            </Link>{' '}
            <span className="govuk-body-s">
              {momentInWords(r.createdAt)} · {HELP_URGENCY_WORDS[r.urgency]}
            </span>{' '}
            {r.acknowledged ? (
              <Tag colour="green">Answered by {r.acknowledged.by}</Tag>
            ) : r.overdue ? (
              <Tag colour="red">Not answered in time</Tag>
            ) : (
              <Tag colour="yellow">Waiting for an answer</Tag>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
