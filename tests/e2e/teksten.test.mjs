// The texts live outside the wasm (issue 14): the person's device loads only
// the language they read, from the app's own origin. A text file that is
// missing, cut off or not a text file at all gives a plain message, never a
// blank page, and changes nothing that was kept.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { serveer, start, nieuwePagina as hulpPagina, wachtOpKop, DIST } from "./hulp.mjs";

let server, browser;
before(async () => { server = await serveer(); browser = await start(); });
after(async () => { await browser?.close(); await server?.close(); });

// Without the service worker: it would answer from its cache, past the test's routes.
const nieuwePagina = (opties = {}) => hulpPagina(browser, server.origin, { ...opties, context: { serviceWorkers: "block" } });

/** The built text file of a language: `nl`, or a part of it: `tijdlijn-nl`. */
const tekstbestand = (naam) => {
  const [deel, taal] = naam.includes("-") ? naam.split("-") : ["", naam];
  return fs.readdirSync(DIST).find((f) => new RegExp(`^teksten${deel ? `-${deel}` : ""}-${taal}-[0-9a-f]{16}\\.txt$`).test(f));
};

/** The texts of a built text file (see src/domain/tekstbestand.rs for the format). */
function teksten(naam) {
  const [, ...regels] = fs.readFileSync(path.join(DIST, tekstbestand(naam)), "utf8").split("\n");
  return regels.filter(Boolean).map((r) => r.slice(9).replace(/\\n/g, "\n").replace(/\\\\/g, "\\"));
}

test("the wasm carries no sentence of either language: they come from the text files", () => {
  const wasm = fs.readFileSync(path.join(DIST, fs.readdirSync(DIST).find((f) => f.endsWith(".wasm"))));
  for (const taal of ["nl", "en", "tijdlijn-nl", "tijdlijn-en"]) {
    assert.ok(tekstbestand(taal), `dist has the ${taal} text file`);
    const zinnen = teksten(taal).filter((z) => Buffer.byteLength(z) >= 24);
    assert.ok(zinnen.length > 250, `${taal}: ${zinnen.length} sentences`);
    const binnen = zinnen.filter((z) => wasm.includes(Buffer.from(z)));
    assert.deepEqual(binnen.slice(0, 5), [], `${taal}: ${binnen.length} texts are still compiled into the wasm`);
  }
});

test("a Dutch reader's page loads only the Dutch texts it needs; the timeline's and English arrive when asked for", async () => {
  const { context, page, fouten } = await nieuwePagina();
  const gevraagd = [];
  page.on("request", (r) => { if (/teksten-/.test(r.url())) gevraagd.push(path.basename(new URL(r.url()).pathname)); });
  await page.goto(`${server.url}#/wie-ben-ik`);
  assert.equal(await wachtOpKop(page), "Wie ben ik?");
  assert.deepEqual(gevraagd, [tekstbestand("nl")]);
  await page.getByRole("button", { name: "English" }).click();
  assert.equal(await wachtOpKop(page), "Who am I?");
  assert.deepEqual(gevraagd, [tekstbestand("nl"), tekstbestand("en")]);
  // Back to Dutch: already loaded, no request.
  await page.getByRole("button", { name: "Nederlands" }).click();
  assert.equal(await wachtOpKop(page), "Wie ben ik?");
  assert.equal(gevraagd.length, 2);
  // The timeline's texts come with its page (an entry of its own), and only there.
  await page.click('nav a[href$="#/tijdlijn"]');
  await page.waitForURL(`${server.url}tijdlijn.html#/tijdlijn`);
  assert.equal(await wachtOpKop(page), "Mijn tijdlijn");
  assert.ok(await page.getByText("Eerste ziektedag").first().isVisible(), "the timeline's own texts show");
  assert.deepEqual(gevraagd.slice(2).sort(), [tekstbestand("nl"), tekstbestand("tijdlijn-nl")].sort());
  await page.click('nav a[href$="#/"]');
  await page.waitForURL(`${server.url}#/`);
  await wachtOpKop(page);
  assert.deepEqual(gevraagd.slice(4), [tekstbestand("nl")], "the start page does not fetch the timeline's texts");
  assert.deepEqual(fouten, []);
  await context.close();
});

