// Public face of the feedback module: its routes, making a request for feedback inside another module's transaction, and
// a person's own feedback for their subject access export.

export { registerFeedbackRoutes } from './feedback.routes.ts';
export { feedbackGivenBy } from './feedback.service.ts';
export { type AskAfter, askForFeedback } from './feedback-asks.service.ts';
