// Public face of the notifications module.

export { CHILD_PROTECTION_OR_HIGHER, managerHearsOfLevelChange, managerNotice } from './manager-notices.policy.ts';
export { notifyTeamManagers } from './manager-notices.repo.ts';
export { tellManagersOfOverdueWithholdings } from './manager-notices.service.ts';
export { notifyFamily, parentAccounts } from './notifications.repo.ts';
export { registerNotificationRoutes } from './notifications.routes.ts';
export { mailSomethingNew, mailSomethingNewNow } from './something-new-mail.service.ts';
