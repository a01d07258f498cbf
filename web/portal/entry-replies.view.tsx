// The replies beside an entry: the parent's own words and the team's answers, oldest first, so they read as a conversation.
import { Tag, type TagColour } from '../ui/tag.tsx';
import { ExplainedText } from './explained-text.view.tsx';
import type { EntryReply } from './portal.types.ts';
import { formatDateTime } from './portal-format.ts';

const COLOURS: Record<string, TagColour> = { reply: 'default', correction_request: 'yellow', disagree: 'purple', team_answer: 'green' };

export function EntryRepliesView({ replies, headingId }: { replies: EntryReply[]; headingId: string }) {
  if (replies.length === 0) return null;
  const oldestFirst = [...replies].sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  return (
    <section aria-labelledby={headingId} className="umb-replies">
      <h3 className="govuk-heading-s" id={headingId}>
        Views and answers
      </h3>
      <ol className="govuk-list umb-replies__list">
        {oldestFirst.map((reply) => (
          <li key={reply.id} className={`umb-reply${reply.kind === 'team_answer' ? ' umb-reply--team' : ''}`}>
            <p className="govuk-body umb-reply__about">
              <Tag colour={COLOURS[reply.kind] ?? 'default'}>{reply.kindLabel}</Tag>{' '}
              <span className="umb-reply__who">
                {reply.authorName} ({reply.authorRole}), {formatDateTime(reply.createdAt)}
              </span>
            </p>
            {/* The family's own words are shown as they wrote them; only the team's answers get jargon explained. */}
            {reply.kind === 'team_answer' ? <ExplainedText text={reply.text} /> : <p className="govuk-body umb-written">{reply.text}</p>}
          </li>
        ))}
      </ol>
    </section>
  );
}
