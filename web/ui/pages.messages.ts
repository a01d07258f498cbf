// English for the pages and parts every screen may show (page not found, a problem, loading, the error summary); other
// languages in shared/i18n/locales/*/ui-pages.json. In the first load, so kept short.
import { defineMessages } from '../../shared/i18n/messages.ts';

export const pageWords = defineMessages('ui-pages', {
  notFound: 'Page not found',
  typed: 'If you typed the web address, check it is correct.',
  pasted: 'If you pasted the web address, check you copied the entire address.',
  goBackToStart: 'You can <link>go back to the start</link>.',
  problem: 'Sorry, there is a problem',
  tryAgain: 'Try again in a few minutes.',
  backToStart: 'Go back to the start',
  loading: 'Loading…',
  thereIsAProblem: 'There is a problem',
  pageTitle: '{title} – Umbrella',
  pageTitleWithError: 'Error: {title} – Umbrella',
});
