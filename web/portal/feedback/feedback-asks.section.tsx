// On "Your family": a small card for each open request for feedback ("How did the visit with Priya go?") with a way to
// answer and a "Not now" that sets it aside in one tap, never asking why; and the way to tell the team anything.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import type { PortalFeedbackAsk } from '../../../shared/contracts/feedback.ts';
import { loadLaterMessages, type Translate, useLaterMessages, useT } from '../../i18n/i18n.ts';
import { Button } from '../../ui/button.tsx';
import { myFeedback, portalFeedbackQueryKey, skipAsk } from './portal-feedback.api.ts';
import { portalFeedback as m } from './portal-feedback.messages.ts';

/** The question of a card, with the worker's first name when there is one. */
export function askQuestion(t: Translate, ask: Pick<PortalFeedbackAsk, 'aboutKind' | 'workerName'>) {
  if (!ask.workerName) return t(m.askNoName);
  const message = ask.aboutKind === 'visit' ? m.askVisit : ask.aboutKind === 'meeting' ? m.askMeeting : m.askContact;
  return t(message, { name: ask.workerName });
}

export function FeedbackAsksSection() {
  const t = useT();
  // Its words are in the language's later part (web/i18n/messages.plugin.ts): the card shows once both have arrived.
  useLaterMessages();
  const queryClient = useQueryClient();
  const data = useQuery({
    queryKey: portalFeedbackQueryKey,
    queryFn: async ({ signal }) => (await Promise.all([myFeedback(signal), loadLaterMessages()]))[0],
  });
  const skip = useMutation({
    mutationFn: skipAsk,
    onSettled: () => queryClient.invalidateQueries({ queryKey: portalFeedbackQueryKey }),
  });
  // Only for those who can give feedback; nothing is shown while it loads or if it cannot be read.
  if (!data.isSuccess) return null;
  return (
    <section className="umb-feedback-asks" aria-label={t(m.title)}>
      {data.data.asks.slice(0, 3).map((ask) => (
        <div key={ask.id} className="umb-panel govuk-!-margin-bottom-4">
          <h2 className="govuk-heading-s govuk-!-margin-bottom-2">{askQuestion(t, ask)}</h2>
          <div className="govuk-button-group govuk-!-margin-bottom-0">
            <Link to="/my-family/feedback" search={{ ask: ask.id }} className="govuk-button govuk-!-margin-bottom-0" draggable={false}>
              {t(m.answer)}
            </Link>
            <Button secondary type="button" busy={skip.isPending && skip.variables === ask.id} onClick={() => skip.mutate(ask.id)}>
              {t(m.notNow)}
            </Button>
          </div>
        </div>
      ))}
      <p className="govuk-body">
        <Link to="/my-family/feedback" search={{}} className="govuk-link">
          {t(m.title)}
        </Link>
      </p>
    </section>
  );
}
