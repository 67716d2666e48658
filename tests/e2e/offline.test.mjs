// Offline after the first visit, a new version announced and taken over on the
// next visit. (The Content-Security-Policy itself is tested in csp.test.mjs.)
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { chromium } from "playwright-core";
import { serveer, start, nieuwePagina, wachtOpKop, DIST, CHROMIUM_ARGS, INGANGEN } from "./hulp.mjs";

let browser;
before(async () => { browser = await start(); });
after(async () => { await browser?.close(); });

/** A private copy of dist/, so a test can change files as a new release would. */
function kopie() {
  const map = fs.mkdtempSync(path.join(os.tmpdir(), "spoorwijzer-"));
  fs.cpSync(DIST, map, { recursive: true });
  return map;
}

async function wachtOpServiceWorker(page) {
  await page.evaluate(() => navigator.serviceWorker.ready);
  if (!(await page.evaluate(() => !!navigator.serviceWorker.controller))) {
    await page.reload();
    await wachtOpKop(page);
  }
  await page.waitForFunction(() => !!navigator.serviceWorker.controller);
}

test("after one visit the app opens and works with the network off", async () => {
  const server = await serveer();
  const { context, page, fouten } = await nieuwePagina(browser, server.origin);
  await page.goto(`${server.url}#/`);
  await wachtOpKop(page);
  await wachtOpServiceWorker(page);
  await context.setOffline(true);
  await page.reload();
  assert.equal(await wachtOpKop(page), "Welkom bij Spoorwijzer");
  await page.getByRole("button", { name: "English" }).click();
  await page.click('nav a[href="#/wat-wil-ik"]');
  assert.equal(await wachtOpKop(page), "What do I want?");
  await page.getByRole("link", { name: "Start" }).click();
  await page.locator("form.vragen input[type=radio]").first().check();
  await page.goto(`${server.url}?lang=nl#/privacy`);
  assert.equal(await wachtOpKop(page), "Privacy: wat we bewaren en waar");
  assert.deepEqual(fouten.filter((f) => !f.includes("ERR_INTERNET_DISCONNECTED")), []);
  await context.close();
  await server.close();
});

test("after one visit to the candidate's page the coach's entry opens offline too, and the links between them work", async () => {
  const server = await serveer();
  const { context, page, fouten } = await nieuwePagina(browser, server.origin);
  await page.goto(`${server.url}#/`);
  await wachtOpKop(page);
  await wachtOpServiceWorker(page);
  await context.setOffline(true);
  await page.goto(`${server.url}coach.html#/coach`);
  assert.equal(await wachtOpKop(page), "Voor coaches");
  await page.locator("#coach-link").waitFor();
  // A share link of the old form moves to the coach's entry, offline as well.
  await page.goto(`${server.url}#/gedeeld/bestand`);
  await page.waitForURL(`${server.url}coach.html#/gedeeld/bestand`);
  assert.equal(await wachtOpKop(page, "Gedeeld met jou"), "Gedeeld met jou");
  // The coach's header leads within the coach's pages (issue 28); the candidate's start opens offline too.
  await page.goto(`${server.url}#/`);
  assert.equal(await wachtOpKop(page), "Welkom bij Spoorwijzer");
  // Embedded (a query string), from the candidate's footer link.
  await page.goto(`${server.url}?embed=1#/privacy`);
  await wachtOpKop(page);
  await page.locator("footer a", { hasText: "Voor coaches" }).click();
  await page.waitForURL(`${server.url}coach.html?embed=1#/coach`);
  assert.equal(await wachtOpKop(page), "Voor coaches");
  assert.deepEqual(fouten.filter((f) => !f.includes("ERR_INTERNET_DISCONNECTED")), []);
  await context.close();
  await server.close();
});

