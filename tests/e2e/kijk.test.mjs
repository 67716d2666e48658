// "Kijk van een ander": three browser contexts — the candidate, a trusted person
// and a coach. Invite (a link with no answers), answer in the trusted person's
// own browser (nothing stored there), return the reply with a code, preview,
// add and name it, see it in the profile, share it with the coach only when
// ticked. Damaged, wrong-code, replayed and foreign replies are refused with
// the data unchanged; typed markup never runs; no request leaves the origin;
// keyboard only; axe at 390 and 1280 px in Dutch and English.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { serveer, start, nieuwePagina, wachtOpKop, axe, tabNaar, opgeslagen, linkEnCode } from "./hulp.mjs";

const XSS = `<img src=x onerror="window.__xss=1"><script>window.__xss=2</script>`;

let server, browser;
before(async () => { server = await serveer(); browser = await start(); });
after(async () => { await browser?.close(); await server?.close(); });

const ruw = (page) => page.evaluate(() => localStorage.getItem("spoorwijzer.document"));

/** A candidate who chose two qualities of their own, in `taal`. */
async function kandidaat(taal = "nl", viewport) {
  const k = await nieuwePagina(browser, server.origin, viewport ? { viewport } : {});
  await k.page.goto(`${server.url}?lang=${taal}#/`);
  await wachtOpKop(k.page);
  await k.page.evaluate(() => {
    const doc = JSON.parse(localStorage.getItem("spoorwijzer.document"));
    doc.modules["wie-ben-ik"] = { antwoorden: { "wbi.kwaliteiten": { soort: "keuzes", waarde: ["eerlijk", "rustig"] } } };
    localStorage.setItem("spoorwijzer.document", JSON.stringify(doc));
    localStorage.setItem("spoorwijzer.revisie", String(doc.revisie));
  });
  await k.page.goto(`${server.url}#/anderen`);
  await k.page.reload();
  await wachtOpKop(k.page);
  return k;
}

/** On #/anderen: make an invitation (optionally with a name); returns its link. */
async function nodigUit(page, naam) {
  await page.goto(`${server.url}#/anderen`);
  await wachtOpKop(page);
  if (naam) await page.locator("#kijk-naam").fill(naam);
  await page.locator("#kijk-maak").click();
  await page.locator("#uitnodiging-link").waitFor();
  return page.locator("#uitnodiging-link").inputValue();
}

/** A trusted person in a fresh context answers `link`; returns { link, code, vertrouwd }. */
async function beantwoord(link, { naam = "Ahmed", woorden = "", boodschap = "Je bent sterker dan je denkt." } = {}) {
  const v = await nieuwePagina(browser, server.origin);
  await v.page.goto(link);
  await wachtOpKop(v.page);
  await v.page.getByRole("button", { name: /^(Begin|Start)/ }).click();
  // 1: qualities.
  await v.page.locator("input[name=kijk-kwaliteit][value=geduldig]").check();
  await v.page.locator("input[name=kijk-kwaliteit][value=eerlijk]").check();
  if (woorden) await v.page.locator("#kijk-woorden").fill(woorden);
  await v.page.getByRole("button", { name: /^(Volgende|Next)/ }).click();
  // 2: good at.
  await v.page.locator("#kijk-goed-in").fill("Plannen, mensen geruststellen");
  await v.page.getByRole("button", { name: /^(Volgende|Next)/ }).click();
  // 3: energy: skipped.
  await v.page.locator("input[name=kijk-energie]").first().waitFor();
  await v.page.getByRole("button", { name: /^(Volgende|Next)/ }).click();
  // 4: a message.
  await v.page.locator("#kijk-boodschap").fill(boodschap);
  await v.page.getByRole("button", { name: /^(Volgende|Next)/ }).click();
  await v.page.locator("#kijk-van").fill(naam);
  await v.page.locator("#kijk-maak-antwoord").click();
  await v.page.locator("#antwoord-link").waitFor({ timeout: 20000 });
  const terug = await v.page.locator("#antwoord-link").inputValue();
  const code = (await v.page.locator("#antwoord-code").textContent()).trim();
  return { link: terug, code, vertrouwd: v };
}

/** The candidate opens a reply and types a code; waits for the page to answer. */
async function openAntwoord(page, link, code) {
  await page.goto(link);
  await page.reload();
  await wachtOpKop(page);
  await page.locator("#kijk-code").fill(code);
  await page.getByRole("button", { name: /^(Bekijk het antwoord|See the reply)$/ }).click();
  await page.locator("#kijk-voorbeeld-kop, #kijk-status, #kijk-code-fout").first().waitFor({ timeout: 20000 });
}

