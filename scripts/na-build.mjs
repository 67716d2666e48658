// Trunk post-build hook (see Trunk.toml). Runs in the staging folder before
// dist/ is written:
// 0. writes the other entries' files (tijdlijn.html, delen.html, coach.html) from
//    Trunk's index.html, as pwa/ingangen.json lists them (see ENTRIES);
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
const bron = (p) => path.resolve(path.dirname(new URL(import.meta.url).pathname), "..", p);

// The entries and addresses, generated from src/ui/route.rs (`Ingang`, `Route`)
// by `make teksten`: each entry's file, binary, own style sheets and text part.
const DATA = JSON.parse(fs.readFileSync(bron("pwa/ingangen.json"), "utf8"));
const KANDIDAAT = DATA.ingangen.find((i) => i.adres === "./");
const ANDEREN = DATA.ingangen.filter((i) => i !== KANDIDAAT);

// The first screens (src/content/voorscherm.rs): each entry's file per language,
// split here into one small file per group of pages (the first segment of the
// address: home, a module's intro, first step and later steps, the profile…),
// so a coach link to a module step or an English first visit fetches only that
// group (about 3 KB gzipped), not the entry's every page (issue 26, item 4).
// Each group file also carries the empty frame (`leeg`: a later step, an address
// of another group of the entry). One content hash per entry and language names
// all its group files; pwa/voorscherm.js appends the group.
const schermen = {};
const schermBestanden = {};
const schermGroepen = {};
const groepBestanden = {};
const groepVan = (pad) => pad.split("/")[1] || "";
for (const { binary } of DATA.ingangen) {
  schermen[binary] = {};
  schermBestanden[binary] = {};
  groepBestanden[binary] = [];
  for (const taal of ["nl", "en"]) {
    const inhoud = fs.readFileSync(bron(`pwa/voorscherm/${binary}.${taal}.json`));
    const s = JSON.parse(inhoud);
    schermen[binary][taal] = s;
    const voor = `voorscherm-${binary}-${taal}-${crypto.createHash("sha256").update(inhoud).digest("hex").slice(0, 16)}`;
    const groepen = [...new Set(Object.keys(s.paginas).map(groepVan))].sort();
    if (!groepen.includes("niet-gevonden")) throw new Error(`${binary}.${taal}: no "not found" page for unknown addresses`);
    if (schermGroepen[binary] && schermGroepen[binary].join() !== groepen.join()) throw new Error(`${binary}: other pages in ${taal}`);
    schermGroepen[binary] = groepen;
    for (const g of groepen) {
      const paginas = Object.fromEntries(Object.entries(s.paginas).filter(([p]) => groepVan(p) === g));
      const naam = `${voor}-${g || "start"}.json`;
      fs.writeFileSync(path.join(map, naam), JSON.stringify({ leeg: s.leeg, ingebed: s.ingebed, paginas }));
      groepBestanden[binary].push(naam);
    }
    schermBestanden[binary][taal] = `./${voor}`;
  }
}
// The first screen's tables (address -> entry; the files), written into pwa/voorscherm.js.
{
  const pad = path.join(map, "voorscherm.js");
  const js = fs.readFileSync(pad, "utf8");
  if (!js.includes("__INGANGEN__") || !js.includes("__VOORSCHERMEN__")) throw new Error("voorscherm.js has no place for its tables");
  const k = schermen[KANDIDAAT.binary];
  // Per entry, the pages that show what a person stored (both languages).
  const persoonlijk = Object.fromEntries(Object.entries(schermen).map(([bin, s]) => [bin, [...new Set([...s.nl.persoonlijk, ...s.en.persoonlijk])].sort()]));
  const tabel = { bestanden: schermBestanden, groepen: schermGroepen, persoonlijk, teksten: { nl: k.nl.teksten, en: k.en.teksten }, icoon: k.nl.icoon };
  fs.writeFileSync(pad, js.replace("__INGANGEN__", () => JSON.stringify(DATA.eersteSegment)).replace("__VOORSCHERMEN__", () => JSON.stringify(tabel)));
}

// ---- Smaller JavaScript (issue 14) ----
// Trunk's own minifier gives up on wasm-bindgen's glue (`export default`), so
// terser (pinned in package.json) minifies each binary's glue and the first-screen
// script here, before any file is hashed, signed (integrity) or listed for sw.js.
{
  const { minify } = await import("terser");
  const isGlue = new RegExp(`^(${KANDIDAAT.binary}-[0-9a-f]+|${ANDEREN.map((i) => i.binary).join("|")})\\.js$`);
  const glue = fs.readdirSync(map).filter((f) => isGlue.test(f));
  if (glue.length !== DATA.ingangen.length) throw new Error(`expected the glue of ${DATA.ingangen.length} binaries, found ${glue.join(", ")}`);
  for (const f of [...glue, "voorscherm.js", "voorlezen.js"]) {
    const pad = path.join(map, f);
    const uit = await minify(fs.readFileSync(pad, "utf8"), { module: f !== "voorscherm.js", compress: { passes: 2 }, format: { comments: false } });
    fs.writeFileSync(pad, uit.code);
  }
}

