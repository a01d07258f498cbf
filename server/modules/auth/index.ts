// Public face of the auth module: sign-in routes and the per-request session reader.
export { type CookieSettings, registerAuthRoutes } from './auth.routes.ts';
export { type AuthDeps, checkSecondFactor, csrfMatches, resolveSession } from './auth.service.ts';
export { hashPassword } from './passwords.ts';
export { currentTotp, newTotpSecret, stepAt, TOTP_PERIOD_MS, totpForStep } from './totp.ts';
