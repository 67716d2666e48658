// Saving and sharing (#/delen) and the coach's view (#/gedeeld/...): a share
// round trip between two separate browser contexts, wrong codes and damaged
// links, save files (open and with a passphrase, merged and replacing), bad
// files, markup in free text, accessibility, and no request off the origin.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import { serveer, start, nieuwePagina, wachtOpKop, axe, volgendeStap, vulModuleIn, linkEnCode, coachOpent as coachOpentIn } from "./hulp.mjs";

const MODULES = ["wie-ben-ik", "wat-kan-ik", "wat-wil-ik", "energie", "zorgen", "stappen", "verlies-en-betekenis"];
const XSS = `<img src=x onerror="window.__xss=1"><script>window.__xss=2</script><b onmouseover="window.__xss=3">vet</b>`;
const EIGEN = "Mijn eigen zin over mijn werk";

let server, browser;
before(async () => { server = await serveer(); browser = await start(); });
after(async () => { await browser?.close(); await server?.close(); });

const document_ = (page) => page.evaluate(() => localStorage.getItem("spoorwijzer.document"));

/** Fill the worries module: one ticked thought and one sentence of free text. Returns the thought's label. */
async function vulZorgen(page, tekst = EIGEN) {
  await page.goto(`${server.url}#/zorgen`);
  await wachtOpKop(page);
  await page.getByRole("link", { name: "Begin" }).click();
  const eerste = page.locator("form.vragen input[type=checkbox]").first();
  await eerste.check();
  const label = (await eerste.evaluate((el) => el.parentElement.querySelector("span").childNodes[0].textContent)).trim();
  // One question per step: on to the first free-text question.
  while (!(await page.locator("form.vragen textarea").count())) await volgendeStap(page);
  const veld = page.locator("form.vragen textarea").first();
  await veld.fill(tekst);
  await veld.blur();
  await page.waitForFunction((t) => (localStorage.getItem("spoorwijzer.document") ?? "").includes(JSON.stringify(t).slice(1, 20)), tekst);
  return label;
}

/** Answer every question of a module: the first choice, and `tekst` in every free-text field and list. */
async function vulAlles(page, id, tekst) {
  await vulModuleIn(page, server.url, id, 0, { tekst, rondAf: false });
}

/** On #/delen: tick modules (and optionally own words and a first name), make a link, return { link, code }. */
async function maakLink(page, modules, { eigen = false, naam } = {}) {
  await page.goto(`${server.url}#/delen`);
  await wachtOpKop(page);
  for (const id of modules) await page.locator(`input[name=deel-module][value="${id}"]`).check();
  if (eigen) await page.getByLabel("Ook mijn eigen woorden delen").check();
  if (naam !== undefined) await page.locator("#deel-naam").fill(naam);
  await page.getByRole("button", { name: /Maak een (nieuwe )?link/ }).click();
  return linkEnCode(page);
}

/** A coach in a fresh context opens `link` and types `code`. */
const coachOpent = (link, code) => coachOpentIn(browser, server.origin, link, code);

/**
 * Store answers straight into the document (one ticked thought, one sentence of free
 * text), not through the module pages: the tests of the sharing page then do not
 * depend on how the questions are asked. Ends on `#/delen` in `taal`.
 */
async function metAntwoorden(page, taal = "nl", { coach = false, tekstgrootte } = {}) {
  await page.goto(`${server.url}?lang=${taal}#/`);
  await wachtOpKop(page);
  await page.evaluate(({ eigen, coach, tekstgrootte }) => {
    const doc = JSON.parse(localStorage.getItem("spoorwijzer.document"));
    doc.modules.zorgen = { antwoorden: {
      "zor.gedachten": { soort: "keuzes", waarde: ["te-ziek"] },
      "zor.gesprek": { soort: "tekst", waarde: eigen },
    } };
    if (coach) doc.coach = { praktijk: "Praktijk De Brug", welkom: "Welkom!" };
    if (tekstgrootte) doc.instellingen.tekstgrootte = tekstgrootte;
    localStorage.setItem("spoorwijzer.document", JSON.stringify(doc));
    localStorage.setItem("spoorwijzer.revisie", String(doc.revisie));
  }, { eigen: EIGEN, coach, tekstgrootte });
  await page.goto(`${server.url}#/delen`);
  await page.reload();
  await wachtOpKop(page);
}

async function download(page, naam) {
  const [dl] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: naam }).click()]);
  return { naam: dl.suggestedFilename(), tekst: fs.readFileSync(await dl.path(), "utf8") };
}

async function kiesBestand(page, naam, tekst) {
  await page.setInputFiles("#import-bestand", { name: naam, mimeType: "application/json", buffer: Buffer.from(tekst) });
}