// ---- The entries (issue 14) ----
// index.html is the candidate's start; tijdlijn.html, delen.html and coach.html
// are written here from the same page, so all have the same head and
// Content-Security-Policy (src/ui/route.rs, Ingang, says which page lives where).
// Trunk builds their binaries from index.html as "workers" (built, not loaded
// there; see index.html): here each gets a content hash in its name, like
// Trunk's own files, and its entry loads it instead of the candidate's. A style
// sheet used by one entry only moves from index.html to that entry.
const inhoudHash = (data) => crypto.createHash("sha256").update(data).digest("hex").slice(0, 16);
function hernoemBinary(bin) {
  const wasm = fs.readFileSync(path.join(map, `${bin}_bg.wasm`));
  const naam = `${bin}-${inhoudHash(wasm)}`;
  fs.renameSync(path.join(map, `${bin}_bg.wasm`), path.join(map, `${naam}_bg.wasm`));
  fs.renameSync(path.join(map, `${bin}.js`), path.join(map, `${naam}.js`));
  return naam;
}
// Trunk writes its content hash without leading zeros: 15 hex digits in one build of 16.
const kandidaatBinary = new RegExp(`\\./${KANDIDAAT.binary}-[0-9a-f]+(?=(_bg\\.wasm|\\.js)\\b)`, "g");
// Trunk's preload links go: the wasm and its glue are fetched once the first
// screen is painted (see naEersteScherm below).
const preload = /<link\b[^>]*\brel="?(?:modulepreload|preload)"?[^>]*>/g;
function naarEntry(kandidaatHtml, bin, binary) {
  const c = kandidaatHtml.replace(/<html\b/, `<html data-ingang="${bin}"`).replace(kandidaatBinary, `./${binary}`);
  if (!c.includes(`./${binary}.js`) || !c.includes(`./${binary}_bg.wasm`)) throw new Error(`${bin}.html does not load its own binary`);
  return c;
}
// The style sheets every entry loads become one file: one request fewer before
// the first paint, and one gzip stream compresses better than two (430 bytes
// fewer on the first load). Their order in index.html is kept; the file gets a
// content hash in its name and its own SRI hash, as Trunk gives its files.
{
  const eigen = new Set(DATA.ingangen.flatMap((i) => i.eigenCss));
  // [tag, file, sheet]: `<link … href=./app-<hash>.css …>`, "app-<hash>.css", "app".
  const links = [...html.matchAll(/<link\b[^>]*\bhref="?\.\/(([\w-]+)-[0-9a-f]+\.css)"?[^>]*>/g)].filter((m) => !eigen.has(m[2]));
  if (links.length < 2 || links[0][2] !== "app") throw new Error(`expected app.css and more shared style sheets in index.html, found ${links.map((m) => m[2]).join(", ")}`);
  const inhoud = Buffer.from(links.map((m) => fs.readFileSync(path.join(map, m[1]), "utf8")).join("\n"));
  const naam = `app-${inhoudHash(inhoud)}.css`;
  for (const m of links) fs.rmSync(path.join(map, m[1]));
  fs.writeFileSync(path.join(map, naam), inhoud);
  const integriteit = `sha384-${crypto.createHash("sha384").update(inhoud).digest("base64")}`;
  html = html.replace(links[0][0], `<link href=./${naam} integrity=${integriteit} rel=stylesheet>`);
  for (const m of links.slice(1)) html = html.replace(m[0], "");
}
// Style sheets of some entries only: out of index.html, into those entries.
const losCss = {};
const uitIndex = new Set();
for (const ingang of DATA.ingangen) {
  losCss[ingang.binary] = ingang.eigenCss.map((naam) => {
    const css = new RegExp(`<link\\b[^>]*\\bhref="?\\./${naam}-[0-9a-f]+\\.css"?[^>]*>`).exec(html);
    if (!css) throw new Error(`the style sheet ${naam}.css was not found in index.html`);
    uitIndex.add(css[0]);
    return css[0];
  });
}
for (const tag of uitIndex) html = html.replace(tag, "");
const ENTRIES = [{ bestand: KANDIDAAT.html, html, pagina: "", eigen: KANDIDAAT.adres }];
for (const { binary: bin, html: bestand, adres } of ANDEREN) {
  const binary = hernoemBinary(bin);
  const metCss = losCss[bin].length ? html.replace("</head>", `${losCss[bin].join("")}</head>`) : html;
  ENTRIES.push({ bestand, html: naarEntry(metCss, bin, binary), pagina: bin, eigen: adres });
}

