// After `vite build`: a brotli and a gzip copy beside every text file of the client, made once at
// build time at the highest levels (too slow per request, free once), so the server sends the
// small copy to a browser that accepts it (serveStatic's `precompressed`; server/src/http/createApp.ts).
// A tablet on a jobcentre's guest Wi-Fi fetches a third of the bytes. node:zlib is Node's own
// brotli and gzip; the walk is the only thing written here.
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";

const dist = path.resolve(import.meta.dirname, "..", "client", "dist");
const TEXT = /\.(js|mjs|css|html|svg|json|txt|map|webmanifest)$/;
// Below this a compressed copy saves less than the headers it adds.
const WORTH_IT_BYTES = 1024;

function* files(dir: string): Generator<string> {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* files(full);
    else if (TEXT.test(entry.name)) yield full;
  }
}

let plain = 0;
let brotli = 0;
let gzip = 0;
for (const file of files(dist)) {
  const content = fs.readFileSync(file);
  if (content.length < WORTH_IT_BYTES) continue;
  const br = zlib.brotliCompressSync(content, {
    params: {
      [zlib.constants.BROTLI_PARAM_QUALITY]: zlib.constants.BROTLI_MAX_QUALITY,
      [zlib.constants.BROTLI_PARAM_SIZE_HINT]: content.length,
    },
  });
  const gz = zlib.gzipSync(content, { level: zlib.constants.Z_BEST_COMPRESSION });
  fs.writeFileSync(`${file}.br`, br);
  fs.writeFileSync(`${file}.gz`, gz);
  plain += content.length;
  brotli += br.length;
  gzip += gz.length;
}
const kib = (bytes: number) => `${(bytes / 1024).toFixed(0)} KiB`;
console.log(`compressed the client: ${kib(plain)} → brotli ${kib(brotli)}, gzip ${kib(gzip)}`);
