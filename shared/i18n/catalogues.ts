// One language's catalogue from its namespace files (shared/i18n/locales/<lang>/<namespace>.json): the rule for reading
// them, shared by the web build step (web/i18n/messages.plugin.ts) and the server (server/i18n/catalogues.ts), which
// each read the files from disk their own way.

/** Adds one namespace file's messages to `out`, ids `<namespace>.<key>`; `$meta` and other `$` keys are notes, not messages. */
export function addNamespace(out: Record<string, string>, where: string, namespace: string, data: Record<string, unknown>): void {
  for (const [key, value] of Object.entries(data)) {
    if (key.startsWith('$')) continue;
    if (typeof value !== 'string') throw new Error(`${where}: "${key}" must be a string`);
    out[`${namespace}.${key}`] = value;
  }
}
