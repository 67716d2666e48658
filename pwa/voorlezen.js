// Reading aloud (issue 29), loaded by voorscherm.js on the first press of a
// "Lees voor" button (src/ui/components/voorlezen.rs): it reads the visible text
// of the block around the button (`[data-voorlees]`), one sentence at a time
// (some engines stop a long utterance after about 15 seconds), with a voice that
// runs on this device in the page's language. Network voices are never used:
// they send the text to a cloud service. The sentence being read is highlighted
// with the CSS Custom Highlight API (`::highlight(voorlezen)`), so the page's
// text and markup stay exactly as they are for screen readers. It stops on a new
// page (the app's event `voorlezen-stop`), another language, a hidden page, or a
// second press; nothing speaks unless the person pressed the button.

var spraak = window.speechSynthesis;
var huidig = null;
var ronde = 0;

// Words that end in a full stop without ending the sentence, lower case,
// without their last full stop; one capital letter is an initial ("A. Jansen").
var AFKORTINGEN = ["bijv", "bv", "o.a", "d.w.z", "m.a.w", "enz", "etc", "ca", "nr", "mr", "dr", "mevr", "dhr", "zgn", "incl", "excl",
  "evt", "t.o.v", "i.p.v", "art", "blz", "e.g", "i.e", "vs", "no", "z.s.m", "a.s"];
// Each of these is a piece of text of its own: a sentence never runs on into the next.
var BLOK = "p,li,legend,label,h1,h2,h3,h4,dt,dd,summary,td,th,figcaption,blockquote";
// Not read: buttons (this one included), hidden decoration, the place in the module and the way on.
var OVERSLAAN = "button,[aria-hidden=true],.sr-only,.stap-kop,.stap-nav,.naar-overzicht,.vanzelf";

// The voice for `taal`: only one on the device (`localService`), in that
// language; the usual region first (nl-NL, en-GB), otherwise the browser's order.
export function kiesStem(stemmen, taal) {
  var voorkeur = taal === "nl" ? "nl-nl" : "en-gb";
  var eerste = null;
  for (var i = 0; i < stemmen.length; i++) {
    var s = stemmen[i];
    var l = String(s.lang).toLowerCase().replace("_", "-");
    if (!s.localService || (l !== taal && l.indexOf(taal + "-") !== 0)) continue;
    if (l === voorkeur) return s;
    if (!eerste) eerste = s;
  }
  return eerste;
}

// Where the sentences of `tekst` begin and end, as [begin, end] pairs (spaces
// around left out). Abbreviations and initials do not end a sentence, a full
// stop inside a number ("1.000") neither, a lower-case word after it neither
// ("o.a. de"); a number at the end of a sentence does ("in week 42. Daarna").
export function zinnen(tekst) {
  var uit = [];
  var begin = 0;
  var re = /[.!?…]["')\]”’»]*(\s+|$)/g;
  var m;
  function voeg(a, b) {
    var s = tekst.slice(a, b);
    if (s.trim()) uit.push([a + s.length - s.trimStart().length, a + s.trimEnd().length]);
  }
  while ((m = re.exec(tekst))) {
    if (!m[0]) {
      re.lastIndex++;
      continue;
    }
    var eind = m.index + m[0].length;
    var woord = tekst.slice(begin, m.index).split(/\s/).pop().replace(/^[("'“‘]+/, "");
    if (tekst[m.index] === "." && (/^[A-Z]$/.test(woord) || AFKORTINGEN.indexOf(woord.toLowerCase()) >= 0)) continue;
    if (/^[a-zß-ÿ]/.test(tekst.slice(eind))) continue;
    voeg(begin, eind);
    begin = eind;
  }
  voeg(begin, tekst.length);
  return uit;
}

// The block's visible text as ranges, one per sentence, in page order.
function stukken(blok) {
  var groepen = [];
  var laatste = null;
  var loper = document.createTreeWalker(blok, NodeFilter.SHOW_TEXT);
  for (var n = loper.nextNode(); n; n = loper.nextNode()) {
    var el = n.parentElement;
    if (!n.data.trim() || el.closest(OVERSLAAN) || !el.getClientRects().length) continue;
    var g = el.closest(BLOK) || el;
    if (!laatste || laatste.g !== g) groepen.push((laatste = { g: g, delen: [], tekst: "" }));
    laatste.delen.push([n, laatste.tekst.length]);
    laatste.tekst += n.data;
  }
  var uit = [];
  groepen.forEach(function (gr) {
    function zet(r, plek, hoe) {
      for (var i = gr.delen.length - 1; i >= 0; i--) {
        var d = gr.delen[i];
        if (d[1] <= plek) return r[hoe](d[0], Math.min(plek - d[1], d[0].data.length));
      }
    }
    zinnen(gr.tekst).forEach(function (z) {
      var r = document.createRange();
      zet(r, z[0], "setStart");
      zet(r, z[1], "setEnd");
      uit.push(r);
    });
  });
  return uit;
}

function markeer(r) {
  if (!window.CSS || !CSS.highlights) return;
  if (r && window.Highlight) CSS.highlights.set("voorlezen", new Highlight(r));
  else CSS.highlights.delete("voorlezen");
}

function volgende(r) {
  var h = huidig;
  if (!h || h.ronde !== r) return;
  if (!h.blok.isConnected || h.i >= h.zinnen.length) return stop();
  var zin = h.zinnen[h.i++];
  markeer(zin);
  var u = new SpeechSynthesisUtterance(zin.toString().trim());
  u.voice = h.stem;
  u.lang = h.stem.lang;
  u.onend = function () {
    volgende(r);
  };
  u.onerror = function () {
    if (huidig && huidig.ronde === r) stop();
  };
  // Held here: some engines drop an utterance's events once nothing holds it.
  h.uiting = u;
  spraak.speak(u);
}

// A press on a "Lees voor" button: read its block, or stop when it is reading.
export function wissel(knop) {
  var was = huidig && huidig.knop;
  stop();
  if (was === knop || !spraak) return;
  var blok = knop.closest("[data-voorlees]");
  var stem = kiesStem(spraak.getVoices() || [], document.documentElement.lang);
  if (!blok || !stem) return;
  huidig = { knop: knop, blok: blok, ronde: ++ronde, zinnen: stukken(blok), i: 0, stem: stem };
  knop.setAttribute("data-leest", "");
  volgende(huidig.ronde);
}

export function stop() {
  var h = huidig;
  huidig = null;
  ronde++;
  markeer(null);
  if (!h) return;
  h.knop.removeAttribute("data-leest");
  spraak.cancel();
}

document.addEventListener("voorlezen-stop", stop);
document.addEventListener("visibilitychange", function () {
  if (document.hidden) stop();
});
addEventListener("pagehide", stop);
