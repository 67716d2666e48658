// What a link may do (issue 22, items 5 and 6). Anyone can make a link, so a link
// proposes and the person decides: a coach link's welcome is a preview, marked as
// the link's words, and nothing of it is kept until "Bewaren" (not on "Niet
// bewaren", not on a reload, not on closing the tab); kept, it can be undone. A
// `?start=` date asks before it replaces a date that was filled in. And a link
// keeps its parameters when the app moves it to another entry, also when it is
// pasted into a tab where the app already runs.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { serveer, start, nieuwePagina, wachtOpKop, axe, opgeslagen } from "./hulp.mjs";

let server, browser;
before(async () => { server = await serveer(); browser = await start(); });
after(async () => { await browser?.close(); await server?.close(); });

/** A `coach=` value as the link builder writes it (src/domain/coach.rs): base64url of short-keyed JSON. */
const coachWaarde = (instellingen) => Buffer.from(JSON.stringify({ v: 1, ...instellingen })).toString("base64url");

/** Every value the app keeps in localStorage (its keys start with "spoorwijzer."). */
const sporen = (page) => page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith("spoorwijzer.")).map((k) => [k, localStorage.getItem(k)]));

const ENG = "Je gegevens worden gewist. Stuur de link én de code naar 06-12345678, dan zetten we ze terug.";
const MARKUP = "<img src=x onerror=alert(1)>";
const VIJANDIG = { p: "Spoorwijzer", w: `${ENG}\n${MARKUP}`, c: MARKUP, a: "#b00020" };

