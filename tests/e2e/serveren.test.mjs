// `make run` serves a clean page (issue 14): the exact serve command of the
// Makefile's `run` target, on a free port and building into a temporary folder
// (so dist/ stays as it is for the other tests), gives both entries (index.html
// and coach.html) with no inline script and no console error. Trunk's live-reload script, which the strict CSP
// blocks, is turned off in Trunk.toml. Costs about a minute: trunk serve builds.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { start, nieuwePagina, wachtOpKop } from "./hulp.mjs";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

let browser;
before(async () => { browser = await start(); });
after(async () => { await browser?.close(); });

/** The serve command of `make run`, read from the Makefile so the test cannot drift from it. */
function serveCommando() {
  const makefile = fs.readFileSync(path.join(ROOT, "Makefile"), "utf8");
  const m = /^run:.*\n(?:#.*\n)*\t(trunk serve[^\n]*)$/m.exec(makefile);
  assert.ok(m, "the Makefile's run target is `trunk serve ...`");
  assert.match(m[1], /--port 8080\b/);
  return m[1];
}

const vrijePoort = () => new Promise((resolve) => {
  const s = net.createServer();
  s.listen(0, "127.0.0.1", () => { const { port } = s.address(); s.close(() => resolve(port)); });
});

test("the pages that `make run` serves (both entries) have no inline script and log no error", { timeout: 15 * 60 * 1000 }, async () => {
  const poort = await vrijePoort();
  const map = fs.mkdtempSync(path.join(os.tmpdir(), "spoorwijzer-serve-"));
  const commando = `${serveCommando().replace(/--port 8080\b/, `--port ${poort}`)} --dist ${map}`;
  const log = [];
  // Its own process group, so the whole tree (trunk, cargo, wasm-opt, the hook) is stopped at the end.
  const proces = spawn("bash", ["-c", `exec ${commando}`], { cwd: ROOT, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  proces.stdout.on("data", (d) => log.push(String(d)));
  proces.stderr.on("data", (d) => log.push(String(d)));
  const url = `http://127.0.0.1:${poort}/`;
  try {
    let html;
    const einde = Date.now() + 14 * 60 * 1000;
    for (;;) {
      assert.equal(proces.exitCode, null, `\`${commando}\` stopped:\n${log.join("").slice(-3000)}`);
      try {
        const r = await fetch(url);
        if (r.ok) { html = await r.text(); break; }
      } catch { /* not listening yet */ }
      assert.ok(Date.now() < einde, `\`${commando}\` did not serve ${url} in time:\n${log.join("").slice(-3000)}`);
      await new Promise((r) => setTimeout(r, 1000));
    }
    // Both entries: the candidate's page and the coach's (coach.html).
    const coachHtml = await (await fetch(`${url}coach.html`)).text();
    for (const [naam, pagina] of [["index.html", html], ["coach.html", coachHtml]]) {
      // A JSON data block (the first screens' texts) is never executed, so the CSP allows it.
      const inline = [...pagina.matchAll(/<script\b([^>]*)>/g)].filter((s) => !/\bsrc=/.test(s[1]) && !/type="?application\/json/.test(s[1]));
      assert.deepEqual(inline.map((s) => s[0]), [], `${naam}: no inline <script> (the CSP would block it)`);
    }

    const { context, page, fouten, buiten } = await nieuwePagina(browser, `http://127.0.0.1:${poort}`);
    await page.goto(`${url}#/`);
    assert.equal(await wachtOpKop(page), "Welkom bij Spoorwijzer");
    await page.getByRole("link", { name: "Begin met Wie ben ik?" }).click();
    await page.locator("section.stap form.vragen > .vraag").first().waitFor();
    await page.evaluate(() => navigator.serviceWorker.ready);
    await page.goto(`${url}coach.html#/coach`);
    assert.equal(await wachtOpKop(page), "Voor coaches");
    await page.locator("#coach-link").waitFor();
    assert.deepEqual(fouten, []);
    assert.deepEqual(buiten, []);
    await context.close();
  } finally {
    try { process.kill(-proces.pid, "SIGTERM"); } catch { /* already gone */ }
    await new Promise((r) => (proces.exitCode !== null || proces.signalCode !== null ? r() : proces.once("exit", r)));
    fs.rmSync(map, { recursive: true, force: true });
  }
});
