// Spoorwijzer service worker: keeps the app's own files so it opens and works
// offline after the first visit. It only ever fetches from this origin and
// never sees answers (those live in localStorage, which it cannot read).
// The build (scripts/na-build.mjs) fills in VERSIE and BESTANDEN.
const VERSIE = "__VERSIE__";
const BESTANDEN = __BESTANDEN__;
const CACHE = `spoorwijzer-${VERSIE}`;

self.addEventListener("install", (event) => {
  // No skipWaiting: a new version takes over on the next visit, never mid-answer.
  // Files with a content hash in their name never change, so the copy the page
  // just downloaded (in the browser's HTTP cache) is the right one: no second
  // download of the wasm on a first visit. Other files are fetched fresh.
  // (Trunk writes its hash without leading zeros: 15 hex digits in one build of 16.)
  const vast = (b) => /-[0-9a-f]+(_bg)?\.[a-z]+$/.test(b);
  event.waitUntil(
    caches.open(CACHE).then((cache) => cache.addAll(BESTANDEN.map((b) => new Request(b, { cache: vast(b) ? "default" : "reload" })))),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches.keys().then((namen) => Promise.all(namen.filter((n) => n.startsWith("spoorwijzer-") && n !== CACHE).map((n) => caches.delete(n)))),
  );
});

self.addEventListener("fetch", (event) => {
  const verzoek = event.request;
  if (verzoek.method !== "GET" || new URL(verzoek.url).origin !== self.location.origin) return;
  event.respondWith(
    (async () => {
      const cache = await caches.open(CACHE);
      // Any page of an entry (also with ?lang= or ?embed=) is that entry's HTML:
      // tijdlijn.html, delen.html or coach.html by name, else index.html (kept as "./").
      const naam = new URL(verzoek.url).pathname.split("/").pop();
      const ingang = /^[a-z]+\.html$/.test(naam) && naam !== "index.html" ? `./${naam}` : "./";
      const sleutel = verzoek.mode === "navigate" ? ingang : verzoek;
      const bewaard = await cache.match(sleutel, { ignoreSearch: verzoek.mode === "navigate" });
      if (bewaard) return bewaard;
      // No fallback to index.html for a page that is not kept: for another entry
      // it would send the person back to that entry, in a loop (voorscherm.js).
      return fetch(verzoek);
    })(),
  );
});
