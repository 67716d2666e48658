// What every engine journey file shares (engines, getypt-delen, beleid): one WebDriver
// server per engine for the file's describe block, a journey that is run once more when
// the driver stops answering, and a session that always ends with the same check (no
// error, no request off the origin; in Chromium also the browser's own console log) and
// a screenshot on failure. Written once, so a check added here holds for every journey.
import fs from "node:fs";
import assert from "node:assert/strict";
import { test, before, after } from "node:test";
import { startServer, sessie, versie } from "./motoren.mjs";
import { TIJD, binnen, GeenAntwoord, nazien, schermafdruk } from "./hulp.mjs";

/**
 * Call inside a `describe` per engine. `origin()` gives the app's origin once the file's
 * own `before` has started it. Returns { reis, metSessie, gat, server }.
 */
export function reizen(motor, origin) {
  let server;
  const versies = new Set();
  const gaten = new Set();
  before(async () => { server = await startServer(motor); });
  after(async () => { await server?.stop(); });

  /**
   * One result, named with its engine. A driver that stops answering (GeenAntwoord) is
   * named with the step where it stopped; the driver is started again and the journey
   * runs once more in a fresh browser, which must then pass whole. A hung browser fails
   * its test after 6 minutes instead of blocking the suite.
   */
  const reis = (naam, fn) => test(`[${motor}] ${naam}`, { timeout: 6 * 60 * 1000 }, async (t) => {
    const begin = Date.now();
    let uit;
    try {
      uit = await fn(t);
    } catch (e) {
      if (!(e instanceof GeenAntwoord)) throw e;
      t.diagnostic(`[${motor}] ${e.message.split("\n")[0]}; the driver was started again and the journey runs once more`);
      uit = await fn(t);
    }
    t.diagnostic(`[${motor}] ${((Date.now() - begin) / 1000).toFixed(1)} s`);
    return uit;
  });

  /** A driver feature this engine lacks: named once per engine in the output, never silently. */
  const gat = (t, tekst) => { if (!gaten.has(tekst)) { gaten.add(tekst); t.diagnostic(`[${motor}] GAP: ${tekst}`); } };

  /**
   * After a journey: no error and no request off the origin, as the in-page collector
   * saw them in every app document of this tab; in Chromium also the browser's own
   * console log (which also has what happens before any script runs).
   */
  async function naKeuring(t, d) {
    const { fouten, buiten, documenten, status } = await nazien(d, origin());
    if (!status) gat(t, "Resource Timing has no responseStatus: a load that failed with an HTTP error is only seen where the element fires an error event");
    assert.ok(documenten > 0, `[${motor}] the journey ended with the app open (top page or frame), so its collector could be read`);
    let log = [];
    try {
      log = (await d.manage().logs().get("browser")).filter((r) => r.level.name === "SEVERE").map((r) => r.message);
    } catch (e) {
      gat(t, `the driver cannot read the browser console (${e.name}); console errors, uncaught errors, rejected promises, CSP violations and failed loads are read from the in-page collector instead (which loads before the app; a failure before it runs is not seen)`);
    }
    assert.deepEqual([...fouten, ...log], [], `[${motor}] errors during the journey`);
    assert.deepEqual(buiten, [], `[${motor}] requests off the app's origin`);
  }

  /**
   * Run `werk(driver, session)` in a new browser with a fresh profile; it is always closed,
   * checked by naKeuring when `werk` ends (unless `nazien: false`), with a screenshot on failure.
   */
  async function metSessie(t, naam, werk, { nazien: keur = true, ...opties } = {}) {
    const s = await sessie(motor, server, opties);
    let stil = false;
    const v = await versie(motor, s.driver);
    if (!versies.has(v)) { versies.add(v); t.diagnostic(`${motor}: ${v}`); }
    try {
      const uit = await werk(s.driver, s);
      if (keur) await binnen(naKeuring(t, s.driver), TIJD.lang, "reading what the page's error collector saw");
      return uit;
    } catch (e) {
      if (e instanceof GeenAntwoord) {
        stil = true;
      } else {
        const pad = await binnen(schermafdruk(s.driver, `${motor}-${naam}`), TIJD.kort, "taking a screenshot").catch(() => null);
        if (pad) e.message += `\n[${motor}] screenshot: ${pad}`;
      }
      throw e;
    } finally {
      await binnen(s.driver.quit(), TIJD.kort, "closing the browser").catch(() => { stil = true; });
      if (stil) await server.herstart();
      if (s.downloads !== server.downloads) fs.rmSync(s.downloads, { recursive: true, force: true });
    }
  }

  return { reis, metSessie, gat, server: () => server };
}
