// English of the notifications about needs, support, referrals and asking for help (issue 16 §3): kept as a message id and
// its values (a Phrase), so a family member reads each in their own language; other languages in
// shared/i18n/locales/*/notify-support.json. Translated words (how soon, a contact's way, a day, a referral's step, what
// was shared) go in as keys and are chosen here; names, a service's name and a worker's job title go in as written.
import { defineMessages } from './messages.ts';

export const notifySupport = defineMessages('notify-support', {
  // ---- Asking for help (shared/domain/help.ts) ----
  helpRequested:
    '{asker} has asked for help ({urgency, select, today {today} other {this week}}). Please read it and say what will happen.',
  helpLettingKnow: '{asker} wants you to know how things are. There is no rush, but please read it.',
  worryAboutParentToTeam: '{raiser} has raised a worry about {parent}. Please read it and say what will happen.',
  worryAboutChildrenToTeam: '{raiser} has raised a worry about the children. Please read it and say what will happen.',
  worryRaisedToParent: '{raiser} raised a worry with your key workers. {worker} has read it and will talk it over with you.',
  worryRaisedToParentUnnamed:
    'Someone close to your family raised a worry with your key workers. {worker} has read it and will talk it over with you.',
  helpAcknowledged: '{worker} has read what you sent and says what will happen next.',
  // The moment in London time, in parts the language puts in its own order: "a visit on Tuesday 8 December at 10am".
  helpContactArranged:
    '{worker} has arranged to be in touch with you: {way, select, call {a phone call} text {a text message} visit {a visit} other {a message in Umbrella}} on {weekday, select, mon {Monday} tue {Tuesday} wed {Wednesday} thu {Thursday} fri {Friday} sat {Saturday} other {Sunday}} {day} {month, select, jan {January} feb {February} mar {March} apr {April} may {May} jun {June} jul {July} aug {August} sep {September} oct {October} nov {November} other {December}} at {hour}{minute, select, none {} other {:{minute}}}{half, select, am {am} other {pm}}.',
  helpPassedToAsker: '{from} has asked {to} to help with what you sent, as they are the best person for it.',
  helpPassedToWorker: '{from} has passed you {asker}’s request for help. Please read it and say what will happen.',
  helpEscalated: '{asker}’s request for help has not been answered in time. Please read it and say what will happen.',
  helpEscalatedUnnamed: 'Someone’s request for help has not been answered in time. Please read it and say what will happen.',
  // A duty worker or manager who joins the care team to answer: their job title and team as written.
  careTeamJoined: '{name} ({jobTitle}, {team}) has joined the workers helping your family.',
  careTeamJoinedNoTeam: '{name} ({jobTitle}) has joined the workers helping your family.',

  // ---- Needs and support ----
  needAddedForYou:
    '{worker} wrote down something that would help you, from talking with you. Have a look: if it is not right, you can say so.',
  needAddedFor:
    '{worker} wrote down something that would help {name}, from talking with you. Have a look: if it is not right, you can say so.',
  needNotRight: '{person} said something you wrote down with them is not right. Have a look at what they said.',
  // The support's own words (as written) have finished; or, for a referral, the service's support.
  supportFinishedForYou: '{support} has finished. Did it help? You can say in one tap, and add a few words if you like.',
  supportFinishedFor: '{support} has finished for {name}. Did it help? You can say in one tap, and add a few words if you like.',
  serviceSupportFinishedForYou:
    'Support from {service} has finished. Did it help? You can say in one tap, and add a few words if you like.',
  serviceSupportFinishedFor:
    'Support from {service} has finished for {name}. Did it help? You can say in one tap, and add a few words if you like.',

  // ---- Referrals: general notes always go; each other kind of information is yes or no ----
  referralSentForYou:
    "{by} sent a referral to {service} for you. What was shared with them: general notes{mental_health, select, yes {, mental health} other {}}{childrens_social_care, select, yes {, children's social care} other {}}{health, select, yes {, health} other {}}{education, select, yes {, school and education} other {}}. You can see where it is on your “What would help” page, and what was shared on your sharing page.",
  referralSentFor:
    "{by} sent a referral to {service} for {name}. What was shared with them: general notes{mental_health, select, yes {, mental health} other {}}{childrens_social_care, select, yes {, children's social care} other {}}{health, select, yes {, health} other {}}{education, select, yes {, school and education} other {}}. You can see where it is on your “What would help” page, and what was shared on your sharing page.",
  referralUpdatedForYou:
    'The referral to {service} for you is now: {status, select, sent {sent} accepted {accepted} waiting {on a waiting list} started {started} declined {not taken up} other {finished}}.',
  referralUpdatedFor:
    'The referral to {service} for {name} is now: {status, select, sent {sent} accepted {accepted} waiting {on a waiting list} started {started} declined {not taken up} other {finished}}.',
  // For the worker who referred (their screens are English): the date as they read it.
  referralChase:
    'Your referral of {person} to {service} {status, select, waiting {has been on a waiting list} other {was sent}} since {since} with no news. It may be worth chasing.',
});