/** A page that kept one answer, then reopens with the text files matching `welke` answered by `antwoord`. */
async function heropenMet(antwoord, welke = /teksten-(nl|en)-[0-9a-f]+\.txt$/) {
  const { context, page, fouten } = await nieuwePagina();
  await page.goto(`${server.url}#/wat-wil-ik/2/1`);
  await page.locator("form.vragen fieldset input[type=radio]").nth(2).check();
  await page.waitForFunction(() => (localStorage.getItem("spoorwijzer.document") || "").includes("wwi"));
  const voor = await page.evaluate(() => localStorage.getItem("spoorwijzer.document"));
  await page.route(welke, antwoord);
  await page.goto("about:blank");
  await page.goto(`${server.url}#/wat-wil-ik`);
  return { context, page, fouten, voor };
}

const KAPOT = {
  "blocked": (route) => route.abort(),
  "a host's error page": (route) => route.fulfill({ status: 200, contentType: "text/html", body: "<!doctype html><h1>404</h1>" }),
  "cut off halfway": async (route) => {
    const echt = fs.readFileSync(path.join(DIST, path.basename(new URL(route.request().url()).pathname)), "utf8");
    await route.fulfill({ status: 200, contentType: "text/plain", body: echt.slice(0, echt.length / 2) });
  },
  "one letter added": async (route) => {
    const echt = fs.readFileSync(path.join(DIST, path.basename(new URL(route.request().url()).pathname)), "utf8");
    await route.fulfill({ status: 200, contentType: "text/plain", body: echt.replace(/\n(\w+) (\w)/, "\n$1 X$2") });
  },
};

for (const [soort, antwoord] of Object.entries(KAPOT)) {
  test(`text files that are ${soort} give a plain message in the page's language, and nothing kept changes`, async () => {
    const { context, page, fouten, voor } = await heropenMet(antwoord);
    const status = page.locator("#voorscherm .vs-mislukt");
    await status.waitFor();
    assert.match(await status.textContent(), /kon niet laden.*Je antwoorden zijn veilig/);
    assert.equal(await page.locator("#voorscherm h1").textContent(), "Wat wil ik?", "the static heading stays");
    assert.equal(await page.evaluate(() => localStorage.getItem("spoorwijzer.document")), voor);
    assert.ok(fouten.some((f) => f.includes("texts could not load")), "the console says why");
    await context.close();
  });
}

test("when only the Dutch texts are damaged, the app opens in English and says why; nothing kept changes", async () => {
  const { context, page, voor } = await heropenMet(KAPOT["one letter added"], /teksten-nl-[0-9a-f]+\.txt$/);
  assert.equal(await wachtOpKop(page), "What do I want?");
  await page.getByRole("heading", { name: "This language could not load" }).waitFor();
  assert.equal(await page.evaluate(() => localStorage.getItem("spoorwijzer.document")), voor);
  await context.close();
});

test("when the timeline's texts cannot load, its page says so plainly and the rest of the app works", async () => {
  const { context, page } = await nieuwePagina();
  await page.route(/teksten-tijdlijn-nl-[0-9a-f]+\.txt$/, (route) => route.abort());
  await page.goto(`${server.url}#/tijdlijn`);
  await page.locator("main p.laden", { hasText: "kon niet laden" }).waitFor();
  assert.equal(await page.locator("main[aria-busy]").count(), 0, "not busy forever");
  await page.click('nav a[href$="#/wie-ben-ik"]');
  assert.equal(await wachtOpKop(page), "Wie ben ik?");
  await context.close();
});

test("when English cannot load, the app goes on in Dutch and says so; English works once it can load", async () => {
  const { context, page } = await nieuwePagina();
  await page.route(/teksten-en-[0-9a-f]+\.txt$/, (route) => route.abort());
  await page.goto(`${server.url}#/wie-ben-ik`);
  assert.equal(await wachtOpKop(page), "Wie ben ik?");
  await page.getByRole("button", { name: "English" }).click();
  await page.getByRole("heading", { name: "Deze taal kon niet laden" }).waitFor();
  assert.equal(await page.locator("main h1").first().textContent(), "Wie ben ik?");
  await page.unroute(/teksten-en-[0-9a-f]+\.txt$/);
  await page.reload();
  assert.equal(await wachtOpKop(page), "Who am I?", "the choice was kept, and English shows once it loads");
  await context.close();
});