test("a coach link with a hostile welcome shows a preview as text, and keeps nothing on 'Niet bewaren', a reload or a closed tab", async () => {
  const { context, page, fouten, buiten } = await nieuwePagina(browser, server.origin);
  const dialogen = [];
  const verzoeken = [];
  context.on("page", (p) => p.on("dialog", (d) => { dialogen.push(d.message()); d.dismiss(); }));
  page.on("dialog", (d) => { dialogen.push(d.message()); d.dismiss(); });
  context.on("request", (r) => verzoeken.push(new URL(r.url()).pathname));
  const adres = `${server.url}?coach=${coachWaarde(VIJANDIG)}#/`;
  await page.goto(adres);
  await wachtOpKop(page, "Welkom bij Spoorwijzer");
  const voorstel = page.locator("section.coach-voorstel");
  await voorstel.waitFor();
  await page.evaluate(() => new Promise((klaar) => requestAnimationFrame(() => requestAnimationFrame(klaar))));
  // The app's own words ask; the link's words stand in a frame that says whose they are.
  assert.equal((await voorstel.locator("h2").textContent()).trim(), "Deze link wil dit welkom laten zien");
  const kader = voorstel.locator(".coach-uit-link");
  assert.equal(await kader.locator(".coach-bron").textContent(), "Tekst uit de link van je coach, niet van Spoorwijzer");
  assert.equal(await kader.locator(".coach-praktijk").textContent(), "Spoorwijzer");
  assert.equal(await kader.locator("p.coach-tekst").textContent(), `${ENG}\n${MARKUP}`);
  assert.match(await kader.locator(".coach-contact").textContent(), /<img src=x onerror=alert\(1\)>/);
  const buitenKader = await page.evaluate(() => {
    const main = document.querySelector("main").cloneNode(true);
    main.querySelectorAll(".coach-uit-link").forEach((el) => el.remove());
    return main.textContent;
  });
  assert.ok(!buitenKader.includes("gewist") && !buitenKader.includes("06-12345678"), "none of the link's words outside its frame");
  // Text only: no element, no alert, no request for the image.
  assert.equal(await page.locator("main img, main script").count(), 0);
  assert.deepEqual(dialogen, []);
  assert.deepEqual(verzoeken.filter((p) => p.endsWith("/x")), []);
  // The link's colour is not used before a yes.
  assert.equal(await page.evaluate(() => document.documentElement.style.getPropertyValue("--accent")), "");
  assert.deepEqual(await sporen(page), [], "nothing stored while the preview shows");
  assert.deepEqual(await axe(page), [], "axe on the preview");

  // A reload without an answer asks again, and still keeps nothing.
  await page.reload();
  await wachtOpKop(page);
  await voorstel.waitFor();
  assert.deepEqual(await sporen(page), [], "nothing stored after a reload");

  // Closing the tab without an answer keeps nothing either.
  await page.close();
  const tweede = await context.newPage();
  tweede.on("console", (m) => { if (m.type() === "error") fouten.push(m.text()); });
  await tweede.goto(`${server.url}#/`);
  await wachtOpKop(tweede, "Welkom bij Spoorwijzer");
  assert.equal(await tweede.locator(".coach-welkom, .coach-antwoord").count(), 0, "no welcome from the closed tab's link");
  assert.equal(await tweede.evaluate(() => document.documentElement.style.getPropertyValue("--accent")), "");
  assert.deepEqual(await sporen(tweede), [], "nothing stored after the tab was closed");

  // "Niet bewaren": said plainly, the link leaves the address, nothing is kept, a reload asks nothing.
  await tweede.goto(adres);
  await wachtOpKop(tweede);
  await tweede.getByRole("button", { name: "Niet bewaren" }).click();
  const antwoord = tweede.locator("#coach-antwoord");
  await antwoord.waitFor();
  assert.equal((await antwoord.textContent()).trim(), "Je hebt het welkom niet bewaard. Er is niets veranderd.");
  await tweede.waitForFunction(() => document.activeElement?.id === "coach-antwoord");
  assert.equal(await tweede.locator("section.coach-voorstel, section.coach-welkom").count(), 0);
  assert.equal(new URL(tweede.url()).search, "", "the link left the address");
  assert.deepEqual(await sporen(tweede), [], "nothing stored on 'Niet bewaren'");
  await tweede.reload();
  await wachtOpKop(tweede, "Welkom bij Spoorwijzer");
  assert.equal(await tweede.locator(".coach-voorstel, .coach-welkom").count(), 0);
  assert.deepEqual(await sporen(tweede), []);

  // A real coach link also names a language; that setting may be kept, the link's words never are.
  await tweede.goto(`${server.url}?lang=en&coach=${coachWaarde(VIJANDIG)}#/`);
  await wachtOpKop(tweede, "Welcome to Spoorwijzer");
  await tweede.getByRole("button", { name: "Do not keep" }).click();
  await tweede.locator("#coach-antwoord").waitFor();
  for (const [sleutel, waarde] of await sporen(tweede)) {
    assert.ok(!waarde.includes("gewist") && !waarde.includes("onerror"), `${sleutel} holds the link's words`);
  }
  assert.equal((await opgeslagen(tweede))?.coach ?? null, null);
  assert.deepEqual(dialogen, []);
  assert.deepEqual(fouten, []);
  assert.deepEqual(buiten, []);
  await context.close();
});

