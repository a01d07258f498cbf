// Writes a .gz (zlib level 9) and a .br (Brotli, best quality) beside each text file of the built web app, so the
// server sends them ready-compressed (@fastify/static preCompressed). Run by the Vite build; by hand: tsx scripts/precompress.ts [dir]
import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import zlib from 'node:zlib';

const gzip = promisify(zlib.gzip);
const brotli = promisify(zlib.brotliCompress);

/** Files worth compressing; fonts and images are compressed already. */
const COMPRESSIBLE = /\.(?:html|js|mjs|css|json|map|svg|txt|xml|webmanifest)$/;

async function filesIn(dir: string): Promise<string[]> {
  const entries = await fs.readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile() && COMPRESSIBLE.test(e.name)).map((e) => path.join(e.parentPath, e.name));
}

/** Compresses one file both ways; a compressed copy that is not smaller is not written (the server then sends the file as it is). */
export async function precompressFile(file: string): Promise<{ file: string; bytes: number; gzip?: number; brotli?: number }> {
  const content = await fs.readFile(file);
  const [gz, br] = await Promise.all([
    gzip(content, { level: zlib.constants.Z_BEST_COMPRESSION }),
    brotli(content, {
      params: {
        [zlib.constants.BROTLI_PARAM_QUALITY]: zlib.constants.BROTLI_MAX_QUALITY,
        [zlib.constants.BROTLI_PARAM_MODE]: zlib.constants.BROTLI_MODE_TEXT,
        [zlib.constants.BROTLI_PARAM_SIZE_HINT]: content.length,
      },
    }),
  ]);
  const result: { file: string; bytes: number; gzip?: number; brotli?: number } = { file, bytes: content.length };
  for (const [ext, data] of [
    ['.gz', gz],
    ['.br', br],
  ] as const) {
    const target = `${file}${ext}`;
    if (data.length < content.length) {
      await fs.writeFile(target, data);
      result[ext === '.gz' ? 'gzip' : 'brotli'] = data.length;
    } else {
      await fs.rm(target, { force: true }); // never leave a stale copy from an earlier build
    }
  }
  return result;
}

/** Every compressible file under `dir`, compressed in parallel. */
export async function precompressDir(dir: string) {
  return Promise.all((await filesIn(dir)).map(precompressFile));
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dir = path.resolve(process.argv[2] ?? 'dist/web');
  const results = await precompressDir(dir);
  const total = (key: 'bytes' | 'gzip' | 'brotli') => results.reduce((sum, r) => sum + (r[key] ?? r.bytes), 0);
  process.stdout.write(
    `Compressed ${results.length} files in ${dir}: ${total('bytes')} bytes, ${total('gzip')} gzipped, ${total('brotli')} with Brotli.\n`,
  );
}