test("a share round trip between two browser contexts, with free text off by default", async () => {
  const kandidaat = await nieuwePagina(browser, server.origin);
  const keuze = await vulZorgen(kandidaat.page);
  const { link, code } = await maakLink(kandidaat.page, ["zorgen"]);
  assert.match(code, /^[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{2}$/);
  // The link opens the coach's entry directly (coach.html), not the candidate's app.
  assert.ok(link.startsWith(`${server.url}coach.html#/gedeeld/`) && !link.includes("?"), link);
  assert.ok(!link.includes(code.replaceAll("-", "")), "the code is not in the link");
  // The preview shows the choice and not the person's own words.
  const voorbeeld = kandidaat.page.locator(".voorbeeld-kader");
  assert.ok((await voorbeeld.textContent()).includes(keuze));
  assert.ok(!(await voorbeeld.textContent()).includes(EIGEN));

  // A link in the form sent before the coach's side had its own entry still opens,
  // in the coach's entry, with the same fragment.
  const oudeLink = link.replace("coach.html#", "#");
  const coach = await coachOpent(oudeLink, code);
  await coach.page.locator("#gedeeld-kop").waitFor({ timeout: 20000 });
  assert.equal(coach.page.url(), link);
  const gezien = await coach.page.locator(".voorbeeld-kader").textContent();
  assert.ok(gezien.includes(keuze), "the coach sees the shared choice");
  assert.ok(!gezien.includes(EIGEN), "free text stays out unless ticked");
  // The same profile, read-only, with only what was shared: no section for a module not shared.
  const kader = coach.page.locator(".voorbeeld-kader");
  assert.deepEqual(await kader.locator("section.blok h2").evaluateAll((hs) => hs.map((h) => h.id)), ["p-zorgen"]);
  assert.deepEqual(await kader.locator(".alle-antwoorden .module-antwoorden h3").allTextContents(), ["Zorgen en gedachten"]);
  assert.equal(await kader.getByRole("link", { name: /Vul dit onderdeel in|Deel met je coach/ }).count(), 0, "no links into the coach's own modules");
  // Nothing was stored on the coach's device.
  const opgeslagen = JSON.parse((await document_(coach.page)) ?? "{}");
  assert.deepEqual(Object.keys(opgeslagen.modules ?? {}), []);
  assert.deepEqual(opgeslagen.ontvangen ?? [], []);

  // With "own words" ticked, the same text reaches the coach, as text.
  // (#/delen is its own entry now: the page opens fresh, so the module is ticked again.)
  const metWoorden = await maakLink(kandidaat.page, ["zorgen"], { eigen: true });
  assert.ok((await voorbeeld.textContent()).includes(EIGEN));
  assert.notEqual(metWoorden.code, code, "every link gets its own code");
  // The other old form, with index.html named.
  const coach2 = await coachOpent(metWoorden.link.replace("coach.html#", "index.html#"), metWoorden.code.toLowerCase().replaceAll("-", " "));
  await coach2.page.locator("#gedeeld-kop").waitFor({ timeout: 20000 });
  assert.equal(coach2.page.url(), metWoorden.link);
  assert.ok((await coach2.page.locator(".voorbeeld-kader").textContent()).includes(EIGEN));

  // The coach keeps a copy on purpose; it is listed and can be removed.
  await coach2.page.getByLabel("Naam of omschrijving (voor jezelf)").fill("Sam");
  await coach2.page.getByRole("button", { name: "Bewaar een kopie op dit apparaat" }).click();
  await coach2.page.getByText("Een kopie is bewaard op dit apparaat.").waitFor();
  const bewaard = JSON.parse(await document_(coach2.page));
  assert.equal(bewaard.ontvangen.length, 1);
  assert.equal(bewaard.ontvangen[0].label, "Sam");
  assert.deepEqual(Object.keys(bewaard.modules ?? {}), [], "a kept copy is not mixed into the coach's own answers");
  await coach2.page.goto(`${server.url}#/gedeeld/bestand`);
  await wachtOpKop(coach2.page);
  await coach2.page.getByRole("button", { name: "Bekijk Sam" }).click();
  assert.ok((await coach2.page.locator(".voorbeeld-kader").textContent()).includes(EIGEN));
  await coach2.page.getByRole("button", { name: "Verwijder Sam" }).click();
  await coach2.page.waitForFunction(() => JSON.parse(localStorage.getItem("spoorwijzer.document")).ontvangen.length === 0);

  for (const p of [kandidaat, coach, coach2]) {
    assert.deepEqual(p.fouten, []);
    assert.deepEqual(p.buiten, [], "no request leaves the origin");
    await p.context.close();
  }
});

test("on a phone the page opens with sharing: the share action is on the first screen, the save file after it", async () => {
  const p = await nieuwePagina(browser, server.origin, { viewport: { width: 390, height: 844 } });
  await metAntwoorden(p.page);
  await p.page.locator("#deel-kop").waitFor();
  const boven = async (sel) => (await p.page.locator(sel).boundingBox()).y;
  const onder = async (sel) => { const b = await p.page.locator(sel).boundingBox(); return b.y + b.height; };
  const delen = p.page.getByRole("button", { name: /^Link voor je coach/ });
  assert.ok(await onder(".sprong.hoofd") <= 844, "the share button is wholly on the first screen");
  assert.ok(await onder("#deel-kop") <= 844, `the share section starts on the first screen (${await onder("#deel-kop")})`);
  assert.ok(await boven("#deel-kop") < await boven("#bewaar-kop"), "sharing comes before the save file");
  assert.ok(await boven("#deel-maak") < await boven(".deel-voorbeeld"), "the link button comes before the long preview");
  // The two buttons jump to their section: its heading at the top of the screen, with focus.
  await p.page.getByRole("button", { name: /^Bewaarbestand/ }).click();
  await p.page.waitForFunction(() => document.activeElement?.id === "bewaar-kop");
  const kop = await boven("#bewaar-kop");
  assert.ok(kop > -1 && kop < 100, `the save-file heading is at the top (${kop})`);
  await delen.click();
  await p.page.waitForFunction(() => document.activeElement?.id === "deel-kop");
  assert.ok(Math.abs(await boven("#deel-kop")) < 100, "the share heading is at the top");
  assert.deepEqual(p.fouten, []);
  await p.context.close();
});

test("the code stays on one line at 320px with the largest text, and both copy buttons copy", async () => {
  const p = await nieuwePagina(browser, server.origin);
  await p.context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: server.origin });
  // The largest text size as the person chose it (the setting, not the header's buttons).
  await metAntwoorden(p.page, "nl", { tekstgrootte: "groter" });
  const { link, code } = await maakLink(p.page, ["zorgen"]);
  await p.page.setViewportSize({ width: 320, height: 800 });
  assert.ok(await p.page.evaluate(() => document.documentElement.classList.contains("tekst-groter")));
  const maat = await p.page.locator("#deel-code").evaluate((el) => {
    const s = getComputedStyle(el);
    const r = el.getBoundingClientRect();
    const bereik = document.createRange();
    bereik.selectNodeContents(el);
    const regels = new Set([...bereik.getClientRects()].map((x) => Math.round(x.top))).size;
    return {
      hoogte: r.height - parseFloat(s.paddingTop) - parseFloat(s.paddingBottom),
      regel: parseFloat(s.lineHeight), regels, rechts: r.right, breed: document.documentElement.clientWidth,
      letter: parseFloat(s.fontSize), tekst: parseFloat(getComputedStyle(document.body).fontSize),
      familie: s.fontFamily,
    };
  });
  assert.equal(maat.regels, 1, `one line: ${JSON.stringify(maat)}`);
  assert.ok(Math.abs(maat.hoogte - maat.regel) < 1, `the height of one line: ${JSON.stringify(maat)}`);
  assert.ok(maat.rechts <= maat.breed, `not cut off at the right: ${JSON.stringify(maat)}`);
  assert.ok(maat.letter >= maat.tekst * 0.9, `about as large as the text around it at least: ${JSON.stringify(maat)}`);
  assert.match(maat.familie, /monospace/);
  assert.ok(await p.page.evaluate(() => document.documentElement.scrollWidth <= 320), "no sideways scroll");

  await p.page.getByRole("button", { name: "Kopieer de code" }).click();
  await p.page.locator("#code-kopie-status", { hasText: "De code is gekopieerd." }).waitFor();
  assert.equal(await p.page.evaluate(() => navigator.clipboard.readText()), code);
  await p.page.getByRole("button", { name: "Kopieer de link" }).click();
  await p.page.locator("#kopie-status", { hasText: "De link is gekopieerd." }).waitFor();
  assert.equal(await p.page.evaluate(() => navigator.clipboard.readText()), link);
  assert.deepEqual(p.fouten, []);
  await p.context.close();
});

