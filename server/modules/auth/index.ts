// Public face of the auth module: sign-in routes, the per-request session reader, passwords, codes and sessions' end.

export * as authRepo from './auth.repo.ts';
export { type CookieSettings, registerAuthRoutes } from './auth.routes.ts';
export { type AuthDeps, checkSecondFactor, csrfMatches, RATE_WINDOW_MS, resolveSession } from './auth.service.ts';
export { groupInFours, hashSecret, normaliseCode, randomCode } from './one-time-codes.ts';
export { passwordProblem } from './password-strength.ts';
export { hashPassword, verifyPassword, waitAsLongAsACheck } from './passwords.ts';
export { cancelRecoveryCodes, countRecoveryCodes } from './recovery-codes.repo.ts';
export { issueRecoveryCodes } from './recovery-codes.ts';
export { currentTotp, newTotpSecret, otpauthUri, stepAt, TOTP_PERIOD_MS, totpForStep, totpStep } from './totp.ts';
