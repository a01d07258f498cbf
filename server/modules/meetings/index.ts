// Public face of the meetings module (issue 17 §2): meetings done with the family (an appointment of kind 'meeting' with its
// meetings row), the routes before it (this module) and of its record (record/), the parent's meetings for her copy of her
// information, and what the record builds on: the loader, the policy, the views and each side's answer.
export { familyMeetingView, type MeetingData, workerMeetingView, youngPersonMeetingView } from './meeting-views.ts';
export * from './meetings.policy.ts';
export { registerMeetingRoutes } from './meetings.routes.ts';
export { answerFamily, answerWorker, loadMeeting, type MeetingDeps, staleMeeting } from './meetings-core.ts';
export { meetingsAsSeenBy, youngPersonMeetingsAsSeenBy } from './meetings-portal.service.ts';
export { meetingRecordRoutes } from './record/record.routes.ts';
