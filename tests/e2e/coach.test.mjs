// The coach link builder (coach.html#/coach, the coach's own entry), the
// candidate's side of a coach link, the links between the two entries, and
// Spoorwijzer embedded in a practice's website with embed.js.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import jsQR from "jsqr";
import { PNG } from "pngjs";
import { serveer, start, nieuwePagina, wachtOpKop, axe, tabNaar, wachtTot, volgendeStap, opgeslagen } from "./hulp.mjs";

const hier = path.dirname(fileURLToPath(import.meta.url));
const AXE = fs.readFileSync(path.resolve(hier, "../../node_modules/axe-core/axe.min.js"), "utf8");

const XSS_IMG = `<img src=x onerror="window.__xss=1">`;
const XSS_SCRIPT = `<script>window.__xss=1</script>`;

let server, browser;
before(async () => { server = await serveer(); browser = await start(); });
after(async () => { await browser?.close(); await server?.close(); });

async function openCoach(page, taal = "nl") {
  await page.goto(`${server.url}coach.html?lang=${taal}#/coach`);
  await wachtOpKop(page);
  await page.locator("#coach-link").waitFor();
}

const link = (page) => page.locator("#coach-link").inputValue();

/** axe-core inside a frame (the helper in hulp.mjs checks the top page). */
async function axeInFrame(frame) {
  await frame.evaluate(AXE);
  return frame.evaluate(async () => {
    const r = await window.axe.run(document, {
      runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"] },
    });
    return r.violations.map((v) => ({ id: v.id, help: v.help, nodes: v.nodes.slice(0, 3).map((n) => n.target.join(" ")) }));
  });
}