test("the coach's view says who shared it when a first name was given, and stays neutral without one", async () => {
  const kandidaat = await nieuwePagina(browser, server.origin);
  await metAntwoorden(kandidaat.page);
  const metNaam = await maakLink(kandidaat.page, ["zorgen"], { naam: "  Sanne " });
  // Changing the name after making a link asks for a new link.
  await kandidaat.page.locator("#deel-naam").fill("Sanne B");
  await kandidaat.page.getByText("Je hebt je keuze veranderd.", { exact: false }).waitFor();
  assert.equal(await kandidaat.page.locator("#deel-link").count(), 0);
  // The page keeps its choice between links: an empty name clears it.
  const zonderNaam = await maakLink(kandidaat.page, ["zorgen"], { naam: "" });
  const markup = await maakLink(kandidaat.page, ["zorgen"], { naam: XSS });

  const coach = await coachOpent(metNaam.link, metNaam.code);
  await coach.page.locator("#gedeeld-kop").waitFor({ timeout: 20000 });
  assert.equal((await coach.page.locator("#gedeeld-kop").textContent()).trim(), "Dit heeft Sanne met je gedeeld");
  assert.ok((await coach.page.locator(".voorbeeld-kader").textContent()).includes("Ik ben te ziek voor spoor 2 (werk bij een andere werkgever)."));
  // The name is the suggested label for a kept copy.
  assert.equal(await coach.page.locator("#kopie-label").inputValue(), "Sanne");

  const neutraal = await coachOpent(zonderNaam.link, zonderNaam.code);
  await neutraal.page.locator("#gedeeld-kop").waitFor({ timeout: 20000 });
  assert.equal((await neutraal.page.locator("#gedeeld-kop").textContent()).trim(), "Dit is met je gedeeld");
  assert.equal(await neutraal.page.locator("#kopie-label").inputValue(), "");

  // In English; and a name full of markup is shown as text, cut to 40 characters.
  const engels = await nieuwePagina(browser, server.origin);
  await engels.page.goto(`${server.url}?lang=en#/`);
  await wachtOpKop(engels.page);
  await engels.page.goto(markup.link);
  await wachtOpKop(engels.page);
  await engels.page.getByLabel("Code", { exact: true }).fill(markup.code);
  await engels.page.locator("form.code-formulier button[type=submit]").click();
  await engels.page.locator("#gedeeld-kop").waitFor({ timeout: 20000 });
  const kop = (await engels.page.locator("#gedeeld-kop").textContent()).trim();
  assert.equal(kop, `${XSS.slice(0, 40).trim()} shared this with you`);
  assert.equal(await engels.page.locator("#gedeeld-kop img, #gedeeld-kop script, #gedeeld-kop b").count(), 0);
  assert.equal(await engels.page.evaluate(() => window.__xss), undefined);

  for (const p of [kandidaat, coach, neutraal, engels]) {
    assert.deepEqual(p.fouten, []);
    assert.deepEqual(p.buiten, []);
    await p.context.close();
  }
});