test("a new release is announced, activates when the tabs are closed, and the next visit runs it with every answer kept", async () => {
  const map = kopie();
  const server = await serveer(map);
  const { context, page, fouten } = await nieuwePagina(browser, server.origin);
  await page.goto(`${server.url}#/wat-wil-ik/2/1`);
  const radio = (p) => p.locator("form.vragen fieldset input[type=radio]").nth(3);
  await radio(page).check();
  await wachtOpServiceWorker(page);
  await page.goto(`${server.url}#/privacy`);
  await wachtOpKop(page);
  const oud = (await page.textContent("#versie code")).trim();
  assert.match(oud, /^[0-9a-f]{16}$/);
  // A new release: the loader carries a new version, and so does sw.js.
  const nieuw = `${oud.slice(0, 12)}beta`;
  // Every entry's loader (pwa/ingangen.json: index.html, tijdlijn.html, delen.html, coach.html, beroepen.html).
  const loaders = fs.readdirSync(map).filter((f) => /^laden-.*\.js$/.test(f));
  assert.equal(loaders.length, INGANGEN.ingangen.length);
  for (const f of [...loaders, "sw.js"]) {
    const pad = path.join(map, f);
    fs.writeFileSync(pad, fs.readFileSync(pad, "utf8").replaceAll(oud, nieuw));
  }
  await page.reload();
  await wachtOpKop(page);
  await page.getByRole("heading", { name: "Er is een nieuwe versie van Spoorwijzer" }).waitFor({ timeout: 15000 });
  // Never mid-visit: this tab still runs the version it started with.
  assert.equal((await page.textContent("#versie code")).trim(), oud);
  // The next visit, once every tab is closed, runs the new version.
  await page.close();
  const volgende = await context.newPage();
  volgende.on("console", (m) => { if (m.type() === "error") fouten.push(m.text()); });
  await volgende.goto(`${server.url}#/privacy`);
  await wachtOpKop(volgende);
  assert.equal((await volgende.textContent("#versie code")).trim(), nieuw, "the next visit runs the new version");
  assert.equal(await volgende.evaluate(() => navigator.serviceWorker.controller?.state), "activated");
  assert.deepEqual(await volgende.evaluate(() => caches.keys()), [`spoorwijzer-${nieuw}`], "the old version's files are gone");
  assert.equal(await volgende.getByRole("heading", { name: "Er is een nieuwe versie van Spoorwijzer" }).count(), 0);
  // Nothing of the person's is lost.
  await volgende.goto(`${server.url}#/wat-wil-ik/2/1`);
  await radio(volgende).waitFor();
  assert.ok(await radio(volgende).isChecked(), "the answer given before the update is still there");
  assert.deepEqual(fouten, []);
  await context.close();
  await server.close();
  fs.rmSync(map, { recursive: true, force: true });
});

test("a first visit downloads the wasm once: the service worker takes the hashed files from the browser's cache", async () => {
  const geteld = new Map();
  // As the README's nginx example: hashed names are cached for a year, the rest revalidated.
  const koppen = (rel) => (/-[0-9a-f]+(_bg)?\.[a-z]+$/.test(rel) ? { "cache-control": "public, max-age=31536000, immutable" } : { "cache-control": "no-cache" });
  const server = await serveer(DIST, "/", { koppen, geteld });
  const { context, page } = await nieuwePagina(browser, server.origin);
  await page.goto(`${server.url}#/`);
  await wachtOpKop(page);
  await wachtOpServiceWorker(page);
  const wasm = [...geteld.keys()].find((k) => k.endsWith(".wasm"));
  assert.ok(wasm, "the wasm was requested");
  assert.equal(geteld.get(wasm), 1, `the wasm was downloaded ${geteld.get(wasm)} times`);
  // And it is in the offline copy.
  assert.ok(await page.evaluate((w) => caches.match(`./${w}`).then((r) => !!r), wasm));
  await context.close();
  await server.close();
});