test("a coach builds a link by keyboard and mouse; the candidate sees the welcome and the modules in that order", async () => {
  const { context, page, fouten, buiten } = await nieuwePagina(browser, server.origin);
  await openCoach(page);
  // Mouse: tick two modules by their labels.
  await page.locator("label[for=cm-wat-wil-ik]").click();
  await page.locator("label[for=cm-energie]").click();
  // Keyboard: tick a third one, then move it to the top with the arrow buttons.
  await tabNaar(page, page.locator("#cm-wie-ben-ik"));
  await page.keyboard.press("Space");
  await page.waitForFunction(() => document.querySelector("#cm-wie-ben-ik")?.checked);
  await tabNaar(page, page.locator("#cm-wie-ben-ik-hoger"));
  await page.keyboard.press("Enter");
  await page.waitForFunction(() => document.activeElement?.id === "cm-wie-ben-ik-hoger");
  await page.keyboard.press("Enter");
  // At the top its "up" button turns off, so focus moves to its "down" button.
  await page.waitForFunction(() => document.activeElement?.id === "cm-wie-ben-ik-lager");
  assert.match(await page.locator(".coach-bouwer [role=status]").first().textContent(), /plek 1 van 3/);
  const volgorde = await page.locator(".coach-module.gekozen label").allTextContents();
  assert.deepEqual(volgorde, ["Wie ben ik?", "Wat wil ik?", "Je energie verdelen"]);

  await page.getByRole("radio", { name: "English" }).check();
  await page.getByLabel("Naam van je praktijk").click();
  await page.keyboard.type("Praktijk De Brug");
  await page.getByLabel("Welkomstekst voor je kandidaat").fill("Fijn dat je er bent.\nNeem rustig de tijd.");
  await page.getByLabel("Hoe kan je kandidaat je bereiken?").fill("Sanne, 06 12345678");
  assert.match(await page.locator("#coach-praktijk-teller").textContent(), /16 van 80 tekens/);

  const adres = await link(page);
  assert.ok(adres.startsWith(`${server.url}?lang=en&coach=`), adres);
  assert.ok(adres.endsWith("#/"));
  const code = await page.locator("#coach-embed").inputValue();
  assert.ok(code.startsWith(`<script src="${server.url}embed.js" async data-lang="en" data-coach="`), code);
  assert.deepEqual(fouten, []);
  assert.deepEqual(buiten, []);

  // The candidate: a fresh browser profile opens the link. First a preview, in the
  // link's own frame, and nothing of it kept until the candidate says yes.
  const kandidaat = await nieuwePagina(browser, server.origin);
  await kandidaat.page.goto(adres);
  await wachtOpKop(kandidaat.page);
  const voorstel = kandidaat.page.locator("section.coach-voorstel");
  await voorstel.waitFor();
  assert.equal(await kandidaat.page.getAttribute("html", "lang"), "en");
  assert.equal((await voorstel.locator("h2").textContent()).trim(), "This link wants to show this welcome");
  assert.equal(await voorstel.locator(".coach-bron").textContent(), "Text from your coach's link, not from Spoorwijzer");
  assert.equal(await voorstel.locator(".coach-praktijk").textContent(), "Praktijk De Brug");
  assert.deepEqual(await voorstel.locator("li").allTextContents(), ["Who am I?", "What do I want?", "Dividing your energy"]);
  assert.equal(await voorstel.locator("a").count(), 0, "the preview links nowhere");
  assert.equal((await opgeslagen(kandidaat.page))?.coach ?? null, null, "nothing kept before the yes");
  assert.deepEqual(await axe(kandidaat.page), [], "axe on the preview");
  await voorstel.getByRole("button", { name: "Keep", exact: true }).click();
  const welkom = kandidaat.page.locator("section.coach-welkom");
  await kandidaat.page.locator("#coach-antwoord", { hasText: "The welcome is kept" }).waitFor();
  await kandidaat.page.waitForFunction(() => document.activeElement?.id === "coach-antwoord");
  assert.equal(await kandidaat.page.locator("section.coach-voorstel").count(), 0);
  // Answered: the link leaves the address, so a reload asks nothing.
  assert.equal(new URL(kandidaat.page.url()).search, "?lang=en");
  assert.equal((await welkom.locator("h2").textContent()).trim(), "A welcome from your coach");
  assert.equal(await welkom.locator(".coach-bron").textContent(), "Text from your coach's link, not from Spoorwijzer");
  assert.equal(await welkom.locator(".coach-praktijk").textContent(), "Praktijk De Brug");
  assert.equal(await welkom.locator(".coach-tekst").first().innerText(), "Fijn dat je er bent.\nNeem rustig de tijd.");
  assert.match(await welkom.innerText(), /Sanne, 06 12345678/);
  const links = welkom.locator("ol.coach-modules a");
  assert.deepEqual(await links.allTextContents(), ["Who am I?", "What do I want?", "Dividing your energy"]);
  assert.deepEqual(await links.evaluateAll((as) => as.map((a) => a.getAttribute("href"))), ["#/wie-ben-ik", "#/wat-wil-ik", "#/energie"]);
  // The welcome comes before the app's own introduction.
  assert.ok(await kandidaat.page.evaluate(() =>
    document.querySelector(".coach-welkom").compareDocumentPosition(document.querySelector(".welkom")) & Node.DOCUMENT_POSITION_FOLLOWING));

  // Hide it: focus lands on the button that brings it back, and a reload keeps it hidden.
  await welkom.getByRole("button", { name: "Hide this welcome" }).click();
  await kandidaat.page.waitForFunction(() => document.activeElement?.textContent.trim() === "Show your coach's welcome");
  await kandidaat.page.reload();
  await wachtOpKop(kandidaat.page);
  await kandidaat.page.getByRole("button", { name: "Show your coach's welcome" }).waitFor();
  assert.equal(await kandidaat.page.locator("section.coach-welkom").count(), 0);
  const axeWelkom = await axe(kandidaat.page);
  assert.deepEqual(axeWelkom, []);
  await kandidaat.page.getByRole("button", { name: "Show your coach's welcome" }).click();
  await welkom.waitFor();
  assert.deepEqual(await axe(kandidaat.page), [], "axe on the start page with a coach welcome");
  // The coach settings are kept in the document, apart from the answers.
  const doc = JSON.parse(await kandidaat.page.evaluate(() => localStorage.getItem("spoorwijzer.document")));
  assert.equal(doc.coach.praktijk, "Praktijk De Brug");
  assert.deepEqual(kandidaat.fouten, []);
  assert.deepEqual(kandidaat.buiten, []);
  await kandidaat.context.close();
  await context.close();
});

