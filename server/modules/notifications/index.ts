// Public face of the notifications module.
export { registerNotificationRoutes } from './notifications.routes.ts';
