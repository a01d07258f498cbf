// HTTP header names both sides use; no zod here, so the web app can import them without the schemas.

/** On the web app's own polling (notifications, the idle check): such a request is not use, so it never keeps an idle session alive. */
export const BACKGROUND_REQUEST_HEADER = 'x-umbrella-background';