test("the coach's pages are an entry of their own: plain links both ways, old addresses move there, and each entry loads only its own wasm", async () => {
  // No service worker: its install fetches both entries' files for offline use, in the background.
  const { context, page, fouten, buiten } = await nieuwePagina(browser, server.origin, { context: { serviceWorkers: "block" } });
  const wasm = [];
  page.on("request", (r) => { if (r.url().endsWith(".wasm")) wasm.push(new URL(r.url()).pathname.replace(/^.*\/|-[0-9a-f]+_bg\.wasm$/g, "")); });
  await page.goto(`${server.url}#/`);
  await wachtOpKop(page, "Welkom bij Spoorwijzer");
  assert.deepEqual(wasm, ["spoorwijzer"], "the candidate's page loads only the candidate's wasm");
  assert.equal(await page.locator('link[href*="coach-"]').count(), 0, "nor the coach's style sheet");
  // The footer's "Voor coaches" is a plain link to the coach's entry.
  const voorCoaches = page.locator("footer a", { hasText: "Voor coaches" });
  assert.equal(await voorCoaches.getAttribute("href"), "coach.html#/coach");
  await voorCoaches.click();
  await page.waitForURL(`${server.url}coach.html#/coach`);
  await wachtOpKop(page, "Voor coaches");
  await page.locator("#coach-link").waitFor();
  assert.deepEqual(wasm, ["spoorwijzer", "coach"], "the coach's page loads only the coach's wasm");
  // The link the coach makes is the candidate's address, not coach.html.
  assert.equal(await link(page), `${server.url}?lang=nl#/`);
  // The coach's own header (issue 28): the name leads to "Mijn kandidaten", no candidate's menu.
  assert.equal(await page.locator("a.merk").getAttribute("href"), "#/kandidaten");
  assert.equal(await page.locator('header nav a[href$="#/profiel"]').count(), 0);
  // Back: the footer's privacy page is the candidate's entry.
  await page.locator('footer a[href="./#/privacy"]').click();
  await page.waitForURL(`${server.url}#/privacy`);
  await wachtOpKop(page, "Privacy: wat we bewaren en waar");

  // A coach's address typed into the candidate's app (only the fragment changes) moves too.
  await page.evaluate(() => { location.hash = "#/gedeeld/bestand"; });
  await page.waitForURL(`${server.url}coach.html#/gedeeld/bestand`);
  await wachtOpKop(page, "Gedeeld met jou");
  // And a candidate's address on coach.html goes to its own entry; coach.html alone is the builder.
  await page.goto(`${server.url}coach.html#/profiel`);
  await page.waitForURL(`${server.url}#/profiel`);
  await wachtOpKop(page, "Mijn profiel");
  await page.goto(`${server.url}coach.html#/tijdlijn`);
  await page.waitForURL(`${server.url}tijdlijn.html#/tijdlijn`);
  await wachtOpKop(page, "Mijn tijdlijn");
  await page.goto(`${server.url}coach.html`);
  await page.waitForURL(`${server.url}coach.html#/coach`);
  await wachtOpKop(page, "Voor coaches");
  assert.deepEqual(fouten, []);
  assert.deepEqual(buiten, []);
  await context.close();

  // The old address of the builder, with its query string kept, in a fresh browser: it moves
  // before the candidate's wasm is even fetched (also true of old share links).
  const oud = await nieuwePagina(browser, server.origin, { context: { serviceWorkers: "block" } });
  const oudWasm = [];
  oud.page.on("request", (r) => { if (r.url().endsWith(".wasm")) oudWasm.push(new URL(r.url()).pathname.replace(/^.*\/|-[0-9a-f]+_bg\.wasm$/g, "")); });
  await oud.page.goto(`${server.url}?lang=en#/coach`);
  await oud.page.waitForURL(`${server.url}coach.html?lang=en#/coach`);
  await wachtOpKop(oud.page, "For coaches");
  assert.deepEqual(oudWasm, ["coach"]);
  assert.deepEqual(oud.fouten, []);
  await oud.context.close();
});

