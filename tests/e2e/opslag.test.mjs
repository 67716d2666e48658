// Keeping work: settings survive a reload, corrupt data is kept aside with a
// notice, blocked storage leaves a usable app, two tabs stay in step, and
// "delete everything" deletes everything.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { serveer, start, nieuwePagina, wachtOpKop } from "./hulp.mjs";

let server, browser;
before(async () => { server = await serveer(); browser = await start(); });
after(async () => { await browser?.close(); await server?.close(); });

test("a chosen language and text size survive a reload, and <html lang> follows", async () => {
  const { context, page, fouten } = await nieuwePagina(browser, server.origin);
  await page.goto(`${server.url}#/`);
  await wachtOpKop(page);
  assert.equal(await page.getAttribute("html", "lang"), "nl");
  await page.getByRole("button", { name: "English" }).click();
  await page.getByRole("button", { name: "Extra large text" }).click();
  await page.waitForFunction(() => document.querySelector("main h1").textContent.includes("Welcome"));
  await page.reload();
  assert.equal(await wachtOpKop(page), "Welcome to Spoorwijzer");
  assert.equal(await page.getAttribute("html", "lang"), "en");
  assert.match(await page.getAttribute("html", "class"), /tekst-groter/);
  assert.match(await page.textContent("#bewaard"), /Last saved on this device/);
  assert.deepEqual(fouten, []);
  await context.close();
});

test("?lang=en in a link selects English and is remembered without it", async () => {
  const { context, page } = await nieuwePagina(browser, server.origin);
  await page.goto(`${server.url}?lang=en#/privacy`);
  assert.equal(await wachtOpKop(page), "Privacy: what we keep and where");
  await page.goto(`${server.url}#/`);
  assert.equal(await wachtOpKop(page), "Welcome to Spoorwijzer");
  // Switching back is not undone by the ?lang=en still in an old address.
  await page.goto(`${server.url}?lang=en#/`);
  await wachtOpKop(page);
  await page.getByRole("button", { name: "Nederlands" }).click();
  await page.reload();
  assert.equal(await wachtOpKop(page), "Welkom bij Spoorwijzer");
  await context.close();
});

test("corrupt storage is kept aside untouched, with a notice and a download", async () => {
  const { context, page } = await nieuwePagina(browser, server.origin);
  await page.goto(`${server.url}#/`);
  await wachtOpKop(page);
  await page.evaluate(() => localStorage.setItem("spoorwijzer.document", "{beschadigd: ja"));
  await page.reload();
  await wachtOpKop(page);
  await page.getByRole("heading", { name: "We konden je opgeslagen gegevens niet lezen" }).waitFor();
  const opgeslagen = await page.evaluate(() => Object.fromEntries(Object.entries(localStorage)));
  const reserve = Object.entries(opgeslagen).filter(([k]) => k.startsWith("spoorwijzer.reservekopie."));
  assert.equal(reserve.length, 1);
  assert.equal(reserve[0][1], "{beschadigd: ja");
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Download de reservekopie" }).first().click(),
  ]);
  const pad = await download.path();
  const { readFileSync } = await import("node:fs");
  assert.equal(readFileSync(pad, "utf8"), "{beschadigd: ja");
  // Working on does not touch the backup.
  await page.getByRole("button", { name: "English" }).click();
  await page.reload();
  assert.equal(await wachtOpKop(page), "Welcome to Spoorwijzer");
  const na = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith("spoorwijzer.reservekopie.")).length);
  assert.equal(na, 1);
  await context.close();
});

test("storage that throws still leaves a usable app that says work is not kept", async () => {
  const blokkeer = () => {
    Object.defineProperty(window, "localStorage", { configurable: true, get() { throw new DOMException("blocked", "SecurityError"); } });
  };
  const { context, page, fouten } = await nieuwePagina(browser, server.origin, { initScript: blokkeer });
  await page.goto(`${server.url}#/`);
  await wachtOpKop(page);
  await page.getByRole("heading", { name: "Je werk wordt niet bewaard" }).waitFor();
  await page.getByRole("button", { name: "English" }).click();
  assert.equal(await wachtOpKop(page), "Welcome to Spoorwijzer");
  await page.click('nav a[href="#/privacy"]');
  assert.equal(await wachtOpKop(page), "Privacy: what we keep and where");
  assert.match(await page.textContent("#bewaard"), /not being saved/);
  assert.deepEqual(fouten, []);
  await context.close();
});

test("a change in one tab appears in the other, and neither overwrites the other", async () => {
  const { context, page: a } = await nieuwePagina(browser, server.origin);
  await a.goto(`${server.url}#/`);
  await wachtOpKop(a);
  const b = await context.newPage();
  await b.goto(`${server.url}#/`);
  await wachtOpKop(b);
  await a.getByRole("button", { name: "English" }).click();
  await b.waitForFunction(() => document.querySelector("main h1").textContent.includes("Welcome"), null, { timeout: 5000 });
  await b.getByRole("button", { name: "Large text", exact: true }).click();
  await a.waitForFunction(() => document.documentElement.classList.contains("tekst-groot"), null, { timeout: 5000 });
  const doc = JSON.parse(await a.evaluate(() => localStorage.getItem("spoorwijzer.document")));
  assert.equal(doc.instellingen.taal, "en");
  assert.equal(doc.instellingen.tekstgrootte, "groot");
  await context.close();
});

test("'Wis al mijn gegevens' removes everything after a confirmation", async () => {
  const { context, page } = await nieuwePagina(browser, server.origin);
  await page.goto(`${server.url}#/privacy`);
  await wachtOpKop(page);
  await page.evaluate(() => localStorage.setItem("andere.app", "blijft"));
  await page.getByRole("button", { name: "Grote tekst", exact: true }).click();
  await page.getByRole("button", { name: "Wis al mijn gegevens" }).click();
  // Nothing is deleted before the confirmation.
  assert.ok(await page.evaluate(() => localStorage.getItem("spoorwijzer.document")));
  await page.getByRole("button", { name: "Ja, wis alles" }).click();
  await page.getByText("Alles is gewist.").waitFor();
  const sleutels = await page.evaluate(() => Object.keys(localStorage));
  assert.deepEqual(sleutels, ["andere.app"]);
  assert.doesNotMatch(await page.getAttribute("html", "class"), /tekst-groot/);
  await context.close();
});
