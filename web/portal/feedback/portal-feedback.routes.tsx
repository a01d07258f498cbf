// Feedback from a family member (issue 18 §1): answer a request after a contact, visit or meeting, or say anything at any time.
import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { requireFamilyMember } from '../../app/guards.ts';
import type { AppRootRoute } from '../../app/router.tsx';
import { loadLaterMessages } from '../../i18n/i18n.ts';

const GiveFeedbackPage = lazyRouteComponent(() => import('./portal-feedback.page.tsx'), 'GiveFeedbackPage');

export function portalFeedbackRoutes(rootRoute: AppRootRoute) {
  const page = createRoute({
    getParentRoute: () => rootRoute,
    path: '/my-family/feedback',
    beforeLoad: requireFamilyMember,
    // Which request to answer, from its card on "Your family"; without one, the newest open one.
    validateSearch: (search: Record<string, unknown>): { ask?: string } =>
      typeof search.ask === 'string' && search.ask.length <= 100 ? { ask: search.ask } : {},
    // Its words are in the language's later part (web/i18n/messages.plugin.ts): fetched before the page shows.
    loader: () => loadLaterMessages(),
    component: GiveFeedbackPage,
  });
  return [page];
}
