// Trunk post-build hook (see Trunk.toml). Runs in the staging folder before
// dist/ is written:
// 0. writes coach.html, the coach's entry, from Trunk's index.html (see ENTRIES);
// 1. moves Trunk's inline loader <script> of each entry into its own file, so the
//    strict Content-Security-Policy needs no 'unsafe-inline' and no per-build hash;
// 2. adds the service-worker registration to that loader;
// 3. writes sw.js with the exact list of built files (both entries) and a version
//    derived from their contents, so every new build becomes a new offline version.
import fs from "node:fs";
import path from "node:path";
import crypto from "node:crypto";

const map = process.env.TRUNK_STAGING_DIR;
if (!map) throw new Error("TRUNK_STAGING_DIR is not set: run this from Trunk");
const indexPad = path.join(map, "index.html");
let html = fs.readFileSync(indexPad, "utf8");

// ---- The two entries (issue 14, item 3) ----
// index.html is the candidate's; coach.html (the link builder and the shared
// view) is written here from the same page, so both have the same head and
// Content-Security-Policy. Trunk builds the coach's binary from index.html as
// a "worker" (built, not loaded there; see index.html): here it gets a content
// hash in its name, like Trunk's own files, and coach.html loads it instead of
// the candidate's. The coach's style sheet moves from index.html to coach.html.
const sri = (data) => "sha384-" + crypto.createHash("sha384").update(data).digest("base64");
const inhoudHash = (data) => crypto.createHash("sha256").update(data).digest("hex").slice(0, 16);
function hernoemCoachBinary() {
  const wasm = fs.readFileSync(path.join(map, "coach_bg.wasm"));
  const naam = `coach-${inhoudHash(wasm)}`;
  fs.renameSync(path.join(map, "coach_bg.wasm"), path.join(map, `${naam}_bg.wasm`));
  fs.renameSync(path.join(map, "coach.js"), path.join(map, `${naam}.js`));
  return naam;
}
const coachBinary = hernoemCoachBinary();
const coachCss = /<link\b[^>]*\bhref="?\.\/coach-[0-9a-f]{16}\.css"?[^>]*>/;
const kandidaatBinary = /\.\/spoorwijzer-[0-9a-f]{16}(?=(_bg\.wasm|\.js)\b)/g;
function naarCoach(kandidaatHtml) {
  let c = kandidaatHtml.replace(/<html\b/, '<html data-ingang="coach"').replace(kandidaatBinary, `./${coachBinary}`);
  // The preload links carry Trunk's integrity hashes of the candidate's files: give them the coach's.
  c = c.replace(/<link\b[^>]*\bhref="?\.\/(coach-[0-9a-f]{16}(?:_bg\.wasm|\.js))"?[^>]*>/g, (tag, bestand) =>
    tag.replace(/integrity="?sha384-[A-Za-z0-9+/=]+"?/, `integrity="${sri(fs.readFileSync(path.join(map, bestand)))}"`));
  if (!c.includes(`./${coachBinary}.js`) || !c.includes(`./${coachBinary}_bg.wasm`)) throw new Error("coach.html does not load the coach's binary");
  return c;
}
const css = coachCss.exec(html);
if (!css) throw new Error("the coach's style sheet was not found in index.html");
html = html.replace(css[0], "");
const ENTRIES = [
  { bestand: "index.html", html, pagina: "" },
  { bestand: "coach.html", html: naarCoach(html.replace("</head>", `${css[0]}</head>`)), pagina: "coach", ander: "./" },
];

// 0. The first screen before the wasm runs: the entry's first page in Dutch as
//    static HTML, every page's heading and opening text in both languages as
//    data, and pwa/voorscherm.js, which shows the page the address asks for.
//    Links to the other entry's pages name its file (`ander`).
const schermen = JSON.parse(
  fs.readFileSync(path.resolve(path.dirname(new URL(import.meta.url).pathname), "../pwa/voorschermen.json"), "utf8"),
);
const esc = (s) => String(s).replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]);
const nl = schermen.nl;
const schakel = (tekst, extra = "") => `<span class="schakel${extra}">${esc(tekst)}</span>`;
const voorscherm = ({ pagina, ander = "" }) => {
const home = nl.paginas[pagina];
return `<div id="voorscherm">
<header class="kop"><div class="kop-balk">
<a href="${ander}#/" class="merk"><span class="merk-naam" data-vs="naam">${esc(nl.naam)}</span><span class="merk-sub" data-vs="sub">${esc(nl.sub)}</span></a>
<span class="menu-knop" aria-hidden="true"><svg class="icoon icoon-menu" viewBox="0 0 24 24" width="24" height="24" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round"><path d="M4 7h16"/><path d="M4 12h16"/><path d="M4 17h16"/></svg><span data-vs="menu">${esc(nl.menu)}</span></span>
<div class="kop-paneel" hidden>
<nav aria-label="${esc(nl.menuLabel)}"><ul class="menu">${nl.nav.map(([href, naam], i) => `<li><a href="${esc(ander + href)}"${i === 0 && !ander ? ' aria-current="page"' : ""}>${esc(naam)}</a></li>`).join("")}</ul></nav>
<div class="instellingen vs-stil" aria-hidden="true"><span class="knoppenrij">${schakel("Nederlands")}${schakel("English")}</span><span class="knoppenrij">${schakel("A", " grootte tekst-normaal")}${schakel("A", " grootte tekst-groot")}${schakel("A", " grootte tekst-groter")}</span></div>
</div></div></header>
<main id="inhoud" tabindex="-1"><article class="pagina"><h1 data-vs="h1">${esc(home.h1)}</h1>
<div class="welkom" data-vs-welkom><p class="intro" data-vs="intro">${esc(home.intro ?? "")}</p>${home.knop ? `<a class="knop groot" data-vs="knop" href="${esc(home.knop.href)}">${esc(home.knop.tekst)}</a>` : ""}</div>
<p class="laden" role="status" data-vs="laden">${esc(nl.laden)}</p></article></main>
</div>
<script type="application/json" id="voorschermen">${JSON.stringify(schermen).replace(/</g, "\\u003c")}</script>`;
};
const plek = /<p class="?laden"? id="?voorscherm"?>[^<]*<\/p>/;
for (const e of ENTRIES) {
  if (!plek.test(e.html)) throw new Error(`the first-screen placeholder was not found in ${e.bestand}`);
  e.html = e.html.replace(plek, () => voorscherm(e));
}

