// Precompressed copies for static hosts (issue 14): beside every text or wasm
// file in a build folder, `<file>.br` (brotli, quality 11, large window) and
// `<file>.gz` (gzip -9). nginx serves them with `brotli_static on;` and
// `gzip_static on;` (see README, Hosting), so the host never compresses on the
// fly and every visitor gets the smallest bytes.
//
// Called at the very end of scripts/na-build.mjs (after sw.js is written, so
// the service worker's file list and version never see these files). Not a
// second [[hooks]] entry: Trunk 0.21 runs the hooks of one stage in parallel.
// By hand: `node scripts/comprimeer.mjs dist`.
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import { fileURLToPath } from "node:url";

/** File kinds that compress well; images such as PNG are compressed already. */
export const COMPRIMEERBAAR = [".html", ".js", ".wasm", ".css", ".svg", ".webmanifest", ".json", ".txt"];

/** Is `naam` a precompressed copy written by this script? */
export const isKopie = (naam) => naam.endsWith(".br") || naam.endsWith(".gz");

export const brotli = (data) =>
  zlib.brotliCompressSync(data, {
    params: {
      [zlib.constants.BROTLI_PARAM_QUALITY]: zlib.constants.BROTLI_MAX_QUALITY,
      [zlib.constants.BROTLI_PARAM_LGWIN]: zlib.constants.BROTLI_MAX_WINDOW_BITS,
      [zlib.constants.BROTLI_PARAM_SIZE_HINT]: data.length,
    },
  });
export const gzip = (data) => zlib.gzipSync(data, { level: 9 });

/** Write `.br` and `.gz` beside every compressible file directly in `map`; returns what was done. */
export function comprimeer(map) {
  const uit = [];
  for (const naam of fs.readdirSync(map).sort()) {
    const pad = path.join(map, naam);
    if (isKopie(naam) || !COMPRIMEERBAAR.includes(path.extname(naam)) || !fs.statSync(pad).isFile()) continue;
    const data = fs.readFileSync(pad);
    const br = brotli(data);
    const gz = gzip(data);
    fs.writeFileSync(`${pad}.br`, br);
    fs.writeFileSync(`${pad}.gz`, gz);
    uit.push({ naam, ruw: data.length, br: br.length, gz: gz.length });
  }
  return uit;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const map = process.argv[2];
  if (!map) throw new Error("usage: node scripts/comprimeer.mjs <build folder>");
  for (const f of comprimeer(map)) console.log(`${f.naam}: ${f.ruw} B, gzip ${f.gz} B, brotli ${f.br} B`);
}