test("markup typed into every coach field never runs and is shown as plain text", async () => {
  const { context, page, fouten } = await nieuwePagina(browser, server.origin);
  await openCoach(page);
  await page.locator("label[for=cm-zorgen]").click();
  for (const veld of ["#coach-praktijk", "#coach-welkom", "#coach-contact"]) {
    await page.locator(veld).click();
    await page.keyboard.type(veld === "#coach-welkom" ? `${XSS_SCRIPT} ${XSS_IMG}` : XSS_IMG);
  }
  await page.locator("#coach-kleur-code").fill(XSS_IMG);
  assert.match(await page.locator("#coach-kleur-status").textContent(), /kleurcode kennen we niet/);
  const adres = await link(page);
  const code = await page.locator("#coach-embed").inputValue();
  assert.ok(!/[<>"]/.test(code.replace(/^<script src="[^"<>]*" async data-lang="nl" data-coach="[\w-]+"><\/script>$/, "")), code);
  assert.equal(await page.evaluate(() => window.__xss), undefined);

  const kandidaat = await nieuwePagina(browser, server.origin);
  const verzoeken = [];
  kandidaat.page.on("request", (r) => verzoeken.push(r.url()));
  await kandidaat.page.goto(adres);
  const geverfd = () => kandidaat.page.evaluate(() => new Promise((klaar) => requestAnimationFrame(() => requestAnimationFrame(klaar))));
  // As a preview and, once kept, as the welcome: text every time.
  for (const [stap, css] of [["preview", "section.coach-voorstel"], ["kept", "section.coach-welkom:not(.coach-voorstel)"]]) {
    if (stap === "kept") await kandidaat.page.getByRole("button", { name: "Bewaren", exact: true }).click();
    const welkom = kandidaat.page.locator(css);
    await welkom.waitFor();
    // Rendered and painted: markup that became an element would have run or asked for its image by now.
    await geverfd();
    assert.equal(await kandidaat.page.evaluate(() => window.__xss), undefined);
    assert.deepEqual(verzoeken.filter((u) => /\/x$/.test(new URL(u).pathname)), [], "no request for the markup's image");
    assert.equal(await welkom.locator(".coach-praktijk").textContent(), XSS_IMG);
    assert.equal(await welkom.locator("p.coach-tekst").textContent(), `${XSS_SCRIPT} ${XSS_IMG}`);
    assert.match(await welkom.locator(".coach-contact").textContent(), new RegExp(XSS_IMG.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")));
    assert.equal(await kandidaat.page.locator("main img, main script").count(), 0);
    // The broken colour never reached the page.
    assert.equal(await kandidaat.page.evaluate(() => document.documentElement.style.getPropertyValue("--accent")), "");
  }

  // The same markup through embed.js data- attributes.
  const host = await hostPagina(`<script src="${server.url}embed.js" async data-praktijk='${XSS_IMG}' data-welkom="&lt;script&gt;window.__xss=1&lt;/script&gt;" data-accent="#0b5d63"></script>`);
  const h = await nieuwePagina(browser, host.server.origin);
  await h.page.goto(host.url);
  const frame = await appFrame(h.page);
  await frame.locator("section.coach-voorstel .coach-praktijk").waitFor();
  assert.equal(await frame.locator("section.coach-voorstel .coach-praktijk").textContent(), XSS_IMG);
  assert.equal(await frame.locator("section.coach-voorstel p.coach-tekst").textContent(), XSS_SCRIPT);
  assert.equal(await frame.evaluate(() => window.__xss), undefined);
  assert.equal(await h.page.evaluate(() => window.__xss), undefined);
  await h.context.close();
  await host.server.close();

  assert.deepEqual(kandidaat.fouten, []);
  assert.deepEqual(fouten, []);
  await kandidaat.context.close();
  await context.close();
});

/** WCAG contrast of two `rgb(...)`/`#rrggbb` colours. */
function contrast(a, b) {
  const rgb = (c) => c.startsWith("#") ? [1, 3, 5].map((i) => parseInt(c.slice(i, i + 2), 16)) : c.match(/\d+/g).slice(0, 3).map(Number);
  const lum = (c) => {
    const [r, g, b] = rgb(c).map((v) => { v /= 255; return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p);
  return (x + 0.05) / (y + 0.05);
}

test("a too-light accent is darkened until it reads well, and the coach is told", async () => {
  const { context, page, fouten } = await nieuwePagina(browser, server.origin);
  await openCoach(page);
  await page.locator("#coach-kleur-code").fill("#ffff00");
  const melding = page.locator(".coach-kleur-melding.aangepast");
  await melding.waitFor();
  const aangepast = /#[0-9a-f]{6}/.exec(await melding.textContent())[0];
  assert.notEqual(aangepast, "#ffff00");
  assert.ok(contrast(aangepast, "#ffffff") >= 4.5 && contrast(aangepast, "#fbfaf7") >= 4.5, aangepast);
  // The preview uses the adjusted colour, set through the CSSOM (no style= attribute in the markup).
  const knop = await page.locator(".coach-voorbeeld .knop").evaluate((el) => getComputedStyle(el).backgroundColor);
  assert.ok(contrast(knop, "#ffffff") >= 4.5, knop);
  // A colour that is dark enough is kept as it is.
  await page.locator("#coach-kleur-code").fill("#5b2e91");
  await page.locator(".coach-kleur-melding.goed").waitFor();
  await page.locator("#coach-kleur-code").fill("#ffff00");
  await melding.waitFor();
  assert.deepEqual(await axe(page), [], "axe with the colour notice showing");

  const kandidaat = await nieuwePagina(browser, server.origin);
  await kandidaat.page.goto(await link(page));
  // The link's colour waits for the candidate's yes: the preview shows it on a small sample only.
  await kandidaat.page.locator("section.coach-voorstel").waitFor();
  assert.equal(await kandidaat.page.evaluate(() => document.documentElement.style.getPropertyValue("--accent")), "");
  const staal = await kandidaat.page.locator(".coach-kleurstaal").evaluate((el) => getComputedStyle(el).backgroundColor);
  assert.equal(contrast(staal, aangepast), 1, `the sample shows the link's colour (${staal})`);
  assert.deepEqual(await axe(kandidaat.page), [], "axe on the preview with a colour sample");
  await kandidaat.page.getByRole("button", { name: "Bewaren", exact: true }).click();
  await kandidaat.page.locator("section.coach-welkom").waitFor();
  await kandidaat.page.waitForFunction((k) => document.documentElement.style.getPropertyValue("--accent") === k, aangepast);
  assert.equal(await kandidaat.page.locator("body [style]").count(), 0, "no style attribute in the app's markup");
  const kleur = await kandidaat.page.locator(".kaart-titel").first().evaluate((el) => getComputedStyle(el).color);
  assert.ok(contrast(kleur, "#ffffff") >= 4.5, kleur);
  assert.deepEqual(await axe(kandidaat.page), [], "axe with the coach's colour");
  await kandidaat.context.close();
  assert.deepEqual(fouten, []);
  await context.close();
});

test("the QR code is one SVG path with a title, and changes with the link", async () => {
  const { context, page } = await nieuwePagina(browser, server.origin);
  await openCoach(page);
  const svg = page.locator("figure.coach-qr svg");
  assert.equal(await svg.getAttribute("role"), "img");
  assert.equal((await svg.locator("title").textContent()).trim(), "QR-code met de link naar Spoorwijzer");
  assert.equal(await svg.locator("path").count(), 1);
  const voor = await svg.locator("path").getAttribute("d");
  assert.match(voor, /^M\d+,\d+h\d+v1h-\d+z/);
  const [, , , breed] = (await svg.getAttribute("viewBox")).split(" ").map(Number);
  assert.ok(breed >= 29, `quiet zone included (${breed})`);
  await page.locator("#coach-praktijk").fill("Praktijk Noord");
  await page.waitForFunction((v) => document.querySelector("figure.coach-qr path").getAttribute("d") !== v, voor);
  const bestand = await page.locator("#coach-qr-code").inputValue();
  assert.ok(bestand.startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\""));
  await context.close();
});

/**
 * What a phone camera would read from the QR code on screen: a screenshot of
 * the rendered SVG (at 3 device pixels per CSS pixel, so a large code still has
 * several pixels per module), decoded with jsQR. Null when nothing decodes.
 */
async function leesQr(page) {
  const png = PNG.sync.read(await page.locator("figure.coach-qr svg").screenshot());
  return jsQR(new Uint8ClampedArray(png.data.buffer, png.data.byteOffset, png.data.length), png.width, png.height, { inversionAttempts: "dontInvert" })?.data ?? null;
}

test("the QR code on screen reads as exactly the link shown, also after the form changes", async () => {
  const { context, page, fouten } = await nieuwePagina(browser, server.origin, { deviceScaleFactor: 3 });
  await openCoach(page);
  const pad = () => page.locator("figure.coach-qr path").getAttribute("d");
  // The plain link of an empty builder.
  const eerste = await link(page);
  const eerstePad = await pad();
  assert.equal(await leesQr(page), eerste, "the first QR code");
  // A longer link: modules, a welcome, a contact and a colour make a larger code.
  await page.locator("label[for=cm-wat-wil-ik]").click();
  await page.locator("label[for=cm-zorgen]").click();
  await page.locator("#coach-praktijk").fill("Praktijk De Brug");
  await page.locator("#coach-welkom").fill("Fijn dat je er bent. Neem rustig de tijd; het is geen test.");
  await page.locator("#coach-contact").fill("Sanne, 06 12345678");
  await page.locator("#coach-kleur-code").fill("#5b2e91");
  await page.getByRole("radio", { name: "English" }).check();
  const tweede = await link(page);
  assert.notEqual(tweede, eerste);
  // Wait for the drawing of the new link, not for time.
  await page.waitForFunction((v) => document.querySelector("figure.coach-qr path")?.getAttribute("d") !== v, eerstePad);
  assert.equal(await leesQr(page), tweede, "the QR code after the form changed");
  // The saved/copied SVG file draws the same code.
  assert.ok((await page.locator("#coach-qr-code").inputValue()).includes(`d="${await pad()}"`));
  // And back to a short link: the code shrinks with it and still reads right.
  await page.locator("label[for=cm-zorgen]").click();
  await page.locator("#coach-welkom").fill("");
  const derde = await link(page);
  await page.waitForFunction(() => document.querySelector("#coach-qr-code").value.includes(document.querySelector("figure.coach-qr path").getAttribute("d")));
  assert.equal(await leesQr(page), derde, "the QR code after removing text");
  assert.deepEqual(fouten, []);
  await context.close();
});

test("the copy button uses the clipboard when allowed", async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: server.origin });
  const page = await context.newPage();
  await openCoach(page);
  await page.locator("#coach-praktijk").fill("Praktijk Klembord");
  await page.getByRole("button", { name: "Kopieer de link" }).click();
  await page.getByText("Gekopieerd.").waitFor();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), await link(page));
  await page.getByRole("button", { name: "Kopieer de code" }).click();
  await page.waitForFunction(async () => (await navigator.clipboard.readText()).startsWith("<script src="));
  await context.close();
});

