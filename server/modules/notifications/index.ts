// Public face of the notifications module.

export { notifyFamily, parentAccounts } from './notifications.repo.ts';
export { registerNotificationRoutes } from './notifications.routes.ts';
export { mailSomethingNew, mailSomethingNewNow } from './something-new-mail.service.ts';
