// Spoorwijzer service worker: keeps the app's own files so it opens and works
// offline after the first visit. It only ever fetches from this origin and
// never sees answers (those live in localStorage, which it cannot read).
// The build (scripts/na-build.mjs) fills in VERSIE, BESTANDEN (every file) and
// INGANGEN (each entry's page and the files it needs).
const VERSIE = "__VERSIE__";
const BESTANDEN = __BESTANDEN__;
const INGANGEN = __INGANGEN__;
const CACHE = `spoorwijzer-${VERSIE}`;
const VAN_EEN_INGANG = new Set(Object.entries(INGANGEN).flatMap(([pagina, eigen]) => [pagina, ...eigen]));
// Small files no entry names (manifest, icons): always kept.
const ALGEMEEN = BESTANDEN.filter((b) => !VAN_EEN_INGANG.has(b));
const absoluut = (b) => new URL(b, self.registration.scope).href;
const BEKEND = new Map(BESTANDEN.map((b) => [absoluut(b), b]));

// Files with a content hash in their name never change, so the copy the page
// just downloaded (in the browser's HTTP cache) is the right one: no second
// download of the wasm on a first visit. Other files are fetched fresh.
// (Trunk writes its hash without leading zeros: 15 hex digits in one build of 16.)
const vast = (b) => /-[0-9a-f]+(_bg)?\.[a-z]+$/.test(b);
const verzoek = (b) => new Request(b, { cache: vast(b) ? "default" : "reload" });

// The person's browser asks to save data, or the line is slow: the other
// entries (about 880 KB) are not fetched ahead; each is kept when first opened.
function zuinig() {
  const c = self.navigator.connection;
  return !!c && (c.saveData === true || ["slow-2g", "2g", "3g"].includes(c.effectiveType));
}

// The small files of an entry (style sheets, texts in both languages, icons)
// are fetched whenever the entry is kept; its scripts and wasm come with the visit.
// voorlezen.js is loaded only on the first "Lees voor" (issue 29), so it is
// not in the browser's cache after a visit: it counts as small (1.4 KB gz).
const klein = (b) => !/\.(js|wasm)$/.test(b) || b === "./voorlezen.js";

// An entry's page of this version names this version's loader (a page of a
// newer release on the server names files this version does not keep).
async function vanDezeVersie(pagina, antwoord) {
  const tekst = await antwoord.clone().text();
  return INGANGEN[pagina].some((b) => b.startsWith("./laden-") && tekst.includes(b.slice(2)));
}

// An entry the browser already downloaded in this visit, taken from its HTTP
// cache without the network; whole or not at all.
async function uitBrowsercache(cache, pagina, eigen) {
  const groot = [pagina, ...eigen.filter((b) => !klein(b))];
  try {
    const antwoorden = await Promise.all(groot.map((b) => fetch(b, { cache: "only-if-cached", mode: "same-origin" })));
    if (!antwoorden.every((a) => a.ok) || !(await vanDezeVersie(pagina, antwoorden[0]))) return;
    await cache.addAll(eigen.filter(klein).map(verzoek));
    await Promise.all(antwoorden.map((a, i) => cache.put(groot[i], a)));
  } catch {
    // Not in the browser's cache (or no "only-if-cached" here): kept when next opened.
  }
}

self.addEventListener("install", (event) => {
  // No skipWaiting: a new version takes over on the next visit, never mid-answer.
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      if (!zuinig()) {
        await cache.addAll(BESTANDEN.map(verzoek));
        return;
      }
      await cache.addAll(ALGEMEEN.map(verzoek));
      for (const [pagina, eigen] of Object.entries(INGANGEN)) await uitBrowsercache(cache, pagina, eigen);
    })(),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches.keys().then((namen) => Promise.all(namen.filter((n) => n.startsWith("spoorwijzer-") && n !== CACHE).map((n) => caches.delete(n)))),
  );
});

// Kept on first use (when saving data): a file of this version, or an entry's
// page of this version together with its small files.
async function bewaarBijGebruik(cache, sleutel, antwoord) {
  if (!antwoord.ok) return;
  if (INGANGEN[sleutel]) {
    if (!(await vanDezeVersie(sleutel, antwoord))) return;
    await cache.addAll(INGANGEN[sleutel].filter(klein).map(verzoek));
  }
  await cache.put(sleutel, antwoord);
}

self.addEventListener("fetch", (event) => {
  const v = event.request;
  if (v.method !== "GET" || new URL(v.url).origin !== self.location.origin) return;
  event.respondWith(
    (async () => {
      const cache = await caches.open(CACHE);
      // Any page of an entry (also with ?lang= or ?embed=) is that entry's HTML:
      // tijdlijn.html, delen.html or coach.html by name, else index.html (kept as "./").
      const naam = new URL(v.url).pathname.split("/").pop();
      const ingang = /^[a-z]+\.html$/.test(naam) && naam !== "index.html" ? `./${naam}` : "./";
      const navigatie = v.mode === "navigate";
      const bewaard = await cache.match(navigatie ? ingang : v, { ignoreSearch: navigatie });
      if (bewaard) return bewaard;
      // No fallback to index.html for a page that is not kept: for another entry
      // it would send the person back to that entry, in a loop (voorscherm.js).
      const antwoord = await fetch(v);
      const sleutel = navigatie ? (INGANGEN[ingang] ? ingang : null) : BEKEND.get(v.url);
      if (sleutel) event.waitUntil(bewaarBijGebruik(cache, sleutel, antwoord.clone()).catch(() => {}));
      return antwoord;
    })(),
  );
});