test("without a clipboard the text is selected and the coach is told how to copy it", async () => {
  const { context, page, fouten } = await nieuwePagina(browser, server.origin, {
    initScript: () => { Object.defineProperty(Navigator.prototype, "clipboard", { get: () => undefined, configurable: true }); },
  });
  await openCoach(page);
  await page.getByRole("button", { name: "Kopieer de link" }).click();
  await page.getByText(/Kopiëren lukte niet vanzelf/).first().waitFor();
  assert.match(await page.locator(".coach-kopieer-status.zelf").first().textContent(), /Ctrl\+C/);
  const selectie = await page.evaluate(() => {
    const el = document.activeElement;
    return { id: el.id, heel: el.selectionStart === 0 && el.selectionEnd === el.value.length && el.value.length > 0 };
  });
  assert.deepEqual(selectie, { id: "coach-link", heel: true });
  // The QR code's SVG is in a closed <details>: it opens for copying by hand.
  await page.getByRole("button", { name: "Kopieer de QR-code (SVG)" }).click();
  await page.waitForFunction(() => document.querySelector("#coach-qr-details").open && document.activeElement?.id === "coach-qr-code");
  assert.deepEqual(fouten, []);
  await context.close();
});

/** A practice's page with `snippet`, on its own loopback origin. */
async function hostPagina(snippet, extra = "") {
  const map = fs.mkdtempSync(path.join(os.tmpdir(), "spoorwijzer-host-"));
  fs.writeFileSync(path.join(map, "index.html"), `<!doctype html>
<html lang="nl"><head><meta charset="utf-8"><title>Praktijk De Brug</title><link rel="icon" href="data:,">
<script>window.__berichten = []; addEventListener("message", (e) => __berichten.push({ origin: e.origin, data: JSON.stringify(e.data) }));</script>
</head><body><main><h1>Praktijk De Brug</h1><p>Welkom op onze website.</p>
${snippet}
<p id="na">Onder Spoorwijzer.</p>${extra}</main></body></html>`);
  fs.writeFileSync(path.join(map, "boos.html"), `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>x</title><link rel="icon" href="data:,"></head><body>
<script>parent.postMessage({ type: "spoorwijzer:hoogte", hoogte: 77 }, "*");</script></body></html>`);
  const s = await serveer(map);
  return { server: s, url: s.url, map };
}