test("a wrong code, a tampered link and a truncated link each get a clear message and store nothing", async () => {
  const kandidaat = await nieuwePagina(browser, server.origin);
  await vulZorgen(kandidaat.page);
  const { link, code } = await maakLink(kandidaat.page, ["zorgen"]);
  await kandidaat.context.close();

  // A wrong code (valid form, other characters).
  const anders = code.replace(/^./, (c) => (c === "A" ? "B" : "A"));
  const fout = await coachOpent(link, anders);
  await fout.page.getByText("Deze code past niet bij deze link. Controleer de code en probeer het opnieuw.").waitFor({ timeout: 20000 });
  assert.equal(await fout.page.locator("#gedeeld-kop").count(), 0);
  // A code of the wrong form is caught before any key is made.
  await fout.page.getByLabel("Code", { exact: true }).fill("ABC-0O1");
  await fout.page.getByRole("button", { name: "Bekijk de antwoorden" }).click();
  await fout.page.getByText(/Een code heeft 10 tekens/).waitFor();
  // The right code still works afterwards: there is no lockout.
  await fout.page.getByLabel("Code", { exact: true }).fill(code);
  await fout.page.getByRole("button", { name: "Bekijk de antwoorden" }).click();
  await fout.page.locator("#gedeeld-kop").waitFor({ timeout: 20000 });

  // A character changed in the middle of the payload.
  const [basis, payload] = link.split("#/gedeeld/");
  const midden = Math.floor(payload.length / 2);
  const ander = payload[midden] === "A" ? "B" : "A";
  const getamperd = `${basis}#/gedeeld/${payload.slice(0, midden)}${ander}${payload.slice(midden + 1)}`;
  const kapot = await coachOpent(getamperd);
  await kapot.page.getByText(/Deze link is beschadigd of niet compleet/).waitFor();
  assert.equal(await kapot.page.getByLabel("Code", { exact: true }).count(), 0, "no code is asked for a damaged link");

  // The link cut short, as some chat programs do.
  const kort = await coachOpent(`${basis}#/gedeeld/${payload.slice(0, payload.length - 9)}`);
  await kort.page.getByText(/Deze link is beschadigd of niet compleet/).waitFor();
  const heelKort = await coachOpent(`${basis}#/gedeeld/AbC`);
  await heelKort.page.getByText(/Deze link is beschadigd of niet compleet/).waitFor();

  // A deliberate change with a recomputed checksum: AES-GCM refuses it, so
  // nothing is shown (and the code is reported as not fitting).
  const bytes = Buffer.from(payload, "base64url");
  bytes[40] ^= 1;
  let a = 1, b = 0;
  for (const x of bytes.subarray(0, bytes.length - 4)) { a = (a + x) % 65521; b = (b + a) % 65521; }
  bytes.writeUInt32BE(((b << 16) | a) >>> 0, bytes.length - 4);
  const vervalst = await coachOpent(`${basis}#/gedeeld/${bytes.toString("base64url")}`, code);
  await vervalst.page.getByText("Deze code past niet bij deze link. Controleer de code en probeer het opnieuw.").waitFor({ timeout: 20000 });
  assert.equal(await vervalst.page.locator("#gedeeld-kop").count(), 0, "a forged payload is never shown");

  for (const p of [fout, kapot, kort, heelKort, vervalst]) {
    const doc = JSON.parse((await document_(p.page)) ?? "{}");
    assert.deepEqual(Object.keys(doc.modules ?? {}), []);
    assert.deepEqual(p.fouten, []);
    assert.deepEqual(p.buiten, []);
    await p.context.close();
  }
});

test("the shared file opens on the coach's page with the same code", async () => {
  const kandidaat = await nieuwePagina(browser, server.origin);
  const keuze = await vulZorgen(kandidaat.page);
  const { code } = await maakLink(kandidaat.page, ["zorgen"]);
  const bestand = await download(kandidaat.page, "Download als bestand");
  assert.match(bestand.naam, /\.spoorwijzer$/);
  const coach = await nieuwePagina(browser, server.origin);
  await coach.page.goto(`${server.url}#/gedeeld/bestand`);
  await wachtOpKop(coach.page);
  await coach.page.setInputFiles("#deelbestand", { name: bestand.naam, mimeType: "text/plain", buffer: Buffer.from(bestand.tekst) });
  await coach.page.getByLabel("Code", { exact: true }).fill(code);
  await coach.page.getByRole("button", { name: "Bekijk de antwoorden" }).click();
  await coach.page.locator("#gedeeld-kop").waitFor({ timeout: 20000 });
  assert.ok((await coach.page.locator(".voorbeeld-kader").textContent()).includes(keuze));
  // A file that is no share file gets its own message.
  await coach.page.goto(`${server.url}#/`);
  await coach.page.goto(`${server.url}#/gedeeld/bestand`);
  await coach.page.setInputFiles("#deelbestand", { name: "x.txt", mimeType: "text/plain", buffer: Buffer.from("hallo") });
  await coach.page.getByText(/In dit bestand staat geen gedeeld resultaat/).waitFor();
  for (const p of [kandidaat, coach]) {
    assert.deepEqual(p.fouten, []);
    assert.deepEqual(p.buiten, []);
    await p.context.close();
  }
});

