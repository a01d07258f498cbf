// The replies beside an entry: the parent's own words and the team's answers, oldest first, so they read as a conversation.
import type { ReplyKind } from '../../shared/domain/records.ts';
import type { Message } from '../../shared/i18n/messages.ts';
import { useT } from '../i18n/i18n.ts';
import { Tag, type TagColour } from '../ui/tag.tsx';
import { PROFESSIONALS_WRITE_IN, Written } from '../ui/written.tsx';
import { ExplainedText } from './explained-text.view.tsx';
import type { EntryReply } from './portal.types.ts';
import { formatDateTime } from './portal-format.ts';
import { recordEntry as m } from './record-entry.messages.ts';

const COLOURS: Record<string, TagColour> = { reply: 'default', correction_request: 'yellow', disagree: 'purple', team_answer: 'green' };

/** Each kind of reply in the language shown (shared/domain/records.ts's REPLY_KINDS in English). */
const KIND_WORDS: Record<ReplyKind, Message> = {
  reply: m.reply_reply,
  correction_request: m.reply_correction_request,
  disagree: m.reply_disagree,
  team_answer: m.reply_team_answer,
};

/** A team member's job title as written on their account; a family member's role in the language shown. */
function AuthorRole({ reply }: { reply: EntryReply }) {
  const t = useT();
  if (reply.authorKind === 'parent') return <>{t(m.role_parent)}</>;
  if (reply.authorKind === 'young_person') return <>{t(m.role_young_person)}</>;
  if (!reply.authorJobTitle) return <>{t(m.role_care_team)}</>;
  return (
    <Written as="span" lang={PROFESSIONALS_WRITE_IN} note={false}>
      {reply.authorJobTitle}
    </Written>
  );
}

export function EntryRepliesView({ replies, headingId }: { replies: EntryReply[]; headingId: string }) {
  const t = useT();
  if (replies.length === 0) return null;
  const oldestFirst = [...replies].sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  return (
    <section aria-labelledby={headingId} className="umb-replies">
      <h3 className="govuk-heading-s" id={headingId}>
        {t(m.viewsAndAnswers)}
      </h3>
      <ol className="govuk-list umb-replies__list">
        {oldestFirst.map((reply) => (
          <li key={reply.id} className={`umb-reply${reply.kind === 'team_answer' ? ' umb-reply--team' : ''}`}>
            <p className="govuk-body umb-reply__about">
              <Tag colour={COLOURS[reply.kind] ?? 'default'}>{KIND_WORDS[reply.kind] ? t(KIND_WORDS[reply.kind]) : reply.kindLabel}</Tag>{' '}
              <span className="umb-reply__who">
                <Written as="span" lang={PROFESSIONALS_WRITE_IN} note={false}>
                  {reply.authorName}
                </Written>{' '}
                (<AuthorRole reply={reply} />
                ), {formatDateTime(reply.createdAt)}
              </span>
            </p>
            {/* Everyone's words are shown as they wrote them, in their language; only the team's answers get jargon explained. */}
            {reply.kind === 'team_answer' ? (
              <ExplainedText text={reply.text} lang={reply.writtenIn} />
            ) : (
              <Written lang={reply.writtenIn} className="govuk-body">
                {reply.text}
              </Written>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
