// Before the app's wasm runs: the page the address asks for, in the person's
// language and text size, as the app itself draws it. The pages are rendered
// at build time by the app's own components (src/content/voorscherm.rs:
// pwa/voorscherm/<entry>.<language>.json). The entry's own first page in Dutch
// is already in the HTML (scripts/na-build.mjs); any other page is built from
// its file's element tree (never from markup: the page requires Trusted Types).
// This script only picks the page, makes the menu work and says how loading
// goes; when the interactive part cannot load, it says so in plain words. The
// app's first render draws the same markup in the same place.
//
// It runs in <head>, before the page is drawn: the first screen stays
// invisible until it shows the right page, so nothing jumps (and without this
// script the static page simply shows).
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
  // The first screens' files per entry and language, the few texts of this
  // script and the menu's icons, from pwa/voorscherm/*.json (the build writes them here).
  var SCHERMEN = __VOORSCHERMEN__;
  // Own properties only: `#/constructor` or `#/__proto__` must not find
  // Object.prototype's members (that led to a broken address).
  function eigenWaarde(tabel, sleutel) {
    return Object.prototype.hasOwnProperty.call(tabel, sleutel) ? tabel[sleutel] : undefined;
  }
  var eigen = html.getAttribute("data-ingang");
  var binary = eigen || "spoorwijzer";
  // tijdlijn.html, delen.html or coach.html alone is that entry's own page.
  if (eigen && !location.hash) history.replaceState(null, "", "#/" + eigen);
  function naarIngang() {
    if (location.hash === "#inhoud") return false;
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
  // Reading comfort (issue 29), as the app sets it (services::pagina::zet_leescomfort):
  // chosen colours, else the stylesheet follows the system; extra spacing.
  if (inst.thema === "standaard" || inst.thema === "contrast" || inst.thema === "rustig") html.setAttribute("data-thema", inst.thema);
  if (inst.ruim === true) html.classList.add("ruim");

  // Reading aloud (issue 29): only with a voice that runs on this device
  // (`localService`: a network voice would send the text away), in the page's
  // language. <html class="kan-voorlezen"> shows the "Lees voor" buttons; some
  // browsers list their voices late (`voiceschanged`). The speaking is
  // voorlezen.js, loaded on the first press.
  var spraak = window.speechSynthesis;
  if (spraak) {
    var stemmen = function () {
      var lijst = spraak.getVoices() || [];
      var kan = false;
      for (var i = 0; i < lijst.length; i++) {
        var l = String(lijst[i].lang).toLowerCase().replace("_", "-");
        if (lijst[i].localService && (l === html.lang || l.indexOf(html.lang + "-") === 0)) kan = true;
      }
      html.classList.toggle("kan-voorlezen", kan);
    };
    stemmen();
    spraak.addEventListener("voiceschanged", stemmen);
    // Another language: other voices, and what was being read stops.
    new MutationObserver(function (r) {
      if (r[0].oldValue === html.lang) return;
      stemmen();
      document.dispatchEvent(new Event("voorlezen-stop"));
    }).observe(html, { attributes: true, attributeFilter: ["lang"], attributeOldValue: true });
    document.addEventListener("click", function (e) {
      var knop = e.target.closest && e.target.closest(".voorlees");
      if (knop)
        import("./voorlezen.js").then(function (m) {
          m.wissel(knop);
        });
    });
  }
  var t = SCHERMEN.teksten[taal];
  // Embed mode (`?embed=1`, inside a practice's website), as the app reads it
  // (services::embed::actief): its own header and a note above every page,
  // from the first screens' file (so that file is fetched for every page).
  var ingebed = /[?&]embed=1(&|$)/.test(location.search);
  if (ingebed) html.classList.add("embed");

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

  // The address's page, without its query: "/", "/wie-ben-ik/1/1".
  function pad() {
    return location.hash.replace(/^#/, "").split("?")[0] || "/";
  }
  // The Dutch first page the HTML carries already needs no file.
  var inHtml = "/" + (eigen || "");
  // The group of pages an address belongs to (its first segment), each in a
  // small file of its own (scripts/na-build.mjs); an address of no group is
  // answered from the "not found" group, which also carries the empty frame.
  function groepVan(p) {
    var g = p.split("/")[1] || "";
    return (SCHERMEN.groepen[binary] || []).indexOf(g) >= 0 ? g : "niet-gevonden";
  }
  // The pages fetched so far, in the person's language: fetched at once for
  // the address, while the page is parsed; another group when a link leads there.
  var schermen = null;
  var gehaald = {};
  var komen = {};
  function haalSchermen() {
    var g = groepVan(pad());
    if (!komen[g]) {
      var adres = (SCHERMEN.bestanden[binary] || {})[taal];
      komen[g] = !adres
        ? Promise.resolve(null)
        : fetch(adres + "-" + (g || "start") + ".json")
            .then(function (r) {
              return r.ok ? r.json() : null;
            })
            .catch(function () {
              return null;
            })
            .then(function (s) {
              if (!s) return null;
              if (!schermen) schermen = { leeg: s.leeg, ingebed: s.ingebed, paginas: {} };
              for (var k in s.paginas) if (Object.prototype.hasOwnProperty.call(s.paginas, k)) schermen.paginas[k] = s.paginas[k];
              gehaald[g] = true;
              return s;
            });
    }
    return komen[g];
  }
  if (taal !== "nl" || pad() !== inHtml || ingebed) haalSchermen();

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

  // An answer given before the app runs (issue 26): the page's form controls
  // are real, so the browser shows a tap or typed text at once. Each change is
  // noted here, in order; when the app has drawn the same page, it is given to
  // the app's own controls (a click, or the text and an input event), so the
  // app stores it exactly as if it had been given there. No question is
  // implemented here.
  var vooraf = [];
  function noteer(e) {
    var el = e.target;
    if (!vs || !vs.contains(el) || !/^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName)) return;
    var keuze = el.type === "checkbox" || el.type === "radio";
    var naam = el.name || el.id;
    if (!naam) return;
    vooraf = vooraf.filter(function (v) {
      return !(v.naam === naam && (!keuze || el.type === "radio" || v.waarde === el.value));
    });
    vooraf.push({ naam: naam, opNaam: !!el.name, keuze: keuze, waarde: el.value, aan: el.checked });
    meld();
  }
  addEventListener("change", noteer, true);
  addEventListener("input", noteer, true);
  // The header's language and text-size buttons: a text size shows at once (the
  // same class on <html> the app sets); each choice is handed to the app's own
  // button when it runs, which stores it. Noted by its place among them.
  addEventListener("click", function (e) {
    var knop = e.target && e.target.closest ? e.target.closest(".instellingen button") : null;
    if (!knop || !vs || !vs.contains(knop)) return;
    var rij = knop.parentNode.children;
    for (var i = 0; i < rij.length; i++) rij[i].setAttribute("aria-pressed", String(rij[i] === knop));
    ["tekst-groot", "tekst-groter"].forEach(function (k) {
      if (knop.classList.contains("grootte")) html.classList.toggle(k, knop.classList.contains(k));
    });
    var plek = Array.prototype.indexOf.call(vs.querySelectorAll(".instellingen button"), knop);
    vooraf = vooraf.filter(function (v) {
      return v.rij !== knop.parentNode.getAttribute("aria-label");
    });
    vooraf.push({ knop: plek, rij: knop.parentNode.getAttribute("aria-label") });
    meld();
  }, true);
  // Enter in a field would send the form: before the app runs, nothing is sent.
  addEventListener("submit", function (e) {
    if (vs && vs.contains(e.target)) e.preventDefault();
  }, true);
  // One change at a time, each after the app has stored the one before and
  // drawn it (its controls then read the answer as it stands). Handing them over
  // faster loses all but the last tick of a card sort, whose controls build the
  // new answer from the one they were drawn with. The app stores every change
  // (localStorage, "We keep what you write"); a change it did not store within
  // a second and a half does not hold up the next.
  function bewaard() {
    try {
      return localStorage.getItem("spoorwijzer.document");
    } catch (e) {
      return null;
    }
  }
  function geefDoor() {
    var v = vooraf.shift();
    if (!v) return;
    var voor = bewaard();
    var gedaan = false;
    if (v.knop !== undefined) {
      var knoppen = document.querySelectorAll(".kop .instellingen button");
      var app = [];
      for (var j = 0; j < knoppen.length; j++) if (!(vs && vs.contains(knoppen[j]))) app.push(knoppen[j]);
      if (app[v.knop] && app[v.knop].getAttribute("aria-pressed") !== "true") {
        app[v.knop].click();
        gedaan = true;
      }
      return wachtOpApp(gedaan ? voor : undefined, 0);
    }
    var els = v.opNaam ? document.getElementsByName(v.naam) : [document.getElementById(v.naam)];
    for (var i = 0; i < els.length; i++) {
      var el = els[i];
      if (!el || (vs && vs.contains(el))) continue;
      if (v.keuze) {
        if (el.value === v.waarde && el.checked !== v.aan) {
          el.click();
          gedaan = true;
        }
      } else if (el.value !== v.waarde) {
        el.value = v.waarde;
        el.dispatchEvent(new Event("input", { bubbles: true }));
        el.dispatchEvent(new Event("change", { bubbles: true }));
        gedaan = true;
      }
    }
    wachtOpApp(gedaan ? voor : undefined, 0);
  }
  function wachtOpApp(voor, n) {
    if (voor === undefined) return setTimeout(geefDoor, 0);
    if (bewaard() === voor && n < 60)
      return setTimeout(function () {
        wachtOpApp(voor, n + 1);
      }, 25);
    // Stored; the app draws it in one or more passes after that (measured: the
    // card sort about 80 ms later, more on a slow phone): the next change waits
    // until its page has been quiet for a quarter of a second (two at most).
    var main = document.getElementById("inhoud");
    if (!main || !window.MutationObserver) return setTimeout(geefDoor, 250);
    var klok = null;
    var kijk = new MutationObserver(function () {
      clearTimeout(klok);
      klok = setTimeout(verder, 250);
    });
    var uiterlijk = setTimeout(verder, 2000);
    function verder() {
      kijk.disconnect();
      clearTimeout(klok);
      clearTimeout(uiterlijk);
      geefDoor();
    }
    kijk.observe(main, { subtree: true, childList: true, attributes: true, characterData: true });
    klok = setTimeout(verder, 250);
  }
  // The app's first render takes the first screen out of the page: then its own controls are there.
  if (window.MutationObserver) {
    var kijker = new MutationObserver(function () {
      if (!vs || document.body.contains(vs) || !document.getElementById("inhoud")) return;
      kijker.disconnect();
      geefDoor();
    });
    document.addEventListener("DOMContentLoaded", function () {
      kijker.observe(document.body, { childList: true });
    });
  }

  var vs = null;
  // How loading goes, at the end of the page; fixed to the screen's bottom, so
  // taking it away when the app takes over moves nothing.
  function meld() {
    if (!vs) return;
    var el = vs.querySelector(".vs-status");
    if (!el) {
      var main = vs.querySelector("main");
      if (!main) return;
      el = document.createElement("p");
      el.className = "laden vs-status";
      el.setAttribute("role", "status");
      // A step's Vorige/Volgende bar sits at the screen's bottom: the line goes
      // just above its buttons, inside the bar, so it never covers them.
      var nav = main.querySelector(".stap-nav");
      if (nav) nav.insertBefore(el, nav.firstChild);
      else main.appendChild(el);
    }
    // What was filled in before the app could load is on the screen only.
    el.textContent = mislukt ? t.mislukt + (vooraf.length ? " " + t.nietBewaard : "") : t.laden;
    el.classList.toggle("vs-mislukt", mislukt);
  }

  // An element tree of the first screens' files (src/content/voorscherm.rs):
  // a text is a string, an element [name, {attributes}, ...children].
  var SVG = "http://www.w3.org/2000/svg";
  function bouw(knoop, inSvg) {
    if (typeof knoop === "string") return document.createTextNode(knoop);
    var svg = inSvg || knoop[0] === "svg";
    var el = svg ? document.createElementNS(SVG, knoop[0]) : document.createElement(knoop[0]);
    var attrs = knoop[1];
    for (var k in attrs) if (Object.prototype.hasOwnProperty.call(attrs, k)) el.setAttribute(k, attrs[k]);
    for (var i = 2; i < knoop.length; i++) el.appendChild(bouw(knoop[i], svg));
    return el;
  }

  // Show the page for the address: the one in the HTML, or one from the file;
  // an address the files do not carry (a later step) shows the frame without a
  // page, an unknown one the "not found" page, as the app does.
  function toon() {
    var p = pad();
    var alInHtml = taal === "nl" && p === inHtml;
    // The group's file holds every page not in the HTML, and the embedded header and note.
    if ((ingebed || !alInHtml) && !gehaald[groepVan(p)]) return false;
    if (!alInHtml) {
      var boom = eigenWaarde(schermen.paginas, p);
      // A later step of a module, a share or a reply: the page's heading in its
      // frame; an invitation: the sample invitation's page (until the app reads it).
      if (!boom && p.split("/").length > 2) boom = eigenWaarde(schermen.paginas, "/" + p.split("/")[1] + "/*");
      if (!boom) {
        var eerste = p.split("/")[1] || "";
        var bekend = eigenWaarde(schermen.paginas, "/" + eerste) || eigenWaarde(INGANGEN, eerste);
        boom = bekend ? schermen.leeg : schermen.paginas["/niet-gevonden"];
      }
      var nieuw = document.createElement("div");
      nieuw.id = "voorscherm";
      for (var i = 0; i < boom.length; i++) nieuw.appendChild(bouw(boom[i]));
      vs.replaceWith(nieuw);
      vs = nieuw;
      inHtml = null;
    }
    if (ietsBewaard() && eigenWaarde(SCHERMEN.persoonlijk, binary) && SCHERMEN.persoonlijk[binary].indexOf(p) >= 0) alleenKop();
    if (ingebed) inKader();
    klaar();
    return true;
  }

  // Embed mode: the app's embedded header instead of the page's, and its note
  // above the page, its "open in a tab of its own" leading to this address
  // without the flag (services::embed::adres_zonder_embed).
  function inKader() {
    var kop = vs.querySelector("header.kop");
    var main = vs.querySelector("main");
    if (!kop || !main || !schermen.ingebed) return;
    kop.replaceWith(bouw(schermen.ingebed.kop));
    var melding = bouw(schermen.ingebed.melding);
    var zonder = location.search.replace(/^\?/, "").split("&").filter(function (d) {
      return d && d !== "embed" && d.indexOf("embed=") !== 0;
    });
    var eigen = melding.querySelector("a[target]");
    if (eigen) eigen.setAttribute("href", location.origin + location.pathname + (zonder.length ? "?" + zonder.join("&") : "") + location.hash);
    main.insertBefore(melding, main.firstChild);
  }

  // Whether the stored document holds anything beyond the settings and the
  // bookkeeping (a language chosen is no answer): any value that is not empty.
  function ietsBewaard() {
    if (!doc || typeof doc !== "object") return false;
    var boekhouding = { schema: 1, revisie: 1, bewaard_op: 1, instellingen: 1, versies: 1, generatie: 1 };
    function gevuld(w) {
      if (w === null || w === undefined || w === "" || w === false) return false;
      if (typeof w !== "object") return true;
      for (var k in w) if (Object.prototype.hasOwnProperty.call(w, k) && gevuld(w[k])) return true;
      return false;
    }
    for (var k in doc) if (Object.prototype.hasOwnProperty.call(doc, k) && !eigenWaarde(boekhouding, k) && gevuld(doc[k])) return true;
    return false;
  }

  // A page that shows what a person stored (their home, profile, a module's
  // progress; listed by the build, src/content/voorscherm.rs) is drawn for a new
  // person. Someone with anything stored sees only its heading in the frame until
  // the app draws the page with their own data below it: nothing of theirs looks
  // missing, and no "Begin" shows that the app then takes away.
  function alleenKop() {
    var art = vs.querySelector("main article");
    if (!art) return;
    var kinderen = Array.prototype.slice.call(art.children);
    for (var i = 0; i < kinderen.length; i++) if (kinderen[i].tagName !== "H1") art.removeChild(kinderen[i]);
  }

  // What every shown page gets before the app runs.
  function klaar() {
    // Links to the other entry keep this page's query string (?embed=1, ?lang=);
    // the help page's numbers (tel:), its link to 113's site and the embedded
    // page's own address (for a tab of its own) stay as they are.
    var anders = vs.querySelectorAll('a[href]:not([href^="#"]):not([href^="tel:"]):not([href^="http"])');
    for (var i = 0; i < anders.length; i++) {
      var h = anders[i].getAttribute("href").split("#");
      anders[i].setAttribute("href", h[0] + location.search + "#" + (h[1] || ""));
    }
    // The skip link is no address: it moves the focus, as the app's does.
    var naar = vs.querySelector(".naar-inhoud");
    if (naar)
      naar.addEventListener("click", function (e) {
        e.preventDefault();
        var main = document.getElementById("inhoud");
        if (main) main.focus();
      });
    // Someone with answers stored reads no "nothing kept yet" (their answers are safe).
    var bewaard = document.getElementById("bewaard");
    if (bewaard && doc) bewaard.style.visibility = "hidden";
    var knop = vs.querySelector(".menu-knop");
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
    html.removeAttribute("data-menu-open");
    var h1 = vs.querySelector("h1");
    document.title = (h1 ? h1.textContent + " \u2013 " : "") + t.naam;
    meld();
  }

  // As soon as the page is parsed ("interactive"), not at DOMContentLoaded:
  // that waits for the loader and the JS glue to arrive and run, and until
  // then the first screen would stay hidden.
  function geparsed() {
    if (document.readyState === "loading") return;
    document.removeEventListener("readystatechange", geparsed);
    vs = document.getElementById("voorscherm");
    if (!vs) return html.classList.remove("vs-wacht");
    var zichtbaar = function () {
      html.classList.remove("vs-wacht");
    };
    try {
      if (toon()) return zichtbaar();
    } catch (e) {
      zichtbaar();
      throw e;
    }
    // A page from the file: shown when it has come (or the Dutch page in the HTML if it cannot).
    haalSchermen().then(function () {
      try {
        if (!gestart && !toon()) klaar();
      } finally {
        zichtbaar();
      }
    });
  }
  document.addEventListener("readystatechange", geparsed);
  // A link followed before the app runs (or when it could not load) shows the
  // page it leads to, or loads its entry.
  addEventListener("hashchange", function () {
    if (!vs || gestart || location.hash === "#inhoud" || naarIngang()) return;
    inHtml = null;
    haalSchermen().then(function () {
      if (!gestart) toon();
    });
  });

  // The menu works before the app runs, as the app's own does: the button opens
  // and closes it, a new page closes it. The app takes an open menu over open
  // (data-menu-open, read in src/ui/components/kop.rs), so a tap that was on its
  // way to a menu link lands on the same link.
  function menu(open) {
    var knop = vs.querySelector(".menu-knop");
    var paneel = knop && document.getElementById(knop.getAttribute("aria-controls"));
    if (!paneel) return;
    knop.setAttribute("aria-expanded", String(open));
    paneel.hidden = !open;
    knop.closest(".kop").classList.toggle("open", open);
    // The app's own icon for the state (iconen::menu), rendered at build time.
    var oud = knop.querySelector("svg");
    if (oud) oud.replaceWith(bouw(SCHERMEN.icoon[open ? "open" : "dicht"][0]));
    var label = knop.querySelector("span");
    if (label) label.textContent = open ? t.menuSluit : t.menu;
    if (open) html.setAttribute("data-menu-open", "");
    else html.removeAttribute("data-menu-open");
  }
})();