test("a save file round trip: merge keeps what is here, replace takes the file after a confirmation", async () => {
  const a = await nieuwePagina(browser, server.origin);
  await vulZorgen(a.page, "Tekst van apparaat A");
  await a.page.goto(`${server.url}#/delen`);
  await wachtOpKop(a.page);
  const bestand = await download(a.page, "Download het bewaarbestand");
  assert.match(bestand.naam, /^spoorwijzer-bewaarbestand-\d{4}-\d{2}-\d{2}\.json$/);
  const json = JSON.parse(bestand.tekst);
  assert.equal(json.formaat, "spoorwijzer-bewaarbestand");
  assert.equal(json.versie, 1);
  assert.ok(json.app_versie && json.gemaakt_op);
  const docA = JSON.parse(await document_(a.page));
  assert.deepEqual(json.dokument.modules, docA.modules);

  // Device B has answers of its own: merging keeps them and adds A's.
  const b = await nieuwePagina(browser, server.origin);
  await vulZorgen(b.page, "Tekst van apparaat B");
  await b.page.goto(`${server.url}#/delen`);
  await wachtOpKop(b.page);
  const voor = await document_(b.page);
  await kiesBestand(b.page, bestand.naam, bestand.tekst);
  await b.page.locator("#import-voorbeeld").waitFor();
  const rij = await b.page.locator(".vergelijking li", { hasText: "Zorgen en gedachten" }).textContent();
  assert.match(rij, /nu: \d+ antwoorden? — in het bestand: \d+ antwoorden?/);
  assert.equal(await document_(b.page), voor, "nothing changes before the person chooses");
  await b.page.getByRole("button", { name: "Samenvoegen" }).click();
  await b.page.getByText(/Klaar\. In het bestand stond niets|Klaar\. Het bestand is samengevoegd/).waitFor();
  const samen = JSON.parse(await document_(b.page));
  assert.equal(samen.modules.zorgen.antwoorden["zor.gesprek"].waarde, "Tekst van apparaat B", "B's own answer wins");
  assert.equal(samen.modules.zorgen.momentopnames?.length ?? 0, 0);

  // Replace: first a confirmation, then the file's content exactly.
  await kiesBestand(b.page, bestand.naam, bestand.tekst);
  await b.page.getByRole("button", { name: "Vervangen" }).click();
  await b.page.getByText(/Weet je het zeker\?/).waitFor();
  await b.page.getByRole("button", { name: "Nee, ga terug" }).click();
  assert.equal(JSON.parse(await document_(b.page)).modules.zorgen.antwoorden["zor.gesprek"].waarde, "Tekst van apparaat B");
  await b.page.getByRole("button", { name: "Vervangen" }).click();
  await b.page.getByRole("button", { name: "Ja, vervang alles" }).click();
  await b.page.getByText("Klaar. Alles komt nu uit het bewaarbestand.").waitFor();
  const vervangen = JSON.parse(await document_(b.page));
  assert.deepEqual(vervangen.modules, docA.modules);
  assert.ok(vervangen.revisie > JSON.parse(voor).revisie, "the replacement counts as a newer revision");

  for (const p of [a, b]) {
    assert.deepEqual(p.fouten, []);
    assert.deepEqual(p.buiten, []);
    await p.context.close();
  }
});