// 0. The first screen before the wasm runs (issue 26): the pages the app's own
//    components rendered at build time (src/content/voorscherm.rs, as element
//    trees in pwa/voorscherm/<binary>.<language>.json). The entry's own first
//    page in Dutch goes into its HTML here; pwa/voorscherm.js picks any other
//    page, language or text size from the entry's file of that language.
const esc = (s) => String(s).replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]);
const LEEG = new Set(["area", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "wbr"]);
const alsHtml = (k) => {
  if (typeof k === "string") return esc(k);
  const [naam, attrs, ...kinderen] = k;
  const a = Object.entries(attrs).map(([n, w]) => (w === "" ? ` ${n}` : ` ${n}="${esc(w)}"`)).join("");
  return LEEG.has(naam) ? `<${naam}${a}>` : `<${naam}${a}>${kinderen.map(alsHtml).join("")}</${naam}>`;
};
const plek = /<p class="?laden"? id="?voorscherm"?>[^<]*<\/p>/;
for (const e of ENTRIES) {
  const bin = e.pagina || KANDIDAAT.binary;
  const s = schermen[bin].nl;
  if (!plek.test(e.html)) throw new Error(`the first-screen placeholder was not found in ${e.bestand}`);
  e.html = e.html.replace(plek, () => `<div id="voorscherm">${s.paginas[s.eigen].map(alsHtml).join("")}</div>`);
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
// The page requires Trusted Types (require-trusted-types-for 'script'), and a
// service worker's address is a script URL: this one policy, the only one the
// policy allows (trusted-types spoorwijzer-sw), vouches for "./sw.js" and nothing else.
if ("serviceWorker" in navigator && location.protocol !== "file:") {
  const adres = window.trustedTypes
    ? trustedTypes.createPolicy("spoorwijzer-sw", { createScriptURL: (u) => { if (u !== "./sw.js") throw new TypeError("not the service worker: " + u); return u; } }).createScriptURL("./sw.js")
    : "./sw.js";
  navigator.serviceWorker.register(adres).then((reg) => {
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
for (const [code, voor] of Object.entries(DATA.tekstdelen)) {
  const deel = code === "basis" ? "" : `${code}-`;
  for (const taal of ["nl", "en"]) {
    const inhoud = fs.readFileSync(bron(`pwa/${voor}.${taal}.txt`));
    const naam = `${voor}-${taal}-${crypto.createHash("sha256").update(inhoud).digest("hex").slice(0, 16)}.txt`;
    fs.writeFileSync(path.join(map, naam), inhoud);
    tekstbestanden[`${deel}${taal}`] = `./${naam}`;
  }
}
// 0c. ESCO's occupations (issue 27, pwa/beroepen/, written by scripts/esco.mjs): hashed names like the
//     texts, named only in the loader of beroepen.html (so no other entry's loader grows), which starts
//     the index's fetch on #/beroepen while its wasm downloads (src/services/beroepen.rs).
const beroepenBestanden = {};
for (const f of fs.readdirSync(bron("pwa/beroepen")).filter((f) => /^[a-z0-9-]+\.nl\.txt$/.test(f)).sort()) {
  const inhoud = fs.readFileSync(bron(`pwa/beroepen/${f}`));
  const stam = f.replace(/\.nl\.txt$/, "");
  const naam = `beroepen-${stam}-nl-${crypto.createHash("sha256").update(inhoud).digest("hex").slice(0, 16)}.txt`;
  fs.writeFileSync(path.join(map, naam), inhoud);
  beroepenBestanden[stam] = `./${naam}`;
}
if (!beroepenBestanden.index) throw new Error("pwa/beroepen/index.nl.txt is missing: run node scripts/esco.mjs");
const beroepenVooraf = `window.__spoorwijzerBeroepen = ${JSON.stringify(beroepenBestanden)};
if (location.hash === "#/beroepen" || location.hash.startsWith("#/beroepen/") || location.hash.startsWith("#/beroepen?"))
  window.__spoorwijzerBeroepen.vooraf = fetch(window.__spoorwijzerBeroepen.index).then((r) => (r.ok ? r.text() : null), () => null);
`;

// The person's language, and the timeline's texts on its own page (src/services/teksten.rs).
const tekstenVooraf = `window.__spoorwijzerTekstbestanden = ${JSON.stringify(tekstbestanden)};
// pwa/voorscherm.js (in <head>) chose the language; the wasm awaits these fetches.
{
  const taal = window.__spoorwijzerTaal === "en" ? "en" : "nl";
  const haal = (naam) => fetch(window.__spoorwijzerTekstbestanden[naam]).then((r) => (r.ok ? r.text() : null), () => null);
  window.__spoorwijzerTekstenVooraf = { [taal]: haal(taal) };
${Object.entries(DATA.deelVooraf).map(([eerste, deel]) => `  if (location.hash === "#/${eerste}" || location.hash.startsWith("#/${eerste}/")) window.__spoorwijzerTekstenVooraf["${deel}-" + taal] = haal("${deel}-" + taal);`).join("\n")}
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

// The first screen first (issue 26): the wasm, its glue and its texts are fetched
// once the static first screen is painted (pwa/voorscherm.js shows it by taking
// "vs-wacht" off <html>). Until then that screen has the line and the main thread
// to itself: on a slow line it shows sooner, and the app's start comes after the
// paint instead of in the middle of it. Nothing is lost by waiting: the first
// screen takes answers before the app runs. (It also keeps Lighthouse's model
// from counting the wasm's download as part of the largest paint.) A hidden tab
// paints nothing, and a first screen that never comes holds up nothing for long.
const naEersteScherm = `await new Promise((verder) => {
  const html = document.documentElement;
  setTimeout(verder, 3000);
  const na = () => (document.hidden ? verder() : requestAnimationFrame(() => setTimeout(verder, 0)));
  if (!html.classList.contains("vs-wacht")) return na();
  const kijk = new MutationObserver(() => {
    if (html.classList.contains("vs-wacht")) return;
    kijk.disconnect();
    na();
  });
  kijk.observe(html, { attributes: true, attributeFilter: ["class"] });
});
`;
// Trunk's static import would fetch the glue (and with it the wasm) at once: an
// import that waits for the line above instead.
const statischeImport = /^import init, \* as bindings from '(\.\/[\w-]+\.js)';$/m;

// The version first, so it is set before the wasm starts.
const loaders = ENTRIES.map((e) => {
  const inline = inlineLoader.exec(e.html);
  if (!statischeImport.test(inline[1])) throw new Error(`Trunk's loader in ${e.bestand} has another import than expected`);
  const start = inline[1].trim().replace(statischeImport, "const bindings = await import('$1');\nconst init = bindings.default;");
  const eigenData = e.pagina === "beroepen" ? beroepenVooraf : "";
  const loader = `window.__spoorwijzerVersie = "${versie}";\n` + naEersteScherm + tekstenVooraf + eigenData + start + "\n" + registratie;
  const loaderNaam = `laden-${crypto.createHash("sha256").update(loader).digest("hex").slice(0, 16)}.js`;
  fs.writeFileSync(path.join(map, loaderNaam), loader);
  const pagina = e.html.replace(inline[0], `<script type="module" src="./${loaderNaam}"></script>`).replace(preload, "");
  if (/\.wasm\b/.test(pagina)) throw new Error(`${e.bestand} still names a wasm: only its loader may`);
  fs.writeFileSync(path.join(map, e.bestand), pagina);
  return loaderNaam;
});

// Both entries and every file they use: the coach's side opens offline too
// after one visit to either entry.
const lijst = ["./", ...bestanden.filter((f) => f !== "index.html").map((f) => `./${f}`), ...loaders.map((l) => `./${l}`)];
// Each entry's own files: its page and every file its page, loader or glue names
// (the service worker keeps an entry whole or not at all when saving data).
const ingangen = Object.fromEntries(
  ENTRIES.map((e, i) => {
    const pagina = fs.readFileSync(path.join(map, e.bestand), "utf8");
    const loader = fs.readFileSync(path.join(map, loaders[i]), "utf8");
    const glue = bestanden.filter((f) => f.endsWith(".js") && loader.includes(f)).map((f) => fs.readFileSync(path.join(map, f), "utf8"));
    // Its first screens' files (named in pwa/voorscherm.js for every entry).
    const inhoud = [pagina, loader, ...glue, ...groepBestanden[e.pagina || KANDIDAAT.binary]].join("\n");
    // Another entry's page named in a link is that entry's, not this one's.
    const eigen = [loaders[i], ...bestanden.filter((f) => !ENTRIES.some((x) => x.bestand === f) && inhoud.includes(f))].map((f) => `./${f}`);
    return [e.bestand === "index.html" ? "./" : `./${e.bestand}`, eigen];
  }),
);
const sw = fs
  .readFileSync(bron("pwa/sw.js"), "utf8")
  .replace("__VERSIE__", versie)
  .replace("__BESTANDEN__", JSON.stringify(lijst))
  .replace("__INGANGEN__", JSON.stringify(ingangen));
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
