// The family's replies beside a report or the minutes (issue 17 §2): who wrote each, when, in their words and language.
import type { MeetingReply } from '../../../shared/contracts/meetings.ts';
import { formatDateTime } from '../../ui/time.ts';
import { Written } from '../../ui/written.tsx';

export function Replies({ replies, to }: { replies: readonly MeetingReply[]; to: string }) {
  if (replies.length === 0) return <p className="govuk-body-s">No reply from the family to {to} yet.</p>;
  return (
    <div className="umb-meeting-replies">
      <h4 className="govuk-heading-s">The family’s replies to {to}</h4>
      {replies.map((r) => (
        <div key={r.id}>
          <p className="govuk-body-s govuk-!-margin-bottom-1">
            <strong>{r.name}</strong>, {formatDateTime(r.at)}
          </p>
          <Written lang={r.writtenIn} className="govuk-body umb-meeting-words">
            {r.text}
          </Written>
        </div>
      ))}
    </div>
  );
}