test("an encrypted save file needs its passphrase; a wrong one changes nothing", async () => {
  const a = await nieuwePagina(browser, server.origin);
  await vulZorgen(a.page, "Geheime tekst");
  await a.page.goto(`${server.url}#/delen`);
  await wachtOpKop(a.page);
  await a.page.getByLabel("Beveilig het bestand met een wachtwoord").check();
  // Said before anything is typed: a forgotten passphrase cannot be recovered.
  await a.page.getByText(/een vergeten wachtwoord kan niemand terughalen, ook wij niet/).waitFor();
  // What is still missing stands calmly above the button and updates while typing;
  // the button names it for a screen reader, and a click goes to the field to fill.
  const nodig = a.page.locator("#ww-nodig");
  const knop = a.page.getByRole("button", { name: "Download het bewaarbestand" });
  assert.equal(await nodig.textContent(), "Nog nodig: een wachtwoord van minstens 12 tekens.");
  await a.page.getByLabel("Wachtwoord", { exact: true }).fill("paard batt");
  assert.equal(await nodig.textContent(), "Nog nodig: 2 tekens meer.");
  assert.equal(await knop.getAttribute("aria-describedby"), "ww-nodig");
  await a.page.getByLabel("Wachtwoord", { exact: true }).fill("paard batte");
  assert.equal(await nodig.textContent(), "Nog nodig: 1 teken meer.", "11 characters are not enough");
  let downloads = 0;
  a.page.on("download", () => downloads++);
  await knop.click();
  assert.equal(await a.page.evaluate(() => document.activeElement.id), "ww-1");
  await a.page.getByLabel("Wachtwoord", { exact: true }).fill("paard batterij niet");
  assert.equal(await nodig.textContent(), "Nog nodig: typ het wachtwoord nog een keer.");
  // What is typed can be shown, and a phone keyboard neither capitalises nor corrects it.
  await a.page.getByLabel("Laat het wachtwoord zien").check();
  for (const veld of ["#ww-1", "#ww-2"]) {
    assert.deepEqual(await a.page.locator(veld).evaluate((el) => [el.type, el.autocapitalize, el.getAttribute("autocorrect"), el.spellcheck]), ["text", "none", "off", false]);
  }
  await a.page.getByLabel("Laat het wachtwoord zien").uncheck();
  assert.equal(await a.page.locator("#ww-1").getAttribute("type"), "password");
  await a.page.getByLabel("Typ het wachtwoord nog een keer").fill("paard batterij niet!");
  assert.equal(await nodig.textContent(), "Nog nodig: twee keer hetzelfde wachtwoord.");
  await knop.click();
  assert.equal(await a.page.evaluate(() => document.activeElement.id), "ww-2");
  // Calm: no alert, no red; nothing was made.
  assert.equal(await a.page.locator("[role=alert]").count(), 0);
  assert.equal(await nodig.evaluate((el) => getComputedStyle(el).color), await a.page.evaluate(() => getComputedStyle(document.body).color), "the text's own colour");
  assert.equal(downloads, 0);
  await a.page.getByLabel("Typ het wachtwoord nog een keer").fill("paard batterij niet");
  assert.equal(await nodig.count(), 0, "nothing missing: no line");
  assert.equal(await knop.getAttribute("aria-describedby"), null);
  const bestand = await download(a.page, "Download het bewaarbestand");
  const json = JSON.parse(bestand.tekst);
  assert.equal(json.versleuteld.iteraties, 600000);
  assert.ok(!("dokument" in json));
  assert.ok(!bestand.tekst.includes("Geheime tekst") && !bestand.tekst.includes("zor.gesprek"));

  const b = await nieuwePagina(browser, server.origin);
  await b.page.goto(`${server.url}#/delen`);
  await wachtOpKop(b.page);
  await kiesBestand(b.page, bestand.naam, bestand.tekst);
  await b.page.getByText("Dit bestand is beveiligd met een wachtwoord.").waitFor();
  await b.page.locator("#import-ww").fill("paard batterij NIET");
  await b.page.getByRole("button", { name: "Open het bestand" }).click();
  await b.page.getByText(/Dit wachtwoord past niet bij dit bestand/).waitFor({ timeout: 20000 });
  assert.equal(await document_(b.page), null, "a wrong passphrase stores nothing");
  await b.page.locator("#import-ww").fill("paard batterij niet");
  await b.page.getByRole("button", { name: "Open het bestand" }).click();
  await b.page.locator("#import-voorbeeld").waitFor({ timeout: 20000 });
  await b.page.getByRole("button", { name: "Samenvoegen" }).click();
  await b.page.getByText("Klaar. Het bestand is samengevoegd met wat je al had.").waitFor();
  assert.equal(JSON.parse(await document_(b.page)).modules.zorgen.antwoorden["zor.gesprek"].waarde, "Geheime tekst");

  // A changed byte in the encrypted data: refused, nothing changes.
  const veranderd = structuredClone(json);
  const data = veranderd.versleuteld.data;
  veranderd.versleuteld.data = data.slice(0, 10) + (data[10] === "A" ? "B" : "A") + data.slice(11);
  const voor = await document_(b.page);
  await kiesBestand(b.page, bestand.naam, JSON.stringify(veranderd));
  await b.page.locator("#import-ww").fill("paard batterij niet");
  await b.page.getByRole("button", { name: "Open het bestand" }).click();
  await b.page.getByText(/past niet bij dit bestand/).waitFor({ timeout: 20000 });
  assert.equal(await document_(b.page), voor);

  for (const p of [a, b]) {
    assert.deepEqual(p.fouten, []);
    assert.deepEqual(p.buiten, []);
    await p.context.close();
  }
});

test("the app makes a passphrase of five words to write down; typed back with a stray space, the file opens", async () => {
  const a = await nieuwePagina(browser, server.origin);
  await a.context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: server.origin });
  await vulZorgen(a.page, "Tekst met een gemaakt wachtwoord");
  await a.page.goto(`${server.url}delen.html#/delen`);
  await wachtOpKop(a.page);
  await a.page.locator("#bewaar-met-ww").check();
  await a.page.getByRole("button", { name: "Maak een wachtwoord voor mij" }).click();
  const woorden = a.page.locator("#ww-bedacht");
  await woorden.waitFor();
  assert.equal(await a.page.evaluate(() => document.activeElement.id), "ww-bedacht-kop", "focus goes to the new passphrase");
  const eerste = (await woorden.textContent()).trim();
  assert.match(eerste, /^[a-z]{3,9}( [a-z]{3,9}){4}$/, eerste);
  assert.equal(new Set(eerste.split(" ")).size, 5, "five different words");
  await a.page.getByRole("button", { name: "Maak een ander wachtwoord" }).click();
  await a.page.waitForFunction((oud) => document.getElementById("ww-bedacht")?.textContent.trim() !== oud, eerste);
  const ww = (await woorden.textContent()).trim();
  assert.equal(await a.page.locator("#ww-nodig").count(), 0, "a made passphrase needs nothing more");
  await a.page.getByRole("button", { name: "Kopieer het wachtwoord" }).click();
  await a.page.getByText("Het wachtwoord is gekopieerd. Schrijf het ook op.").waitFor();
  assert.equal(await a.page.evaluate(() => navigator.clipboard.readText()), ww);
  const bestand = await download(a.page, "Download het bewaarbestand");
  assert.ok(JSON.parse(bestand.tekst).versleuteld);
  // Choosing one's own again brings the two empty fields back.
  await a.page.getByRole("button", { name: "Ik kies liever zelf een wachtwoord" }).click();
  assert.equal(await a.page.evaluate(() => document.activeElement.id), "ww-1");

  const b = await nieuwePagina(browser, server.origin);
  await b.page.goto(`${server.url}delen.html#/delen`);
  await wachtOpKop(b.page);
  await kiesBestand(b.page, bestand.naam, bestand.tekst);
  await b.page.getByLabel("Laat het wachtwoord zien").check();
  assert.equal(await b.page.locator("#import-ww").getAttribute("type"), "text");
  await b.page.locator("#import-ww").fill(` ${ww.replace(" ", "  ")} `);
  await b.page.getByRole("button", { name: "Open het bestand" }).click();
  await b.page.locator("#import-voorbeeld").waitFor({ timeout: 40000 });
  await b.page.getByRole("button", { name: "Samenvoegen" }).click();
  assert.equal(JSON.parse(await document_(b.page)).modules.zorgen.antwoorden["zor.gesprek"].waarde, "Tekst met een gemaakt wachtwoord");
  for (const p of [a, b]) {
    assert.deepEqual(p.fouten, []);
    assert.deepEqual(p.buiten, []);
    await p.context.close();
  }
});

