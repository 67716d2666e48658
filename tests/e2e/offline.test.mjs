// Offline after the first visit, a new version announced and taken over on the
// next visit. (The Content-Security-Policy itself is tested in csp.test.mjs.)
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { serveer, start, nieuwePagina, wachtOpKop, DIST } from "./hulp.mjs";

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
  await page.getByRole("button", { name: "Start" }).click();
  await page.locator("form.vragen input[type=radio]").first().check();
  await page.goto(`${server.url}?lang=nl#/privacy`);
  assert.equal(await wachtOpKop(page), "Privacy: wat we bewaren en waar");
  assert.deepEqual(fouten.filter((f) => !f.includes("ERR_INTERNET_DISCONNECTED")), []);
  await context.close();
  await server.close();
});

test("a new release is announced, and takes over on the next visit", async () => {
  const map = kopie();
  const server = await serveer(map);
  const { context, page } = await nieuwePagina(browser, server.origin);
  await page.goto(`${server.url}#/`);
  await wachtOpKop(page);
  await wachtOpServiceWorker(page);
  const oud = await page.evaluate(() => caches.keys());
  // A new release: the service worker's bytes change.
  fs.appendFileSync(path.join(map, "sw.js"), "\n// nieuwe versie\n");
  fs.writeFileSync(path.join(map, "sw.js"), fs.readFileSync(path.join(map, "sw.js"), "utf8").replace(/const VERSIE = "([^"]+)"/, 'const VERSIE = "$1-2"'));
  await page.reload();
  await wachtOpKop(page);
  await page.getByRole("heading", { name: "Er is een nieuwe versie van Spoorwijzer" }).waitFor({ timeout: 15000 });
  // The next visit (all tabs closed) runs the new version.
  await page.close();
  const volgende = await context.newPage();
  await volgende.goto(`${server.url}#/`);
  await wachtOpKop(volgende);
  await volgende.waitForFunction((oud) => caches.keys().then((k) => k.some((n) => !oud.includes(n))), oud, { timeout: 15000 });
  await context.close();
  await server.close();
  fs.rmSync(map, { recursive: true, force: true });
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
