// Vite's browser types (CSS imports, import.meta.env) for the web app only; the server keeps plain Node types.
/// <reference types="vite/client" />

// One language's messages, merged and parsed at build time by web/i18n/messages.plugin.ts.
declare module 'virtual:umbrella-locale/*' {
  const catalogue: import('../../shared/i18n/messages.ts').Catalogue;
  export default catalogue;
}