/** A save file as an older version wrote it: PBKDF2-SHA-256 and AES-GCM-256 (Node's WebCrypto), any passphrase. */
async function oudVersleuteld(dokument, wachtwoord) {
  const { subtle } = globalThis.crypto;
  const b64 = (b) => Buffer.from(b).toString("base64url");
  const salt = globalThis.crypto.getRandomValues(new Uint8Array(16));
  const iv = globalThis.crypto.getRandomValues(new Uint8Array(12));
  const basis = await subtle.importKey("raw", new TextEncoder().encode(wachtwoord.normalize("NFC")), "PBKDF2", false, ["deriveKey"]);
  const sleutel = await subtle.deriveKey({ name: "PBKDF2", hash: "SHA-256", iterations: 600000, salt }, basis, { name: "AES-GCM", length: 256 }, false, ["encrypt"]);
  const data = await subtle.encrypt({ name: "AES-GCM", iv, tagLength: 128 }, sleutel, new TextEncoder().encode(JSON.stringify(dokument)));
  return JSON.stringify({ formaat: "spoorwijzer-bewaarbestand", versie: 1, app_versie: "0.1.0", gemaakt_op: "2026-11-20T10:00:00.000Z",
    versleuteld: { salt: b64(salt), iv: b64(iv), iteraties: 600000, data: b64(data) } });
}

test("a file made earlier with a passphrase of 8 characters still opens", async () => {
  const dokument = { schema: 1, revisie: 3, modules: { zorgen: { antwoorden: { "zor.gesprek": { soort: "tekst", waarde: "Van vroeger" } } } } };
  const p = await nieuwePagina(browser, server.origin);
  await p.page.goto(`${server.url}delen.html#/delen`);
  await wachtOpKop(p.page);
  await kiesBestand(p.page, "oud.json", await oudVersleuteld(dokument, "kort1234"));
  await p.page.locator("#import-ww").fill("kort1234");
  await p.page.getByRole("button", { name: "Open het bestand" }).click();
  await p.page.locator("#import-voorbeeld").waitFor({ timeout: 20000 });
  await p.page.getByRole("button", { name: "Samenvoegen" }).click();
  assert.equal(JSON.parse(await document_(p.page)).modules.zorgen.antwoorden["zor.gesprek"].waarde, "Van vroeger");
  assert.deepEqual(p.fouten, []);
  await p.context.close();
});

test("bad files get their own message and change nothing", async () => {
  const p = await nieuwePagina(browser, server.origin);
  await vulZorgen(p.page);
  await p.page.goto(`${server.url}#/delen`);
  await wachtOpKop(p.page);
  const voor = await document_(p.page);
  const gevallen = [
    ["notities.json", "dit is geen json {", /Het is geen bewaarbestand/],
    ["nieuw.json", JSON.stringify({ formaat: "spoorwijzer-bewaarbestand", versie: 2, dokument: {} }), /nieuwere versie van Spoorwijzer/],
    ["nieuw-schema.json", JSON.stringify({ formaat: "spoorwijzer-bewaarbestand", versie: 1, dokument: { schema: 99 } }), /nieuwere versie van Spoorwijzer/],
    ["ander.json", JSON.stringify({ naam: "iets anders" }), /Dit is geen bewaarbestand van Spoorwijzer/],
    ["kapot.json", JSON.stringify({ formaat: "spoorwijzer-bewaarbestand", versie: 1, dokument: { schema: 1, revisie: "x" } }), /beschadigd of veranderd/],
    ["groot.json", "{\"x\":\"" + "a".repeat(2 * 1024 * 1024) + "\"}", /te groot/],
  ];
  for (const [naam, tekst, melding] of gevallen) {
    await kiesBestand(p.page, naam, tekst);
    await p.page.locator("#import-status", { hasText: melding }).waitFor();
    assert.equal(await p.page.locator("#import-status").getAttribute("role"), "alert");
    assert.equal(await document_(p.page), voor, `${naam} changed nothing`);
  }
  assert.deepEqual(p.fouten, []);
  assert.deepEqual(p.buiten, []);
  await p.context.close();
});

