// Trunk post-build hook (see Trunk.toml). Runs in the staging folder before
// dist/ is written:
// 1. moves Trunk's inline loader <script> into its own file, so the strict
//    Content-Security-Policy needs no 'unsafe-inline' and no per-build hash;
// 2. adds the service-worker registration to that loader;
// 3. writes sw.js with the exact list of built files and a version derived
//    from their contents, so every new build becomes a new offline version.
import fs from "node:fs";
import path from "node:path";
import crypto from "node:crypto";

const map = process.env.TRUNK_STAGING_DIR;
if (!map) throw new Error("TRUNK_STAGING_DIR is not set: run this from Trunk");
const indexPad = path.join(map, "index.html");
let html = fs.readFileSync(indexPad, "utf8");

// A minified index.html writes the attribute without quotes.
const inline = /<script type="?module"?>([\s\S]*?)<\/script>/.exec(html);
if (!inline) throw new Error("Trunk's inline loader was not found in index.html");
const registratie = `
// Offline after the first visit. A new version waits for the next visit and
// tells the app, which shows a short notice.
if ("serviceWorker" in navigator && location.protocol !== "file:") {
  navigator.serviceWorker.register("./sw.js").then((reg) => {
    const meld = () => dispatchEvent(new CustomEvent("spoorwijzer:nieuwe-versie"));
    if (reg.waiting && navigator.serviceWorker.controller) { window.__spoorwijzerNieuweVersie = true; meld(); }
    reg.addEventListener("updatefound", () => {
      const nieuw = reg.installing;
      nieuw?.addEventListener("statechange", () => {
        if (nieuw.state === "installed" && navigator.serviceWorker.controller) { window.__spoorwijzerNieuweVersie = true; meld(); }
      });
    });
  }).catch(() => {});
}
`;
// The version is derived from every built file (index.html still with its
// inline loader), before the loader is written, so the loader can carry it:
// the app shows it on the privacy page, and sw.js names its cache after it.
const bestanden = fs
  .readdirSync(map)
  .filter((f) => f !== "sw.js" && fs.statSync(path.join(map, f)).isFile())
  .sort();
const hash = crypto.createHash("sha256");
for (const f of bestanden) hash.update(f).update(fs.readFileSync(path.join(map, f)));
const versie = hash.digest("hex").slice(0, 16);

// First, so it is set before the wasm starts (the imports are hoisted anyway).
const loader = `window.__spoorwijzerVersie = "${versie}";\n` + inline[1].trim() + "\n" + registratie;
const loaderNaam = `laden-${crypto.createHash("sha256").update(loader).digest("hex").slice(0, 16)}.js`;
fs.writeFileSync(path.join(map, loaderNaam), loader);
html = html.replace(inline[0], `<script type="module" src="./${loaderNaam}"></script>`);
fs.writeFileSync(indexPad, html);

const lijst = ["./", ...bestanden.filter((f) => f !== "index.html").map((f) => `./${f}`), `./${loaderNaam}`];
const sw = fs
  .readFileSync(path.resolve(path.dirname(new URL(import.meta.url).pathname), "../pwa/sw.js"), "utf8")
  .replace("__VERSIE__", versie)
  .replace("__BESTANDEN__", JSON.stringify(lijst));
fs.writeFileSync(path.join(map, "sw.js"), sw);
console.log(`[na-build] loader ${loaderNaam}, sw.js version ${versie}, ${lijst.length} files`);

// ---- Precompressed files (issue 14; scripts/comprimeer.mjs) ----
// Last of all, after sw.js: the version and the service worker's file list
// above never include the .br/.gz copies. Release builds only (`make build`,
// `make run`); a debug build skips the few seconds of brotli.
if (process.env.TRUNK_PROFILE === "release") {
  const { comprimeer } = await import("./comprimeer.mjs");
  const gedaan = comprimeer(map);
  console.log(`[na-build] ${gedaan.length} files precompressed (.br, .gz)`);
}