// A minified index.html writes the attribute without quotes.
const inlineLoader = /<script type="?module"?>([\s\S]*?)<\/script>/;
for (const e of ENTRIES) {
  if (!inlineLoader.test(e.html)) throw new Error(`Trunk's inline loader was not found in ${e.bestand}`);
  fs.writeFileSync(path.join(map, e.bestand), e.html);
}
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
for (const [deel, voor] of [["", "teksten"], ["tijdlijn-", "teksten-tijdlijn"]]) {
  for (const taal of ["nl", "en"]) {
    const inhoud = fs.readFileSync(path.resolve(path.dirname(new URL(import.meta.url).pathname), `../pwa/${voor}.${taal}.txt`));
    const naam = `${voor}-${taal}-${crypto.createHash("sha256").update(inhoud).digest("hex").slice(0, 16)}.txt`;
    fs.writeFileSync(path.join(map, naam), inhoud);
    tekstbestanden[`${deel}${taal}`] = `./${naam}`;
  }
}
// The person's language, and the timeline's texts on its own page (src/services/teksten.rs).
const tekstenVooraf = `window.__spoorwijzerTekstbestanden = ${JSON.stringify(tekstbestanden)};
// pwa/voorscherm.js (in <head>) chose the language; the wasm awaits these fetches.
{
  const taal = window.__spoorwijzerTaal === "en" ? "en" : "nl";
  const haal = (naam) => fetch(window.__spoorwijzerTekstbestanden[naam]).then((r) => (r.ok ? r.text() : null), () => null);
  window.__spoorwijzerTekstenVooraf = { [taal]: haal(taal) };
  if (location.hash === "#/tijdlijn" || location.hash.startsWith("#/tijdlijn/")) window.__spoorwijzerTekstenVooraf["tijdlijn-" + taal] = haal("tijdlijn-" + taal);
}
`;

// The version is derived from every built file (the entries still with their
// inline loaders), before the loader is written, so the loader can carry it:
// the app shows it on the privacy page, and sw.js names its cache after it.
const bestanden = fs
  .readdirSync(map)
  .filter((f) => f !== "sw.js" && fs.statSync(path.join(map, f)).isFile())
  .sort();
const hash = crypto.createHash("sha256");
for (const f of bestanden) hash.update(f).update(fs.readFileSync(path.join(map, f)));
const versie = hash.digest("hex").slice(0, 16);

// First, so it is set before the wasm starts (the imports are hoisted anyway).
const loaders = ENTRIES.map((e) => {
  const inline = inlineLoader.exec(e.html);
  const loader = `window.__spoorwijzerVersie = "${versie}";\n` + tekstenVooraf + inline[1].trim() + "\n" + registratie;
  const loaderNaam = `laden-${crypto.createHash("sha256").update(loader).digest("hex").slice(0, 16)}.js`;
  fs.writeFileSync(path.join(map, loaderNaam), loader);
  fs.writeFileSync(path.join(map, e.bestand), e.html.replace(inline[0], `<script type="module" src="./${loaderNaam}"></script>`));
  return loaderNaam;
});

// Both entries and every file they use: the coach's side opens offline too
// after one visit to either entry.
const lijst = ["./", ...bestanden.filter((f) => f !== "index.html").map((f) => `./${f}`), ...loaders.map((l) => `./${l}`)];
const sw = fs
  .readFileSync(path.resolve(path.dirname(new URL(import.meta.url).pathname), "../pwa/sw.js"), "utf8")
  .replace("__VERSIE__", versie)
  .replace("__BESTANDEN__", JSON.stringify(lijst));
fs.writeFileSync(path.join(map, "sw.js"), sw);
console.log(`[na-build] loaders ${loaders.join(", ")}, sw.js version ${versie}, ${lijst.length} files`);

// ---- Precompressed files (issue 14; scripts/comprimeer.mjs) ----
// Last of all, after sw.js: the version and the service worker's file list
// above never include the .br/.gz copies. Release builds only (`make build`,
// `make run`); a debug build skips the few seconds of brotli.
if (process.env.TRUNK_PROFILE === "release") {
  const { comprimeer } = await import("./comprimeer.mjs");
  const gedaan = comprimeer(map);
  console.log(`[na-build] ${gedaan.length} files precompressed (.br, .gz)`);
}