test("markup typed into every free-text field never runs: preview, shared view, import preview", async () => {
  const kandidaat = await nieuwePagina(browser, server.origin);
  for (const id of MODULES) await vulAlles(kandidaat.page, id, XSS);
  const doc = JSON.parse(await document_(kandidaat.page));
  const teksten = Object.values(doc.modules).flatMap((m) => Object.values(m.antwoorden)).filter((a) => a.soort === "tekst" || a.soort === "lijst");
  assert.ok(teksten.length >= 8, `free-text answers stored (${teksten.length})`);
  const { link, code } = await maakLink(kandidaat.page, MODULES.filter((m) => doc.modules[m]), { eigen: true });
  const geenUitvoering = async (page) => {
    assert.equal(await page.evaluate(() => window.__xss), undefined);
    assert.equal(await page.locator("main img[src=x], main script, main b[onmouseover]").count(), 0);
  };
  assert.ok((await kandidaat.page.locator(".voorbeeld-kader").textContent()).includes("<img src=x"), "shown as text");
  await geenUitvoering(kandidaat.page);
  const coach = await coachOpent(link, code);
  await coach.page.locator("#gedeeld-kop").waitFor({ timeout: 20000 });
  assert.ok((await coach.page.locator(".voorbeeld-kader").textContent()).includes("<img src=x"));
  await geenUitvoering(coach.page);
  // The save file, loaded elsewhere: preview and the profile afterwards.
  await kandidaat.page.goto(`${server.url}#/delen`);
  const bestand = await download(kandidaat.page, "Download het bewaarbestand");
  const elders = await nieuwePagina(browser, server.origin);
  await elders.page.goto(`${server.url}#/delen`);
  await wachtOpKop(elders.page);
  await kiesBestand(elders.page, bestand.naam, bestand.tekst);
  await elders.page.locator("#import-voorbeeld").waitFor();
  await geenUitvoering(elders.page);
  await elders.page.getByRole("button", { name: "Samenvoegen" }).click();
  await elders.page.goto(`${server.url}#/profiel`);
  await wachtOpKop(elders.page);
  await geenUitvoering(elders.page);
  for (const p of [kandidaat, coach, elders]) {
    assert.deepEqual(p.fouten, []);
    assert.deepEqual(p.buiten, []);
    await p.context.close();
  }
});

/** axe finds nothing and nothing scrolls sideways at a desktop, a phone and the smallest phone width. */
async function toegankelijkOpElkeBreedte(page, wat) {
  for (const width of [1280, 390, 320]) {
    await page.setViewportSize({ width, height: 844 });
    assert.deepEqual(await axe(page), [], `${wat} at ${width}px`);
    assert.ok(await page.evaluate((w) => document.documentElement.scrollWidth <= w, width), `${wat}: no sideways scroll at ${width}px`);
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

for (const taal of ["nl", "en"]) {
  test(`axe finds no violations on #/delen and the shared view (${taal}) at 1280, 390 and 320px, and nothing scrolls sideways`, async () => {
    const kandidaat = await nieuwePagina(browser, server.origin);
    await metAntwoorden(kandidaat.page, taal, { coach: true });
    await toegankelijkOpElkeBreedte(kandidaat.page, "empty choice");
    await kandidaat.page.locator("input[name=deel-module][value=zorgen]").check();
    await kandidaat.page.locator("#deel-eigen").check();
    await kandidaat.page.locator("#deel-coach").check();
    await kandidaat.page.locator("#deel-naam").fill("Sanne");
    await kandidaat.page.locator("#bewaar-met-ww").check();
    await toegankelijkOpElkeBreedte(kandidaat.page, "the passphrase fields");
    // The passphrase the app made, shown to write down, is checked with the link below.
    await kandidaat.page.locator("#ww-maak").click();
    await kandidaat.page.locator("#ww-bedacht").waitFor();
    await kandidaat.page.getByRole("button", { name: taal === "nl" ? "Maak een link met code" : "Make a link with a code" }).click();
    const { link, code } = await linkEnCode(kandidaat.page);
    await toegankelijkOpElkeBreedte(kandidaat.page, "with preview and link");
    await kiesBestand(kandidaat.page, "x.json", JSON.stringify({ formaat: "spoorwijzer-bewaarbestand", versie: 1, dokument: { schema: 1, revisie: 1 } }));
    await kandidaat.page.locator("#import-voorbeeld").waitFor();
    await toegankelijkOpElkeBreedte(kandidaat.page, "with import preview");

    const coach = await nieuwePagina(browser, server.origin);
    await coach.page.goto(`${server.url}?lang=${taal}#/`);
    await wachtOpKop(coach.page);
    await coach.page.goto(link);
    await wachtOpKop(coach.page);
    await toegankelijkOpElkeBreedte(coach.page, "code form");
    await coach.page.locator("#code").fill("AAAA-AAAA-AA");
    await coach.page.locator("form.code-formulier button[type=submit]").click();
    await coach.page.locator("#code-fout").waitFor({ timeout: 20000 });
    await toegankelijkOpElkeBreedte(coach.page, "wrong code message");
    await coach.page.locator("#code").fill(code);
    await coach.page.locator("form.code-formulier button[type=submit]").click();
    await coach.page.locator("#gedeeld-kop").waitFor({ timeout: 20000 });
    assert.ok((await coach.page.locator(".gedeeld-info").textContent()).includes("Praktijk De Brug"));
    assert.equal((await coach.page.locator("#gedeeld-kop").textContent()).trim(), taal === "nl" ? "Dit heeft Sanne met je gedeeld" : "Sanne shared this with you");
    await toegankelijkOpElkeBreedte(coach.page, "shared view");
    // Print shows only the conversation sheet of what was shared.
    await coach.page.emulateMedia({ media: "print" });
    assert.ok(await coach.page.locator(".gespreksblad").isVisible());
    assert.ok(!(await coach.page.locator(".gedeeld-info").isVisible()));
    await coach.page.emulateMedia({ media: "screen" });
    for (const p of [kandidaat, coach]) {
      assert.deepEqual(p.fouten, []);
      assert.deepEqual(p.buiten, []);
      await p.context.close();
    }
  });
}
