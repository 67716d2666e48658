// Before the app's wasm runs: this page's heading and opening text, in the
// person's language and text size, from the texts written at build time
// (pwa/voorschermen.json, generated from the app's catalogue and inlined into
// index.html by scripts/na-build.mjs). Only text is set, never markup. When
// the interactive part cannot load, it says so in plain words. The app's
// first render replaces all of this.
//
// It runs in <head>, before the page is drawn: the first screen stays
// invisible until it shows the right page, so nothing jumps (and without this
// script the static home page simply shows).
(function () {
  "use strict";
  var html = document.documentElement;
  html.classList.add("vs-wacht");

  // Each group of pages is an entry of its own (issue 14; src/ui/route.rs,
  // `Route::ingang`, from which this table is generated): an address of
  // another entry (a link sent before the split, `<app>/#/gedeeld/…`, or an
  // invitation `<app>/#/kijk/…`) loads that entry at once, before any wasm, with
  // the same query string and fragment; the fragment never leaves the browser.
  // "*": a page every entry shows itself (the help page, `Route::in_elke_ingang`).
  // The build writes the table here: `eersteSegment` of pwa/ingangen.json,
  // generated from the Rust routes (scripts/na-build.mjs).
  var INGANGEN = __INGANGEN__;
  // Own properties only: `#/constructor` or `#/__proto__` must not find
  // Object.prototype's members (that led to a broken address).
  function eigenWaarde(tabel, sleutel) {
    return Object.prototype.hasOwnProperty.call(tabel, sleutel) ? tabel[sleutel] : undefined;
  }
  var eigen = html.getAttribute("data-ingang");
  // tijdlijn.html, delen.html or coach.html alone is that entry's own page.
  if (eigen && !location.hash) history.replaceState(null, "", "#/" + eigen);
  function naarIngang() {
    var eerste = location.hash.replace(/^#\/?/, "").split(/[/?]/)[0];
    var doel = eigenWaarde(INGANGEN, eerste) || "./";
    if (doel === "*" || doel === (eigen ? eigen + ".html" : "./")) return false;
    location.replace(doel + location.search + location.hash);
    return true;
  }
  if (naarIngang()) return;
  var doc = null;
  try {
    doc = JSON.parse(localStorage.getItem("spoorwijzer.document") || "null");
  } catch (e) {
    doc = null;
  }
  var inst = (doc && doc.instellingen) || {};
  var gevraagd = /[?&]lang=(nl|en)(&|$)/.exec(location.search);
  var taal = gevraagd ? gevraagd[1] : inst.taal === "en" || inst.taal === "nl" ? inst.taal : uitnodigingTaal() || "nl";
  html.lang = taal;
  // The loader fetches this language's texts while the wasm downloads.
  window.__spoorwijzerTaal = taal;
  if (inst.tekstgrootte === "groot" || inst.tekstgrootte === "groter") html.classList.add("tekst-" + inst.tekstgrootte);

  // Someone who never chose a language reads an invitation (`#/kijk/<payload>`)
  // in the language they were asked in, as the app does (src/domain/kijk.rs,
  // `taal_van_uitnodiging`). The payload is a version byte, JSON and a checksum,
  // in base64url; only its "taal" is read, and anything odd counts as nothing.
  function uitnodigingTaal() {
    var m = /^#\/kijk\/([A-Za-z0-9_-]+)$/.exec(location.hash);
    if (!m) return null;
    try {
      var bytes = atob(m[1].replace(/-/g, "+").replace(/_/g, "/"));
      var u = JSON.parse(bytes.slice(1, -4));
      return u && (u.taal === "en" || u.taal === "nl") ? u.taal : null;
    } catch (e) {
      return null;
    }
  }

  // The loader dispatches this once the wasm runs; any error before that (a
  // blocked or broken file) means the interactive part did not load.
  var gestart = false;
  var mislukt = false;
  addEventListener("TrunkApplicationStarted", function () {
    gestart = true;
  });
  function faal(e) {
    // A picture or style sheet that fails is no reason; a script or an exception is.
    var bron = e && e.target;
    if (gestart || (bron && bron !== window && bron.tagName !== "SCRIPT")) return;
    mislukt = true;
    meld();
  }
  addEventListener("error", faal, true);
  // The wasm ran but its texts could not load (src/services/teksten.rs).
  addEventListener("spoorwijzer:laden-mislukt", function () {
    mislukt = true;
    meld();
  });
  addEventListener("unhandledrejection", faal);

  var t = null;
  function meld() {
    if (!t || !mislukt) return;
    var el = document.querySelector('#voorscherm [data-vs="laden"]');
    if (!el) return;
    el.textContent = t.mislukt;
    el.className = "laden vs-mislukt";
  }

  // As soon as the page is parsed ("interactive"), not at DOMContentLoaded:
  // that waits for the loader and the JS glue to arrive and run, and until
  // then the first screen would stay hidden.
  function geparsed() {
    if (document.readyState === "loading") return;
    document.removeEventListener("readystatechange", geparsed);
    try {
      // Links to the other entry keep this page's query string (?embed=1, ?lang=);
      // the help page's numbers (tel:) and its link to 113's site stay as they are.
      var anders = document.querySelectorAll('#voorscherm a[href]:not([href^="#"]):not([href^="tel:"]):not([href^="https:"])');
      for (var i = 0; i < anders.length; i++) {
        var h = anders[i].getAttribute("href").split("#");
        anders[i].setAttribute("href", h[0] + location.search + "#" + (h[1] || ""));
      }
      t = JSON.parse(document.getElementById("voorschermen").textContent)[taal];
      var knop = document.querySelector("#voorscherm [data-vs-menu]");
      if (knop) {
        knop.addEventListener("click", function () {
          menu(knop.getAttribute("aria-expanded") !== "true");
        });
        knop.closest(".kop").addEventListener("keydown", function (e) {
          if (e.key !== "Escape" || knop.getAttribute("aria-expanded") !== "true") return;
          menu(false);
          knop.focus();
        });
      }
      toon();
      meld();
    } finally {
      html.classList.remove("vs-wacht");
    }
  }
  document.addEventListener("readystatechange", geparsed);
  // A link followed before the app runs (or when it could not load) still
  // shows the heading of the page it leads to, or loads its entry.
  addEventListener("hashchange", function () {
    if (!t || gestart || naarIngang()) return;
    toon();
    meld();
  });

  // The menu works before the app runs, as the app's own does: the button opens
  // and closes it, a new page closes it. The app takes an open menu over open
  // (data-menu-open, read in src/ui/components/kop.rs), so a tap that was on its
  // way to a menu link lands on the same link.
  function menu(open) {
    var knop = document.querySelector("#voorscherm [data-vs-menu]");
    var paneel = document.getElementById("vs-paneel");
    if (!knop || !paneel) return;
    knop.setAttribute("aria-expanded", String(open));
    paneel.hidden = !open;
    knop.closest(".kop").classList.toggle("open", open);
    var iconen = knop.querySelectorAll("[data-vs-icoon]");
    // An <svg> has no `hidden` property: set the attribute.
    for (var i = 0; i < iconen.length; i++) {
      if ((iconen[i].getAttribute("data-vs-icoon") === "open") === open) iconen[i].removeAttribute("hidden");
      else iconen[i].setAttribute("hidden", "");
    }
    var label = knop.querySelector('[data-vs="menu"]');
    if (label) label.textContent = open ? t.menuSluit : t.menu;
    if (open) html.setAttribute("data-menu-open", "");
    else html.removeAttribute("data-menu-open");
  }

  function toon() {
    var delen = location.hash.replace(/^#\/?/, "").split("?")[0].split("/");
    var pad = delen[0];
    var p = eigenWaarde(t.paginas, pad) || t.paginas["niet-gevonden"];
    // A step inside a module shows its question, not the module's introduction;
    // a returning person's home starts with "carry on", not the welcome.
    var stap = delen.length > 1 && delen[1] !== "";
    var terug = pad === "" && !!doc && !!doc.modules && Object.keys(doc.modules).length > 0;
    var welkom = pad === "" && !terug && !!p.knop;

    function zet(sleutel, tekst) {
      var el = document.querySelector('#voorscherm [data-vs="' + sleutel + '"]');
      if (!el) return null;
      el.hidden = !tekst;
      if (tekst) el.textContent = tekst;
      return el;
    }
    zet("naam", t.naam);
    zet("sub", t.sub);
    menu(false);
    zet("h1", p.h1);
    zet("intro", stap || terug ? "" : p.intro);
    zet("laden", t.laden);
    var knop = zet("knop", welkom ? p.knop.tekst : "");
    if (knop && welkom) knop.setAttribute("href", p.knop.href);
    zet("hulpLink", t.hulpLink);
    // The help page's block, written by the build in both languages as
    // static HTML with its numbers as links: only the right one shows.
    var hulp = document.querySelectorAll("#voorscherm [data-vs-hulp]");
    for (var h = 0; h < hulp.length; h++) hulp[h].hidden = !(pad === "hulp" && hulp[h].getAttribute("data-vs-hulp") === taal);
    var kader = document.querySelector("#voorscherm [data-vs-welkom]");
    if (kader) kader.className = welkom ? "welkom" : "";
    var nav = document.querySelector("#voorscherm nav");
    if (nav) nav.setAttribute("aria-label", t.menuLabel);
    var links = document.querySelectorAll("#voorscherm .menu a");
    for (var i = 0; i < links.length && i < t.nav.length; i++) {
      links[i].textContent = t.nav[i][1];
      if (t.nav[i][0].split("#")[1] === "/" + pad) links[i].setAttribute("aria-current", "page");
      else links[i].removeAttribute("aria-current");
    }
    document.title = p.h1 + " \u2013 " + t.naam;
  }
})();
