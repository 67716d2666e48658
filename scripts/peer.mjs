// The SurveyJS peer page of issue 14 (bench/peer-surveyjs/, see bench/README.md) for
// scripts/bench.mjs: served on loopback beside the app, by the app's rule (brotli quality 11
// when the browser asks for it, else gzip -9), so both are compared compressed. The peer has no
// precompressed files, so the copies are made here, in memory, once per file.
import http from "node:http";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { brotli, gzip } from "./comprimeer.mjs";

const hier = path.dirname(fileURLToPath(import.meta.url));
const NM = path.resolve(hier, "../node_modules");
// The page and the three files it links, by the names it uses (beside it); pinned in package.json.
export const PEER_BESTANDEN = {
  "index.html": path.resolve(hier, "../bench/peer-surveyjs/index.html"),
  "survey-core.min.css": path.join(NM, "survey-core/survey-core.min.css"),
  "survey.core.min.js": path.join(NM, "survey-core/survey.core.min.js"),
  "survey-js-ui.min.js": path.join(NM, "survey-js-ui/survey-js-ui.min.js"),
};
const MIME = { ".html": "text/html; charset=utf-8", ".js": "text/javascript", ".css": "text/css" };

/** Start the peer's server on a free loopback port: { basis, codering, grootte(rel), sluit() }. */
export async function startPeer() {
  for (const [rel, pad] of Object.entries(PEER_BESTANDEN)) {
    if (!fs.existsSync(pad)) throw new Error(`peer file ${rel} missing (${pad}): run npm ci (make setup)`);
  }
  // Compressed before the first request: brotli 11 of 1.4 MB takes seconds, and would stall the
  // first timed load (the server shares this process).
  const cache = new Map(Object.entries(PEER_BESTANDEN).map(([rel, pad]) => {
    const ruw = fs.readFileSync(pad);
    return [rel, { ruw, gzip: gzip(ruw), br: brotli(ruw) }];
  }));
  const kopie = (rel) => cache.get(rel);
  const codering = { br: 0, gzip: 0 };
  const server = http.createServer((req, res) => {
    const rel = decodeURIComponent(new URL(req.url, "http://x").pathname).replace(/^\/+/, "") || "index.html";
    if (!Object.hasOwn(PEER_BESTANDEN, rel)) { res.writeHead(404); return res.end(); }
    const br = /\bbr\b/.test(req.headers["accept-encoding"] ?? "");
    codering[br ? "br" : "gzip"]++;
    res.writeHead(200, { "content-type": MIME[path.extname(rel)], "content-encoding": br ? "br" : "gzip", "vary": "accept-encoding", "cache-control": "no-cache" });
    res.end(br ? kopie(rel).br : kopie(rel).gzip);
  });
  await new Promise((r) => server.listen(0, "127.0.0.1", r));
  const basis = `http://127.0.0.1:${server.address().port}/`;
  return {
    basis,
    codering,
    /** Raw, gzip -9 and brotli 11 bytes of a file the page asked for (null when it is not the peer's). */
    grootte(url) {
      const rel = new URL(url).pathname.replace(/^\/+/, "") || "index.html";
      if (!url.startsWith(basis) || !Object.hasOwn(PEER_BESTANDEN, rel)) return null;
      const k = kopie(rel);
      return { naam: rel, ruw: k.ruw.length, gzip: k.gzip.length, brotli: k.br.length };
    },
    sluit: () => new Promise((r) => server.close(r)),
  };
}

/**
 * The peer's mode: one statement per screen with "Next", SurveyJS's questionsOnPageMode
 * "questionPerPage", as a practice would set it up for phones. Spoorwijzer shows one question
 * per screen too, so this is like with like (issue 24); the shared bench's own default,
 * ten statements on one page, is what the figures before 2026-12-05 compared against.
 */
export const PEER_MODUS = "questionPerPage";
export const peerAdres = (basis) => `${basis}?mode=${PEER_MODUS}`;

/** Until the peer's first radio button is there and enabled (as the shared harness, measure.mjs). */
export async function peerEersteVraag(page, basis) {
  await page.goto(peerAdres(basis), { waitUntil: "commit" });
  await page.locator("input[type=radio]:enabled").first().waitFor({ state: "attached", timeout: 60000 });
}

/**
 * Ten answers as measure.mjs gives them (the fourth option of each statement), one statement
 * per screen: the answer, then "Next", until the next statement's options are there.
 */
export async function peerTienAntwoorden(page) {
  const t1 = Date.now();
  for (let n = 0; n < 10; n++) {
    const groepen = await page.evaluate(() => [...new Set([...document.querySelectorAll("input[type=radio]")].map((e) => e.name))]);
    if (groepen.length !== 1) throw new Error(`the peer shows ${groepen.length} statements on a screen, not 1: is it in ${PEER_MODUS} mode?`);
    // force: SurveyJS hides its native inputs behind styled ones.
    await page.locator(`input[type=radio][name="${groepen[0]}"]`).nth(3).check({ force: true });
    await page.locator(".sd-navigation__next-btn").click();
    await page.waitForFunction((oud) => {
      const r = document.querySelector("input[type=radio]");
      return r && r.name !== oud;
    }, groepen[0]);
  }
  return Date.now() - t1;
}
