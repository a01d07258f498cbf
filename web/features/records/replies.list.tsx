// Replies beside an entry: the parent's view, requests for correction, disagreement and the team's answers (P2).
import type { EntryReply } from '../../api/types.ts';
import { formatDateTime } from '../../ui/time.ts';
import { Written } from '../../ui/written.tsx';
import { KeptNote } from '../words/kept-note.tsx';

type RepliesListProps = { replies: EntryReply[]; headingLevel?: 2 | 3 | 4; hideHeading?: boolean };

export function RepliesList({ replies, headingLevel = 3, hideHeading = false }: RepliesListProps) {
  const Heading = headingLevel === 2 ? 'h2' : headingLevel === 3 ? 'h3' : 'h4';
  return (
    <>
      {hideHeading ? null : <Heading className="govuk-heading-s umb-rec-replies__heading">Replies</Heading>}
      {replies.length === 0 ? (
        <p className="govuk-body-s">No replies yet.</p>
      ) : (
        <ol className="govuk-list umb-rec-replies">
          {replies.map((reply) => (
            <li key={reply.id} className={`umb-rec-reply umb-rec-reply--${reply.kind.replace(/_/g, '-')}`}>
              <p className="govuk-body-s umb-rec-reply__meta">
                <strong>{reply.kindLabel}</strong> from {reply.authorName} ({reply.authorRole}), {formatDateTime(reply.createdAt)}
              </p>
              {/* As the family member wrote it, marked with their language (a note says which when it is not English). */}
              <Written lang={reply.writtenIn} className="govuk-body umb-rec-reply__text">
                {reply.text}
              </Written>
              <KeptNote kept={reply.keptAsWritten} />
            </li>
          ))}
        </ol>
      )}
    </>
  );
}
