/* Spoorwijzer embed: <script src="https://HOST/PATH/embed.js" async></script>
   Optional: data-lang="nl|en", data-coach (from #/coach) or data-modules="a,b"
   data-accent="#rrggbb" data-praktijk data-welkom data-contact; data-title.
   Puts an iframe where this tag stands, as tall as its content. */
(function () {
  "use strict";
  var d = document, s = d.currentScript, i, l, e = "data-spoorwijzer";
  if (!s) { // old browsers: the first embed script not handled yet
    l = d.querySelectorAll('script[src*="embed.js"]');
    for (i = 0; i < l.length && !s; i++) if (!l[i].hasAttribute(e)) s = l[i];
  }
  if (!s || s.hasAttribute(e)) return;
  s.setAttribute(e, "");
  function a(n) { return (s.getAttribute("data-" + n) || "").trim(); }
  var lang = a("lang") === "en" ? "en" : "nl", coach = a("coach"), c = { v: 1, l: lang }, n = 0;
  if (!/^[\w-]{1,6000}$/.test(coach)) {
    [["praktijk", "p", 80], ["welkom", "w", 600], ["contact", "c", 200]].forEach(function (v) {
      if (a(v[0])) { c[v[1]] = Array.from(a(v[0])).slice(0, v[2]).join(""); n++; }
    });
    if (a("modules")) { c.m = a("modules").split(/\s*,\s*/).slice(0, 16); n++; }
    if (/^#[0-9a-f]{6}$/i.test(a("accent"))) { c.a = a("accent"); n++; }
    // JSON -> UTF-8 -> base64url, as the app reads it.
    var b = "", u = new TextEncoder().encode(JSON.stringify(c));
    for (i = 0; i < u.length; i++) b += String.fromCharCode(u[i]);
    coach = n ? btoa(b).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "") : "";
  }
  var url = new URL("index.html", s.src), f = d.createElement("iframe");
  url.search = "?embed=1&lang=" + lang + (coach ? "&coach=" + coach : "");
  url.hash = "#/";
  f.src = url.href;
  f.title = a("title") || "Spoorwijzer: " + (lang === "en" ? "thinking about work" : "nadenken over werk");
  f.loading = "lazy";
  f.referrerPolicy = "no-referrer";
  // Sandbox, no wider than needed: scripts (the app is wasm); same-origin (its
  // own localStorage; the app is the practice's own copy, so scripts plus
  // same-origin is safe); popups + escape (an unsandboxed "eigen tabblad");
  // downloads (save file, QR file); modals (print dialog, confirm). No
  // top-navigation, no forms: the app never leaves the frame or submits.
  f.setAttribute("sandbox", "allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox allow-downloads allow-modals");
  f.style.cssText = "display:block;width:100%;height:600px;border:0";
  // Only a height, only from this iframe's own window and origin.
  window.addEventListener("message", function (m) {
    var g = m.data;
    if (m.origin !== url.origin || m.source !== f.contentWindow || !g || g.type !== "spoorwijzer:hoogte" ||
      typeof g.hoogte !== "number" || !isFinite(g.hoogte)) return;
    f.style.height = Math.min(Math.max(Math.ceil(g.hoogte), 150), 40000) + "px";
  });
  l = s.parentNode;
  if (l && l !== d.head) l.insertBefore(f, s);
  else if (d.body) d.body.appendChild(f);
  else d.addEventListener("DOMContentLoaded", function () { d.body.appendChild(f); });
})();
