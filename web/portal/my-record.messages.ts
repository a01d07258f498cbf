// English for "Your record" and its search; other languages in shared/i18n/locales/*/record-page.json.
import { defineMessages } from '../../shared/i18n/messages.ts';

export const recordPage = defineMessages('record-page', {
  title: 'Your record',
  intro: 'What the people working with your family have written about you. The newest is at the top.',
  addYourView:
    'You can add your view to anything here. Your words are kept beside what was written. They are never deleted, and they are shown wherever the entry is shown.',
  olderFailed: 'We could not load older entries. Try again.',
  olderFailedBecause: '{message} Try again.',
  showOlder: 'Show older entries',
  loadingOlder: 'Loading older entries…',
  everythingMatching: 'That is everything that matches your search.',
  everything: 'That is everything in your record.',
  noMatch: 'Nothing in your record matches “{q}”. Try other words.',
  matching: 'Showing entries that match “{q}”.',
  matchingNewestFirst: 'Showing entries that match “{q}”, newest first.',
  empty: 'Nothing has been written in your record yet.',
  searchLabel: 'Search your record',
  searchHint: 'For example, a name, a place or a word like “school”',
  searchButton: 'Search',
  clearSearch: 'Clear the search and show everything',
});
