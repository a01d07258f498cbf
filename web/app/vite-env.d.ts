// Vite's browser types (CSS imports, import.meta.env) for the web app only; the server keeps plain Node types.
/// <reference types="vite/client" />