async function appFrame(page) {
  const iframe = page.locator("iframe").first();
  await iframe.waitFor();
  const handle = await iframe.elementHandle();
  const frame = await wachtTot(() => handle.contentFrame(), "the app's frame");
  await frame.waitForSelector("main h1:not(#voorscherm h1)", { timeout: 20000 });
  return frame;
}

test("embedded on another origin: the iframe grows to its content and hears only heights", async () => {
  // The snippet as the coach page makes it, pointing at the app's own server.
  const coach = await nieuwePagina(browser, server.origin);
  await openCoach(coach.page);
  await coach.page.locator("label[for=cm-zorgen]").click();
  await coach.page.locator("#coach-praktijk").fill("Praktijk De Brug");
  const snippet = await coach.page.locator("#coach-embed").inputValue();
  await coach.context.close();

  const host = await hostPagina(snippet);
  assert.notEqual(host.server.origin, server.origin);
  const { context, page, fouten } = await nieuwePagina(browser, host.server.origin);
  await page.goto(host.url);
  const iframe = page.locator("iframe");
  const frame = await appFrame(page);
  // Where the script tag stood, with a title, lazy loading and a narrow sandbox.
  assert.equal(await page.evaluate(() => document.querySelector("iframe").nextElementSibling.tagName), "SCRIPT");
  assert.equal(await iframe.getAttribute("loading"), "lazy");
  assert.ok((await iframe.getAttribute("title")).startsWith("Spoorwijzer"));
  const sandbox = (await iframe.getAttribute("sandbox")).split(" ").sort();
  assert.deepEqual(sandbox, ["allow-downloads", "allow-modals", "allow-popups", "allow-popups-to-escape-sandbox", "allow-same-origin", "allow-scripts"]);
  assert.equal(await frame.evaluate(() => document.documentElement.classList.contains("embed")), true);
  assert.equal(await frame.locator("nav").count(), 0, "no menu inside the frame");
  assert.equal(await frame.locator("section.coach-voorstel .coach-praktijk").textContent(), "Praktijk De Brug");

  // It grows to its content and shows no inner scrollbar.
  await page.waitForFunction(() => document.querySelector("iframe").getBoundingClientRect().height > 600, null, { timeout: 10000 });
  const geenBalk = () => frame.evaluate(() => document.documentElement.scrollHeight <= document.documentElement.clientHeight + 1);
  /** Wait until the frame is as tall as the content inside it (the host allows 150 px at least). */
  const volgt = (wat) => wachtTot(async () => {
    const buiten = await page.evaluate(() => document.querySelector("iframe").getBoundingClientRect().height);
    const binnen = await frame.evaluate(() => Math.ceil(document.body.getBoundingClientRect().height));
    return Math.abs(buiten - Math.max(150, binnen)) <= 2;
  }, `the frame to follow its content (${wat})`);
  await page.waitForFunction(() => window.__berichten.length > 0);
  await volgt("start page");
  assert.ok(await geenBalk(), "no vertical scrollbar inside the frame");

  // The notice about where answers are kept: its fact in view, folded, and open with both ways out.
  const melding = frame.locator("details.ingebed");
  assert.equal(await melding.locator("summary").textContent(), "Je antwoorden blijven in deze browser, bij deze website.");
  assert.equal(await frame.getByRole("link", { name: /Open in een eigen tabblad/ }).count(), 0, "the ways out are folded away");
  await melding.locator("summary").click();
  const eigen = frame.getByRole("link", { name: /Open in een eigen tabblad/ });
  assert.equal(await eigen.getAttribute("target"), "_blank");
  assert.ok(!(await eigen.getAttribute("href")).includes("embed=1"));
  // The save file is made on the sharing entry, still embedded (the query string goes along).
  assert.match(await frame.getByRole("link", { name: "Maak een bewaarbestand" }).getAttribute("href"), /^delen\.html\?embed=1&[^#]*#\/delen$/);
  assert.deepEqual(await axeInFrame(frame), [], "axe on the embedded start page");

  // Answer free text inside the frame with a unique marker.
  const merk = `GEHEIM-${Date.now()}-antwoord`;
  await frame.evaluate(() => { location.hash = "#/zorgen"; });
  await frame.getByRole("link", { name: "Begin" }).click();
  await frame.locator("section.stap").waitFor();
  while (!(await frame.locator("form.vragen textarea").count())) await volgendeStap(frame);
  await frame.locator("form.vragen textarea").first().fill(merk);
  await frame.locator("form.vragen textarea").first().blur();
  await frame.waitForFunction((m) => (localStorage.getItem("spoorwijzer.document") ?? "").includes(m), merk);
  const berichten = await page.evaluate(() => window.__berichten);
  assert.ok(berichten.length > 0);
  for (const b of berichten) {
    assert.ok(!b.data.includes(merk), `a message carried the answer: ${b.data}`);
    assert.equal(b.origin, server.origin);
    assert.deepEqual(Object.keys(JSON.parse(b.data)).sort(), ["hoogte", "type"]);
  }
  await volgt("a question step");
  assert.ok(await geenBalk(), "still no scrollbar after the page changed");

  // Inside the frame, "Voor coaches" opens the coach's entry, still embedded, and
  // its heights reach the host too; "Start" leads back to the candidate's entry.
  const voorCoaches = frame.locator("footer a", { hasText: "Voor coaches" });
  assert.match(await voorCoaches.getAttribute("href"), /^coach\.html\?embed=1&lang=nl&coach=[\w-]+#\/coach$/);
  await voorCoaches.click();
  await frame.waitForURL(/\/coach\.html\?embed=1&.*#\/coach$/);
  await frame.locator("#coach-link").waitFor();
  assert.equal(await frame.evaluate(() => document.documentElement.classList.contains("embed")), true);
  await volgt("the coach's entry");
  assert.ok(await geenBalk(), "no scrollbar on the coach's entry either");
  await frame.locator("a.ingebed-start").click();
  await frame.waitForURL(/\/\?embed=1&.*#\/$/);
  await frame.locator("section.coach-welkom h2").waitFor();
  await volgt("back on the start page");
  assert.deepEqual(fouten, []);
  await context.close();
  await host.server.close();
});

test("a height message from anywhere but the app's own frame is ignored", async () => {
  const derde = await hostPagina("");
  // Beside the app: a frame on a third origin, and a second frame on the app's own origin (not the app).
  const host = await hostPagina(`<script src="${server.url}embed.js" async></script>`,
    `<iframe title="Iets anders" src="${derde.url}boos.html"></iframe><iframe title="Ook van de app" id="tweede" src="${server.url}favicon.svg"></iframe>`);
  const { context, page, fouten } = await nieuwePagina(browser, host.server.origin);
  try {
    await page.goto(host.url);
    const app = await appFrame(page);
    const frameVan = async (css) => {
      const h = await page.locator(css).elementHandle();
      return wachtTot(() => h.contentFrame(), css);
    };
    const [vreemd, tweede] = [await frameVan(`iframe[src="${derde.url}boos.html"]`), await frameVan("iframe#tweede")];
    await tweede.waitForFunction(() => document.readyState === "complete");
    await vreemd.waitForFunction(() => document.readyState === "complete");
    const hoogte = () => page.evaluate(() => document.querySelector("iframe").style.height);
    // The frame first takes the app's own height.
    await wachtTot(async () => /^\d+px$/.test(await hoogte()) && (await hoogte()) !== "600px", "the app's first height message");
    await wachtTot(async () => {
      const binnen = await app.evaluate(() => Math.ceil(document.body.getBoundingClientRect().height));
      return (await hoogte()) === `${Math.max(150, binnen)}px`;
    }, "the frame to follow the app's content");
    // A listener added after embed.js's own sees each message right after embed.js handled it:
    // it notes the frame's height at that moment, before the app could send anything new.
    await page.evaluate(() => {
      window.__gehoord = [];
      addEventListener("message", (e) => {
        if ([999, 4321].includes(e.data?.hoogte)) window.__gehoord.push({ origin: e.origin, hoogte: document.querySelector("iframe").style.height });
      });
    });
    const gehoord = (n, wat) => wachtTot(async () => {
      const l = await page.evaluate(() => window.__gehoord);
      return l.length >= n ? l.slice(n - 1) : null;
    }, wat);
    const bericht = (hoogte) => ({ type: "spoorwijzer:hoogte", hoogte });
    // The control: a height from the app's own frame is obeyed, so the checks below could see a change.
    await app.evaluate((b) => parent.postMessage(b, "*"), bericht(999));
    assert.deepEqual(await gehoord(1, "the app's own message"), [{ origin: server.origin, hoogte: "999px" }]);
    // 4321 is above embed.js's lower bound of 150: a forged height that got through would show as 4321px.
    await vreemd.evaluate((b) => parent.postMessage(b, "*"), bericht(4321)); // another origin, another frame
    await tweede.evaluate((b) => parent.postMessage(b, "*"), bericht(4321)); // the app's origin, another frame
    await page.evaluate((b) => postMessage(b, "*"), bericht(4321)); // the host page itself
    await wachtTot(async () => (await page.evaluate(() => window.__gehoord.length)) === 4, "all three forged messages");
    // The app's own frame, navigated to another origin (as any script on the page could do): same window, wrong origin.
    await page.evaluate((u) => { document.querySelector("iframe").src = u; }, `${derde.url}boos.html`);
    await app.waitForURL(`${derde.url}boos.html`);
    await app.evaluate((b) => parent.postMessage(b, "*"), bericht(4321));
    await wachtTot(async () => (await page.evaluate(() => window.__gehoord.length)) === 5, "the message from the navigated frame");
    const vervalst = await gehoord(2, "the forged messages");
    assert.deepEqual(vervalst.map((g) => g.origin).sort(), [derde.server.origin, derde.server.origin, host.server.origin, server.origin].sort());
    for (const g of vervalst) assert.notEqual(g.hoogte, "4321px", `a forged height from ${g.origin} reached the frame`);
    assert.deepEqual(fouten, []);
  } finally {
    await context.close();
    await host.server.close();
    await derde.server.close();
  }
});

for (const taal of ["nl", "en"]) {
  test(`axe finds nothing on #/coach in ${taal}, also with every output filled, and it fits 320 px`, async () => {
    const { context, page, fouten } = await nieuwePagina(browser, server.origin);
    await openCoach(page, taal);
    assert.deepEqual(await axe(page), [], "empty builder");
    await page.locator("#cm-wat-kan-ik").check();
    await page.locator("#cm-stappen").check();
    await page.locator("#coach-welkom").fill("Welkom!");
    await page.locator("#coach-kleur-code").fill("#ffcc00");
    await page.locator("#coach-qr-details summary").click();
    assert.deepEqual(await axe(page), [], "filled builder");
    await page.setViewportSize({ width: 320, height: 640 });
    await page.waitForFunction(() => innerWidth === 320);
    const breed = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(breed <= 320, `#/coach is ${breed}px wide at 320px`);
    assert.deepEqual(fouten, []);
    await context.close();
  });
}