test("invite, answer, return, add, see in the profile, and share with a coach only when ticked", async () => {
  const k = await kandidaat();
  const link = await nodigUit(k.page, "Sanne");
  assert.ok(link.startsWith(`${server.url}#/kijk/`) && !link.includes("?"), link);
  // The invitation holds no answers of the candidate.
  const payload = Buffer.from(link.split("#/kijk/")[1], "base64url").toString("utf8");
  assert.ok(!payload.includes("eerlijk") && !payload.includes("rustig") && !payload.includes("antwoorden"), payload);
  assert.equal((await opgeslagen(k.page)).uitnodigingen.length, 1);

  const { link: terug, code, vertrouwd } = await beantwoord(link, { woorden: XSS, boodschap: `Echt waar.\n${XSS}` });
  const v = vertrouwd.page;
  assert.match(code, /^[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{2}$/);
  assert.ok(terug.startsWith(`${server.url}#/kijk-terug/`), terug);
  assert.ok(!terug.includes(code.replaceAll("-", "")) && !terug.includes("Plannen"), "neither the code nor the answers readable in the link");
  // Nothing of the trusted person's is stored on their device.
  assert.deepEqual(await v.evaluate(() => [Object.keys(localStorage), Object.keys(sessionStorage)]), [[], []]);
  assert.equal(await v.locator("h1").textContent(), "Sanne vraagt: hoe zie jij mij?");
  // The code is shown once: back to the questions and the code is gone.
  await v.getByRole("button", { name: "Terug naar de vragen" }).click();
  assert.equal(await v.locator("#antwoord-code").count(), 0);
  assert.deepEqual(vertrouwd.buiten, []);
  assert.deepEqual(vertrouwd.fouten, []);

  // A wrong code: a clear message, nothing changed.
  const voor = await ruw(k.page);
  await openAntwoord(k.page, terug, "ABCD-EFGH-JK");
  assert.match(await k.page.locator("#kijk-code-fout").textContent(), /Deze code past niet bij dit antwoord/);
  assert.equal(await ruw(k.page), voor);
  // The right code: first a preview, nothing kept yet.
  await k.page.locator("#kijk-code").fill(code.toLowerCase());
  await k.page.getByRole("button", { name: "Bekijk het antwoord" }).click();
  await k.page.locator("#kijk-voorbeeld-kop").waitFor({ timeout: 20000 });
  const voorbeeld = await k.page.locator("main").textContent();
  for (const woord of ["Geduldig", "Eerlijk", "Plannen", "mensen geruststellen", "Echt waar.", "Van: Ahmed"]) assert.ok(voorbeeld.includes(woord), woord);
  assert.equal(await ruw(k.page), voor, "nothing is kept before 'Voeg toe'");
  assert.equal(await k.page.locator("#kijk-label").inputValue(), "Ahmed");
  await k.page.locator("#kijk-label").fill("Mijn zus");
  await k.page.getByRole("button", { name: "Voeg toe aan mijn profiel" }).click();
  await k.page.locator("#kijk-status", { hasText: "Toegevoegd" }).waitFor();
  const doc = await opgeslagen(k.page);
  assert.equal(doc.schema, 5);
  assert.deepEqual(doc.kijk.map((r) => r.label), ["Mijn zus"]);
  assert.deepEqual(doc.kijk[0].spiegel.kwaliteiten, ["geduldig", "eerlijk"]);

  // Opened again (a replay): refused, nothing changed.
  const na = await ruw(k.page);
  await openAntwoord(k.page, terug, code);
  assert.match(await k.page.locator("#kijk-status").textContent(), /Dit antwoord heb je al toegevoegd/);
  assert.equal(await ruw(k.page), na);
  // Damaged or cut off: refused before any code is asked.
  const [voorDeel, p] = terug.split("#/kijk-terug/");
  const i = Math.floor(p.length / 2);
  for (const kapot of [`${p.slice(0, i)}${p[i] === "A" ? "B" : "A"}${p.slice(i + 1)}`, p.slice(0, p.length - 5)]) {
    await k.page.goto(`${voorDeel}#/kijk-terug/${kapot}`);
    await wachtOpKop(k.page);
    await k.page.locator("#kijk-status").waitFor();
    assert.match(await k.page.locator("#kijk-status").textContent(), /niet compleet, of het is onderweg veranderd/);
    assert.equal(await k.page.locator("#kijk-code").count(), 0);
    assert.equal(await ruw(k.page), na);
  }

  // The profile: both named, only others named, by whom; markup stays text.
  await k.page.goto(`${server.url}#/profiel`);
  await wachtOpKop(k.page);
  const blok = k.page.locator("section:has(#p-anderen)");
  await blok.waitFor();
  const tekst = await blok.textContent();
  assert.match(tekst, /Jullie noemen het allebei\s*Eerlijk\s*genoemd door Mijn zus/);
  assert.match(tekst, /Alleen anderen noemen het.*Geduldig\s*genoemd door Mijn zus/s);
  assert.match(tekst, /Alleen jij noemt het\s*Rustig/);
  assert.ok(tekst.includes(XSS), "typed markup is shown as text");
  assert.equal(await k.page.evaluate(() => window.__xss), undefined);
  assert.equal(await blok.locator("img, script").count(), 0);
  assert.ok(!/\d+\s*(%|punten|points)/.test(tekst), "never a score");

  // Sharing with the coach: not without the tick, yes with it.
  const maakDeelLink = async (met) => {
    await k.page.goto(`${server.url}#/delen`);
    await wachtOpKop(k.page);
    await k.page.locator('input[name=deel-module][value="wie-ben-ik"]').check();
    if (met) await k.page.locator("#deel-kijk").check();
    assert.equal(await k.page.locator("#deel-kijk").isChecked(), met, "off by default");
    await k.page.getByRole("button", { name: /Maak een (nieuwe )?link/ }).click();
    return linkEnCode(k.page);
  };
  const coachZiet = async ({ link: l, code: c }) => {
    const coach = await nieuwePagina(browser, server.origin);
    await coach.page.goto(l);
    await wachtOpKop(coach.page);
    await coach.page.getByLabel("Code", { exact: true }).fill(c);
    await coach.page.getByRole("button", { name: "Bekijk de antwoorden" }).click();
    await coach.page.locator("#gedeeld-kop").waitFor({ timeout: 20000 });
    const gezien = await coach.page.locator(".voorbeeld-kader").textContent();
    const sectie = await coach.page.locator("#p-anderen").count();
    assert.equal(await coach.page.evaluate(() => window.__xss), undefined);
    assert.deepEqual(coach.buiten, []);
    assert.deepEqual(coach.fouten, []);
    await coach.context.close();
    return { gezien, sectie };
  };
  const zonder = await coachZiet(await maakDeelLink(false));
  assert.equal(zonder.sectie, 0);
  assert.ok(!zonder.gezien.includes("Mijn zus") && !zonder.gezien.includes("Geduldig"));
  const met = await coachZiet(await maakDeelLink(true));
  assert.equal(met.sectie, 1);
  assert.match(met.gezien, /Alleen anderen noemen het.*Geduldig\s*genoemd door Mijn zus/s);

  assert.deepEqual(k.buiten, []);
  assert.deepEqual(k.fouten, []);
  await vertrouwd.context.close();
  await k.context.close();
});

test("a reply for another candidate's invitation is refused and changes nothing", async () => {
  const a = await kandidaat();
  const { link, code, vertrouwd } = await beantwoord(await nodigUit(a.page));
  await vertrouwd.context.close();
  const b = await kandidaat();
  await nodigUit(b.page, "Bo");
  const voor = await ruw(b.page);
  await openAntwoord(b.page, link, code);
  assert.match(await b.page.locator("#kijk-status").textContent(), /hoort bij een uitnodiging die niet op dit apparaat is gemaakt/);
  assert.equal(await ruw(b.page), voor);
  assert.equal((await opgeslagen(b.page)).kijk, undefined);
  // The right candidate can still add it.
  await openAntwoord(a.page, link, code);
  await a.page.locator("#kijk-voorbeeld-kop").waitFor();
  await a.context.close();
  await b.context.close();
});

test("several replies are kept, each deleted on its own; in the save file; gone after 'Wis al mijn gegevens'", async () => {
  const k = await kandidaat();
  const uitnodiging = await nodigUit(k.page, "Sanne");
  for (const naam of ["Ahmed", "Lot"]) {
    const { link, code, vertrouwd } = await beantwoord(uitnodiging, { naam });
    await vertrouwd.context.close();
    await openAntwoord(k.page, link, code);
    await k.page.getByRole("button", { name: "Voeg toe aan mijn profiel" }).click();
    await k.page.locator("#kijk-status", { hasText: "Toegevoegd" }).waitFor();
  }
  // Throwing one away keeps nothing.
  const { link, code, vertrouwd } = await beantwoord(uitnodiging, { naam: "Weg" });
  await vertrouwd.context.close();
  await openAntwoord(k.page, link, code);
  const voor = await ruw(k.page);
  await k.page.getByRole("button", { name: "Gooi weg" }).click();
  await k.page.locator("#kijk-status", { hasText: "Weggegooid" }).waitFor();
  assert.equal(await ruw(k.page), voor);
  assert.deepEqual((await opgeslagen(k.page)).kijk.map((r) => r.label), ["Ahmed", "Lot"]);

  // The save file holds them.
  await k.page.goto(`${server.url}#/delen`);
  await wachtOpKop(k.page);
  const [dl] = await Promise.all([k.page.waitForEvent("download"), k.page.getByRole("button", { name: "Download het bewaarbestand" }).click()]);
  const bestand = JSON.parse(fs.readFileSync(await dl.path(), "utf8"));
  assert.deepEqual(bestand.dokument.kijk.map((r) => r.label), ["Ahmed", "Lot"]);
  assert.equal(bestand.dokument.uitnodigingen.length, 1);

  // Each deleted on its own.
  await k.page.goto(`${server.url}#/anderen`);
  await wachtOpKop(k.page);
  await k.page.getByRole("button", { name: "Verwijder het antwoord van Ahmed" }).click();
  await k.page.locator("#bewaard-status", { hasText: "Het antwoord van Ahmed is verwijderd." }).waitFor();
  assert.deepEqual((await opgeslagen(k.page)).kijk.map((r) => r.label), ["Lot"]);

  await k.page.goto(`${server.url}#/privacy`);
  await wachtOpKop(k.page);
  await k.page.getByRole("button", { name: "Wis al mijn gegevens" }).click();
  await k.page.getByRole("button", { name: "Ja, wis alles" }).click();
  // Only the new generation's id stays (it holds no answer; it keeps other tabs from writing theirs back).
  await k.page.waitForFunction(() => Object.keys(localStorage).filter((s) => s.startsWith("spoorwijzer.")).join() === "spoorwijzer.generatie");
  await k.page.goto(`${server.url}#/profiel`);
  await wachtOpKop(k.page);
  assert.ok(!(await k.page.locator("main").textContent()).includes("Lot"));
  assert.deepEqual(k.buiten, []);
  await k.context.close();
});

test("keyboard only: the trusted person answers and the candidate adds the reply", async () => {
  const k = await kandidaat();
  const uitnodiging = await nodigUit(k.page, "Sanne");
  const v = await nieuwePagina(browser, server.origin);
  await v.page.goto(uitnodiging);
  await wachtOpKop(v.page);
  const druk = async (loc, toets = "Enter") => { await tabNaar(v.page, loc); await v.page.keyboard.press(toets); };
  await druk(v.page.getByRole("button", { name: "Begin" }));
  await druk(v.page.locator("input[name=kijk-kwaliteit][value=geduldig]"), "Space");
  assert.ok(await v.page.locator("input[name=kijk-kwaliteit][value=geduldig]").isChecked());
  await tabNaar(v.page, v.page.locator("#kijk-woorden"));
  await v.page.keyboard.type("Warm");
  for (let n = 0; n < 4; n++) await druk(v.page.getByRole("button", { name: "Volgende" }));
  await tabNaar(v.page, v.page.locator("#kijk-van"));
  await v.page.keyboard.type("Ahmed");
  await v.page.keyboard.press("Enter");
  await v.page.locator("#antwoord-link").waitFor({ timeout: 20000 });
  assert.equal(await v.page.evaluate(() => document.activeElement.id), "antwoord-kop", "focus moves to the result");
  const link = await v.page.locator("#antwoord-link").inputValue();
  const code = (await v.page.locator("#antwoord-code").textContent()).trim();
  await v.context.close();

  await k.page.goto(link);
  await k.page.reload();
  await wachtOpKop(k.page);
  await tabNaar(k.page, k.page.locator("#kijk-code"));
  await k.page.keyboard.type(code);
  await k.page.keyboard.press("Enter");
  await k.page.locator("#kijk-voorbeeld-kop").waitFor({ timeout: 20000 });
  assert.equal(await k.page.evaluate(() => document.activeElement.id), "kijk-voorbeeld-kop");
  await tabNaar(k.page, k.page.locator("#kijk-voeg-toe"));
  await k.page.keyboard.press("Enter");
  await k.page.locator("#kijk-status", { hasText: "Toegevoegd" }).waitFor();
  assert.deepEqual((await opgeslagen(k.page)).kijk.map((r) => [r.label, r.spiegel.kwaliteiten_woorden]), [["Ahmed", ["Warm"]]]);
  await k.context.close();
});

/** Wait until the service worker controls the page (the app's files are cached). */
async function metServiceWorker(page) {
  await page.evaluate(() => navigator.serviceWorker.ready);
  if (!(await page.evaluate(() => !!navigator.serviceWorker.controller))) {
    await page.reload();
    await wachtOpKop(page);
  }
  await page.waitForFunction(() => !!navigator.serviceWorker.controller);
}

test("offline after one visit: the trusted person answers and the candidate adds the reply", async () => {
  const k = await kandidaat();
  const uitnodiging = await nodigUit(k.page, "Sanne");
  const v = await nieuwePagina(browser, server.origin);
  await v.page.goto(uitnodiging);
  await wachtOpKop(v.page);
  await metServiceWorker(v.page);
  await v.context.setOffline(true);
  await v.page.reload();
  assert.equal(await wachtOpKop(v.page), "Sanne vraagt: hoe zie jij mij?");
  await v.page.getByRole("button", { name: "Begin" }).click();
  await v.page.locator("input[name=kijk-kwaliteit][value=geduldig]").check();
  for (let n = 0; n < 4; n++) await v.page.getByRole("button", { name: "Volgende" }).click();
  await v.page.locator("#kijk-maak-antwoord").click();
  await v.page.locator("#antwoord-link").waitFor({ timeout: 20000 });
  const link = await v.page.locator("#antwoord-link").inputValue();
  const code = (await v.page.locator("#antwoord-code").textContent()).trim();
  assert.deepEqual(await v.page.evaluate(() => Object.keys(localStorage)), []);
  await v.context.close();

  await metServiceWorker(k.page);
  await k.context.setOffline(true);
  await openAntwoord(k.page, link, code);
  await k.page.locator("#kijk-voeg-toe").click();
  await k.page.locator("#kijk-status", { hasText: "Toegevoegd" }).waitFor();
  assert.equal((await opgeslagen(k.page)).kijk.length, 1);
  await k.context.close();
});

test("in an embed on another origin: the invitation is a plain app link and a reply is added inside the frame", async () => {
  const map = fs.mkdtempSync(path.join(os.tmpdir(), "spoorwijzer-host-"));
  fs.writeFileSync(path.join(map, "index.html"), `<!doctype html><html lang="nl"><title>Praktijk</title>
    <iframe title="Spoorwijzer" src="${server.url}?embed=1#/anderen" width="390" height="1600"
      sandbox="allow-scripts allow-same-origin allow-downloads allow-popups allow-modals"></iframe>`);
  const host = await serveer(map);
  const { context, page, fouten } = await nieuwePagina(browser, host.origin);
  await page.goto(host.url);
  const frame = page.frameLocator("iframe");
  await frame.locator("#kijk-maak").click();
  const uitnodiging = await frame.locator("#uitnodiging-link").inputValue();
  assert.ok(uitnodiging.startsWith(`${server.url}#/kijk/`), uitnodiging);
  const { link, code, vertrouwd } = await beantwoord(uitnodiging);
  await vertrouwd.context.close();
  await frame.locator("#antwoord-plak").fill(`Hier is mijn antwoord:\n${link}\n`);
  await frame.getByRole("button", { name: "Open het antwoord" }).click();
  await frame.locator("#kijk-code").fill(code);
  await frame.getByRole("button", { name: "Bekijk het antwoord" }).click();
  await frame.locator("#kijk-voeg-toe").click();
  await frame.locator("#kijk-status", { hasText: "Toegevoegd" }).waitFor();
  const opgeslagenInFrame = await page.frames()[1].evaluate(() => JSON.parse(localStorage.getItem("spoorwijzer.document")).kijk.length);
  assert.equal(opgeslagenInFrame, 1);
  // The host page has no favicon of its own: its 404 is the host's, not the app's.
  assert.deepEqual(fouten.filter((f) => !f.includes("404 (Not Found)")), []);
  await context.close();
  await host.close();
});

test("axe: 0 violations on every new screen at 390 and 1280 px, in Dutch and English", async () => {
  for (const taal of ["nl", "en"]) {
    const k = await kandidaat(taal, { width: 390, height: 2000 });
    const meet = async (page, waar) => {
      for (const width of [390, 1280]) {
        await page.setViewportSize({ width, height: 2000 });
        const fouten = await axe(page);
        assert.deepEqual(fouten, [], `${taal} ${width}px ${waar}: ${JSON.stringify(fouten, null, 1)}`);
      }
    };
    const uitnodiging = await nodigUit(k.page, "Sanne");
    await meet(k.page, "#/anderen with a link");
    const v = await nieuwePagina(browser, server.origin, { viewport: { width: 390, height: 2000 } });
    await v.page.goto(uitnodiging);
    await wachtOpKop(v.page);
    assert.equal(await v.page.evaluate(() => document.querySelector("main [lang]")?.getAttribute("lang")), taal, "the invitation's language");
    await meet(v.page, "invitation intro");
    await v.page.locator("main .stap-nav .knop").last().click();
    for (let stap = 1; stap <= 4; stap++) {
      await v.page.locator("#vraag-kop").waitFor();
      await meet(v.page, `question ${stap}`);
      if (stap === 1) await v.page.locator("input[name=kijk-kwaliteit]").first().check();
      await v.page.locator("main .stap-nav .knop").last().click();
    }
    await meet(v.page, "ready to send");
    await v.page.locator("#kijk-maak-antwoord").click();
    await v.page.locator("#antwoord-link").waitFor({ timeout: 20000 });
    await meet(v.page, "reply made");
    const link = await v.page.locator("#antwoord-link").inputValue();
    const code = (await v.page.locator("#antwoord-code").textContent()).trim();
    await v.context.close();
    await k.page.goto(link);
    await k.page.reload();
    await wachtOpKop(k.page);
    await meet(k.page, "code entry");
    await k.page.locator("#kijk-code").fill(code);
    await k.page.locator(".code-formulier button").click();
    await k.page.locator("#kijk-voorbeeld-kop").waitFor({ timeout: 20000 });
    await meet(k.page, "preview");
    await k.page.locator("#kijk-voeg-toe").click();
    await k.page.locator("#kijk-status").waitFor();
    await k.page.goto(`${server.url}#/profiel`);
    await wachtOpKop(k.page);
    await k.page.locator("#p-anderen").waitFor();
    await meet(k.page, "profile with a reply");
    await k.context.close();
  }
});

test("an English invitation reads in English from the first screen on for someone who never chose a language, without writing one", async () => {
  const k = await kandidaat("en");
  const link = await nodigUit(k.page, "Sam");
  await k.context.close();
  const v = await nieuwePagina(browser, server.origin, { context: { serviceWorkers: "block" } });
  let laat;
  const poort = new Promise((r) => { laat = r; });
  await v.page.route(/\.wasm$/, async (route) => { await poort; await route.continue(); });
  await v.page.goto(link, { waitUntil: "commit" });
  // Before the wasm runs: the static first screen, already in English.
  await v.page.locator("#voorscherm h1").waitFor();
  assert.equal(await v.page.evaluate(() => document.documentElement.lang), "en");
  assert.equal((await v.page.locator("#voorscherm h1").textContent()).trim(), "How do you see me?");
  laat();
  await v.page.locator("#voorscherm").waitFor({ state: "detached" });
  await wachtOpKop(v.page);
  // The app: the page and its frame in English, and no language written on this device.
  await v.page.getByRole("heading", { level: 1, name: "Sam asks: how do you see me?" }).waitFor();
  assert.equal(await v.page.evaluate(() => document.documentElement.lang), "en");
  assert.match(await v.page.locator("header nav").textContent(), /Who am I/);
  assert.equal(JSON.parse((await ruw(v.page)) ?? "null")?.instellingen?.taal ?? null, null);
  // Someone who chose Dutch on this device before keeps Dutch, from the first screen on.
  await v.page.goto(`${server.url}?lang=nl#/`);
  await wachtOpKop(v.page);
  await v.page.goto(link);
  await v.page.reload({ waitUntil: "commit" });
  await v.page.locator("#voorscherm h1, main h1").first().waitFor();
  assert.equal(await v.page.evaluate(() => document.documentElement.lang), "nl");
  await wachtOpKop(v.page);
  await v.page.getByRole("heading", { level: 1, name: "Sam vraagt: hoe zie jij mij?" }).waitFor();
  assert.match(await v.page.locator("header nav").textContent(), /Wie ben ik/);
  assert.deepEqual(v.fouten, []);
  await v.context.close();
});