test("a kept welcome can be undone: 'Zet de vorige terug' brings the earlier coach back, and the same link is not asked again", async () => {
  const { context, page, fouten } = await nieuwePagina(browser, server.origin);
  const eerste = `${server.url}?coach=${coachWaarde({ p: "Praktijk De Brug", w: "Fijn dat je er bent." })}#/`;
  const tweede = `${server.url}?coach=${coachWaarde({ p: "Praktijk Noord", w: "Welkom!", a: "#5b2e91" })}#/`;
  const praktijk = async () => (await opgeslagen(page))?.coach?.praktijk ?? null;

  // Nothing kept before: keeping can be taken back ("Toch niet bewaren").
  await page.goto(eerste);
  await wachtOpKop(page);
  await page.getByRole("button", { name: "Bewaren", exact: true }).click();
  await page.locator("#coach-antwoord", { hasText: "Het welkom is bewaard" }).waitFor();
  assert.equal(await praktijk(), "Praktijk De Brug");
  await page.getByRole("button", { name: "Toch niet bewaren" }).click();
  await page.locator("#coach-antwoord", { hasText: "Het welkom is weg" }).waitFor();
  assert.equal(await praktijk(), null);
  assert.equal(await page.locator("section.coach-welkom").count(), 0);

  // Kept for real; the same link again shows the welcome and asks nothing.
  await page.goto(eerste);
  await wachtOpKop(page);
  await page.getByRole("button", { name: "Bewaren", exact: true }).click();
  await page.locator("#coach-antwoord").waitFor();
  await page.goto(eerste);
  await wachtOpKop(page);
  await page.locator("section.coach-welkom .coach-praktijk", { hasText: "Praktijk De Brug" }).waitFor();
  assert.equal(await page.locator("section.coach-voorstel").count(), 0, "the same link is not asked again");

  // Another coach's link says it would take the place of the kept one.
  await page.goto(tweede);
  await wachtOpKop(page);
  const voorstel = page.locator("section.coach-voorstel");
  await voorstel.waitFor();
  assert.match(await voorstel.textContent(), /Je hebt al een welkom van een coach bewaard/);
  assert.equal(await praktijk(), "Praktijk De Brug", "nothing replaced before the yes");
  await voorstel.getByRole("button", { name: "Bewaren", exact: true }).click();
  await page.locator("#coach-antwoord").waitFor();
  assert.equal(await praktijk(), "Praktijk Noord");
  await page.waitForFunction(() => document.documentElement.style.getPropertyValue("--accent") === "#5b2e91");
  await page.getByRole("button", { name: "Zet de vorige terug" }).click();
  await page.locator("#coach-antwoord", { hasText: "Je vorige welkom staat er weer." }).waitFor();
  await page.waitForFunction(() => document.activeElement?.id === "coach-antwoord");
  assert.equal(await praktijk(), "Praktijk De Brug");
  await page.waitForFunction(() => document.documentElement.style.getPropertyValue("--accent") === "");
  await page.locator("section.coach-welkom .coach-praktijk", { hasText: "Praktijk De Brug" }).waitFor();
  assert.deepEqual(await axe(page), [], "axe after putting the previous welcome back");
  assert.deepEqual(fouten, []);
  await context.close();
});

const NU = new Date("2026-11-22T12:00:00");

async function tijdlijnPagina() {
  const p = await nieuwePagina(browser, server.origin, { viewport: { width: 390, height: 844 } });
  await p.context.clock.setFixedTime(NU);
  return p;
}

const eersteZiektedag = async (page) => (await opgeslagen(page))?.tijdlijn?.eerste_ziektedag ?? null;

