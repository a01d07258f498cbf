// English for the charts of check-ins and ratings and their tables; other languages in shared/i18n/locales/*/ui-charts.json.
import { defineMessages } from '../../shared/i18n/messages.ts';

export const chartWords = defineMessages('ui-charts', {
  scale: '0 means: {low}. 10 means: {high}.',
  checkInsNone: 'Your check-ins will be drawn here once you have made one.',
  checkInsCaptionYours: 'Your check-ins over time',
  checkInsCaptionTheirs: '{name}’s check-ins over time',
  checkInsSummaryYours: '{count, plural, one {Your last # check-in.} other {Your last # check-ins.}} The newest, on {date}, was {score}.',
  checkInsSummaryTheirs:
    '{count, plural, one {{name}’s last # check-in.} other {{name}’s last # check-ins.}} The newest, on {date}, was {score}.',
  checkInsShowList: 'Show the check-ins as a list',
  checkInsTableYours: 'Your check-ins',
  checkInsTableTheirs: '{name}’s check-ins',
  day: 'Day',
  number: 'Number',
  words: 'Words',
  whoCouldSee: 'Who could see it',
  onlyYou: 'Only you',
  nobodyRated: 'Nobody has rated this yet.',
  latestOne: '{name} {score} in version {version}',
  latest: 'Latest ratings: {list}. The same numbers are in the table below.',
  version: 'Version {version}',
  versionNow: 'Version {version} (being written now)',
  axisVersion: 'v{version}',
  axisVersionNow: 'v{version} now',
  showRatings: 'Show the ratings as a table',
  person: 'Person',
  notRated: 'Not rated',
});