test("saving data (a slow line): the first visit keeps only its own entry; another entry is kept when it is first opened", async () => {
  // Chromium's own switch for a slow line: navigator.connection.effectiveType is "2g", in the service worker too.
  const traag = await chromium.launch({ executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium", args: [...CHROMIUM_ARGS, "--force-effective-connection-type=2G"] });
  const geteld = new Map();
  const koppen = (rel) => (/-[0-9a-f]+(_bg)?\.[a-z]+$/.test(rel) ? { "cache-control": "public, max-age=31536000, immutable" } : { "cache-control": "no-cache" });
  const server = await serveer(DIST, "/", { koppen, geteld });
  const wasm = (naam) => fs.readdirSync(DIST).find((f) => f.startsWith(`${naam}-`) && f.endsWith("_bg.wasm"));
  const bewaard = (page, f) => page.evaluate((f) => caches.match(`./${f}`).then((r) => !!r), f);
  try {
    const { context, page, fouten } = await nieuwePagina(traag, server.origin);
    await page.goto(`${server.url}#/`);
    await wachtOpKop(page);
    assert.equal(await page.evaluate(() => navigator.connection.effectiveType), "2g");
    await page.evaluate(() => navigator.serviceWorker.ready);
    for (const ander of ["tijdlijn", "delen", "coach"]) {
      assert.equal(geteld.get(wasm(ander)) ?? 0, 0, `${ander}'s wasm is not fetched ahead`);
      assert.ok(!(await bewaard(page, wasm(ander))), `${ander}'s wasm is not kept`);
    }
    assert.equal(geteld.get(wasm("spoorwijzer")), 1, "the candidate's wasm was downloaded once");
    assert.ok(await bewaard(page, wasm("spoorwijzer")), "and kept, from the browser's cache");
    // The entry of this visit opens offline, in both languages.
    await context.setOffline(true);
    await page.reload();
    assert.equal(await wachtOpKop(page), "Welkom bij Spoorwijzer");
    await page.getByRole("button", { name: "English" }).click();
    assert.equal(await wachtOpKop(page, "Welcome to Spoorwijzer"), "Welcome to Spoorwijzer");
    await page.getByRole("button", { name: "Nederlands" }).click();
    await wachtOpKop(page, "Welkom bij Spoorwijzer");
    // The timeline, opened once online, is kept then and opens offline after.
    await context.setOffline(false);
    await page.goto(`${server.url}tijdlijn.html#/tijdlijn`);
    await wachtOpKop(page);
    await page.waitForFunction((f) => caches.match(`./${f}`).then((r) => !!r), wasm("tijdlijn"));
    await page.waitForFunction(() => caches.match("./tijdlijn.html").then((r) => !!r));
    assert.equal(geteld.get(wasm("coach")) ?? 0, 0, "the coach's entry is still not fetched");
    await context.setOffline(true);
    await page.goto(`${server.url}#/`);
    await wachtOpKop(page, "Welkom bij Spoorwijzer");
    await page.goto(`${server.url}tijdlijn.html#/tijdlijn`);
    assert.match(await wachtOpKop(page), /tijdlijn/i);
    assert.deepEqual(fouten.filter((f) => !f.includes("ERR_INTERNET_DISCONNECTED")), []);
    await context.close();
  } finally {
    await traag.close();
    await server.close();
  }
});

test("the installable manifest and icons are served from the app itself", async () => {
  const server = await serveer();
  const { context, page } = await nieuwePagina(browser, server.origin);
  await page.goto(`${server.url}#/`);
  await wachtOpKop(page);
  const manifest = await page.evaluate(async () => (await fetch(document.querySelector('link[rel="manifest"]').href)).json());
  assert.equal(manifest.start_url, "./");
  for (const icoon of manifest.icons) {
    const status = await page.evaluate(async (src) => (await fetch(src)).status, icoon.src);
    assert.equal(status, 200, icoon.src);
  }
  assert.ok(manifest.icons.some((i) => i.sizes === "512x512" && i.purpose === "maskable"));
  await context.close();
  await server.close();
});
