// Types of pglite-open.mjs (plain JavaScript, as the worker that uses it is loaded without a TypeScript loader).
import type { PGlite } from '@electric-sql/pglite';

export declare const DURABLE_START_PARAMS: string[];
export declare function openPGlite(options: { dataDir?: string; loadDataDir?: Blob; durable?: boolean }): Promise<PGlite>;