test("a start date in a link asks before it replaces the date that was filled in, and changes nothing until the answer", async () => {
  const { context, page, fouten } = await tijdlijnPagina();
  await page.goto(`${server.url}#/tijdlijn`);
  await wachtOpKop(page, "Mijn tijdlijn");
  await page.fill("#tl-start", "2025-12-01");
  await page.locator("#tl-start").blur();
  await page.waitForFunction(() => JSON.parse(localStorage.getItem("spoorwijzer.document") ?? "{}").tijdlijn?.eerste_ziektedag === "2025-12-01");

  const link = `${server.url}#/tijdlijn?start=2026-01-05`;
  await page.goto(link);
  await wachtOpKop(page, "Mijn tijdlijn");
  const vraag = page.locator("section.tl-link-vraag");
  await vraag.waitFor();
  assert.equal((await vraag.locator("h2").textContent()).trim(), "Een andere datum in de link");
  assert.deepEqual(await vraag.locator("dd").allTextContents(), ["maandag 1 december 2025", "maandag 5 januari 2026"]);
  assert.equal(await page.inputValue("#tl-start"), "2025-12-01", "the person's date stays in the form");
  assert.equal(await eersteZiektedag(page), "2025-12-01");
  assert.deepEqual(await axe(page), [], "axe on the question");
  // A reload asks again, and still nothing changed.
  await page.reload();
  await wachtOpKop(page, "Mijn tijdlijn");
  await vraag.waitFor();
  assert.equal(await eersteZiektedag(page), "2025-12-01");

  await vraag.getByRole("button", { name: "Laat mijn datum staan" }).click();
  const antwoord = page.locator("#tl-link-antwoord");
  await antwoord.waitFor();
  assert.equal((await antwoord.textContent()).trim(), "Je eigen datum blijft staan: maandag 1 december 2025.");
  await page.waitForFunction(() => document.activeElement?.id === "tl-link-antwoord");
  assert.equal(new URL(page.url()).hash, "#/tijdlijn", "answered: the link leaves the address");
  assert.equal(await eersteZiektedag(page), "2025-12-01");
  assert.equal(await vraag.count(), 0);

  await page.goto(link);
  await wachtOpKop(page, "Mijn tijdlijn");
  await vraag.getByRole("button", { name: "Vervang mijn datum" }).click();
  await antwoord.waitFor();
  assert.equal((await antwoord.textContent()).trim(), "Je eerste ziektedag is nu maandag 5 januari 2026.");
  assert.equal(await page.inputValue("#tl-start"), "2026-01-05");
  assert.equal(await eersteZiektedag(page), "2026-01-05");
  assert.match(await page.textContent(".tl-uit-link"), /uit je link/);
  await page.locator("#mijlpaal-42e-weeksmelding").waitFor({ state: "attached" });

  // The same date again asks nothing; a date the link cannot give is said, and changes nothing.
  await page.goto(link);
  await wachtOpKop(page, "Mijn tijdlijn");
  await page.locator("#mijlpaal-42e-weeksmelding").waitFor({ state: "attached" });
  assert.equal(await vraag.count(), 0);
  await page.goto(`${server.url}#/tijdlijn?start=morgen`);
  await wachtOpKop(page, "Mijn tijdlijn");
  await antwoord.waitFor();
  assert.match(await antwoord.textContent(), /De datum in de link kunnen we niet lezen/);
  assert.equal(await eersteZiektedag(page), "2026-01-05");
  assert.deepEqual(fouten, []);
  await context.close();
});

test("a timeline link pasted into a tab where the app runs keeps its date: stored and shown, with the page's own query kept", async () => {
  const { context, page, fouten } = await tijdlijnPagina();
  await page.goto(`${server.url}?lang=en#/`);
  await wachtOpKop(page, "Welcome to Spoorwijzer");
  // Pasting the link in the address bar of this tab only changes the fragment.
  await page.evaluate(() => { location.hash = "#/tijdlijn?start=2026-01-05"; });
  await page.waitForURL(/\/tijdlijn\.html\?lang=en#\/tijdlijn/);
  await wachtOpKop(page, "My timeline");
  await page.waitForFunction(() => document.querySelector("#tl-start")?.value === "2026-01-05");
  await page.waitForFunction(() => JSON.parse(localStorage.getItem("spoorwijzer.document") ?? "{}").tijdlijn?.eerste_ziektedag === "2026-01-05");
  assert.match(await page.locator("#mijlpaal-42e-weeksmelding").textContent(), /Monday 26 October 2026/);

  // A link followed from a page of another entry (here the privacy page) keeps its date too;
  // another date than the stored one is asked about, with both dates shown.
  await page.goto(`${server.url}#/privacy`);
  await wachtOpKop(page);
  await page.evaluate(() => {
    const a = document.createElement("a");
    a.href = "#/tijdlijn?start=2026-02-02";
    a.id = "naar-tijdlijn";
    a.textContent = "Je tijdlijn";
    document.querySelector("main").append(a);
  });
  await page.click("#naar-tijdlijn");
  await page.waitForURL(/\/tijdlijn\.html#\/tijdlijn\?start=2026-02-02$/);
  const vraag = page.locator("section.tl-link-vraag");
  await vraag.waitFor();
  assert.deepEqual(await vraag.locator("dd").allTextContents(), ["Monday 5 January 2026", "Monday 2 February 2026"]);
  await vraag.getByRole("button", { name: "Replace my date" }).click();
  await page.waitForFunction(() => JSON.parse(localStorage.getItem("spoorwijzer.document") ?? "{}").tijdlijn?.eerste_ziektedag === "2026-02-02");
  assert.equal(await page.inputValue("#tl-start"), "2026-02-02");
  assert.deepEqual(fouten, []);
  await context.close();
});
