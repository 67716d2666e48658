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

// 0. The first screen before the wasm runs: the home page in Dutch as static
//    HTML, every page's heading and opening text in both languages as data,
//    and pwa/voorscherm.js, which shows the page the address asks for.
const schermen = JSON.parse(
  fs.readFileSync(path.resolve(path.dirname(new URL(import.meta.url).pathname), "../pwa/voorschermen.json"), "utf8"),
);
const esc = (s) => String(s).replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]);
const nl = schermen.nl;
const home = nl.paginas[""];
const schakel = (tekst, extra = "") => `<span class="schakel${extra}">${esc(tekst)}</span>`;
const voorscherm = `<div id="voorscherm">
<header class="kop"><div class="kop-balk">
<a href="#/" class="merk"><span class="merk-naam" data-vs="naam">${esc(nl.naam)}</span><span class="merk-sub" data-vs="sub">${esc(nl.sub)}</span></a>
<span class="menu-knop" aria-hidden="true"><svg class="icoon icoon-menu" viewBox="0 0 24 24" width="24" height="24" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round"><path d="M4 7h16"/><path d="M4 12h16"/><path d="M4 17h16"/></svg><span data-vs="menu">${esc(nl.menu)}</span></span>
<div class="kop-paneel" hidden>
<nav aria-label="${esc(nl.menuLabel)}"><ul class="menu">${nl.nav.map(([href, naam], i) => `<li><a href="${esc(href)}"${i === 0 ? ' aria-current="page"' : ""}>${esc(naam)}</a></li>`).join("")}</ul></nav>
<div class="instellingen vs-stil" aria-hidden="true"><span class="knoppenrij">${schakel("Nederlands")}${schakel("English")}</span><span class="knoppenrij">${schakel("A", " grootte tekst-normaal")}${schakel("A", " grootte tekst-groot")}${schakel("A", " grootte tekst-groter")}</span></div>
</div></div></header>
<main id="inhoud" tabindex="-1"><article class="pagina"><h1 data-vs="h1">${esc(home.h1)}</h1>
<div class="welkom" data-vs-welkom><p class="intro" data-vs="intro">${esc(home.intro)}</p><a class="knop groot" data-vs="knop" href="${esc(home.knop.href)}">${esc(home.knop.tekst)}</a></div>
<p class="laden" role="status" data-vs="laden">${esc(nl.laden)}</p></article></main>
</div>
<script type="application/json" id="voorschermen">${JSON.stringify(schermen).replace(/</g, "\\u003c")}</script>`;
const plek = /<p class="?laden"? id="?voorscherm"?>[^<]*<\/p>/;
if (!plek.test(html)) throw new Error("the first-screen placeholder was not found in index.html");
html = html.replace(plek, () => voorscherm);

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
// 0b. The texts of each language, by key (issue 14): the wasm holds only the
//     keys. Hashed names, so a browser never pairs this wasm with another
//     build's texts; the loader below names them and fetches the person's
//     language while the wasm still downloads.
const tekstbestanden = {};
for (const taal of ["nl", "en"]) {
  const inhoud = fs.readFileSync(path.resolve(path.dirname(new URL(import.meta.url).pathname), `../pwa/teksten.${taal}.txt`));
  const naam = `teksten-${taal}-${crypto.createHash("sha256").update(inhoud).digest("hex").slice(0, 16)}.txt`;
  fs.writeFileSync(path.join(map, naam), inhoud);
  tekstbestanden[taal] = `./${naam}`;
}
const tekstenVooraf = `window.__spoorwijzerTekstbestanden = ${JSON.stringify(tekstbestanden)};
// pwa/voorscherm.js (in <head>) chose the language; the wasm awaits this fetch.
{
  const taal = window.__spoorwijzerTaal === "en" ? "en" : "nl";
  const tekst = fetch(window.__spoorwijzerTekstbestanden[taal]).then((r) => (r.ok ? r.text() : null), () => null);
  window.__spoorwijzerTekstenVooraf = { taal, tekst };
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
const loader = `window.__spoorwijzerVersie = "${versie}";\n` + tekstenVooraf + inline[1].trim() + "\n" + registratie;
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
