// The three browser engines, driven with W3C WebDriver (selenium-webdriver),
// because Playwright can only drive its own patched Firefox and WebKit builds,
// which cannot be downloaded here. One WebDriver server per engine, started on
// a loopback port the kernel picks; every `sessie()` is a new browser with a fresh profile.
//
//   chromium  /usr/bin/chromium through /usr/bin/chromedriver (Debian)
//   firefox   Firefox ESR (Debian firefox-esr) through geckodriver 0.37.1 (crates.io), -headless
//   webkit    WebKitGTK's MiniBrowser through /usr/bin/WebKitWebDriver (Debian
//             webkit2gtk-driver); needs an X display: the suite starts its own
//             Xvfb (see startScherm).
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Builder } from "selenium-webdriver";
import { CHROMIUM_ARGS } from "../e2e/hulp.mjs";

const MINIBROWSER = process.env.MINIBROWSER ?? "/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser";
const THUIS = path.join(os.homedir(), ".cargo/bin");

function vind(naam, ...plekken) {
  for (const p of plekken) if (p && fs.existsSync(p)) return p;
  throw new Error(`${naam} not found (tried ${plekken.filter(Boolean).join(", ")}): run scripts/setup-engines.sh`);
}

/**
 * The loopback port a process listens on, read from /proc (Linux): the driver is
 * started with port 0 and the kernel picks a free port for it. (Picking a free port
 * first and handing it over would leave a moment in which another process can take
 * it, and then this suite would talk to someone else's server.) Null while the
 * process is not listening yet.
 */
function luisterPoort(pid) {
  const inodes = new Set();
  let fds = [];
  try { fds = fs.readdirSync(`/proc/${pid}/fd`); } catch { return null; }
  for (const fd of fds) {
    try {
      const m = /^socket:\[(\d+)\]$/.exec(fs.readlinkSync(`/proc/${pid}/fd/${fd}`));
      if (m) inodes.add(m[1]);
    } catch { /* closed meanwhile */ }
  }
  for (const regel of fs.readFileSync(`/proc/${pid}/net/tcp`, "utf8").split("\n").slice(1)) {
    const k = regel.trim().split(/\s+/);
    // local address 127.0.0.1 (0100007F, little-endian hex), state 0A = LISTEN, inode in column 10.
    if (k.length > 9 && k[3] === "0A" && inodes.has(k[9]) && k[1].startsWith("0100007F:")) return parseInt(k[1].split(":")[1], 16);
  }
  return null;
}

const wacht = (ms) => new Promise((r) => setTimeout(r, ms));
const SESSIE_MS = 60000;

/**
 * An X display for WebKit: an Xvfb of our own, started with -noreset. (Under
 * xvfb-run the X server resets each time its last client leaves, that is each
 * time a MiniBrowser session ends; a browser that connects during that reset
 * gets "cannot open display" and WebKitWebDriver then waits forever.)
 * SPOORWIJZER_DISPLAY=:0 uses a display you have instead, to watch the browser.
 */
async function startScherm() {
  if (process.env.SPOORWIJZER_DISPLAY) return { display: process.env.SPOORWIJZER_DISPLAY, stop() {} };
  const xvfb = vind("Xvfb", "/usr/bin/Xvfb");
  const kind = spawn(xvfb, ["-displayfd", "3", "-screen", "0", "1280x1024x24", "-nolisten", "tcp", "-noreset"], { stdio: ["ignore", "ignore", "ignore", "pipe"] });
  const nummer = await new Promise((resolve, reject) => {
    let tekst = "";
    const klok = setTimeout(() => reject(new Error("Xvfb did not start within 15 s")), 15000);
    kind.stdio[3].on("data", (d) => {
      tekst += d;
      if (tekst.includes("\n")) { clearTimeout(klok); resolve(tekst.trim()); }
    });
    kind.once("exit", (c) => { clearTimeout(klok); reject(new Error(`Xvfb exited (${c})`)); });
  });
  const stop = () => { try { kind.kill(); } catch { /* already gone */ } };
  process.once("exit", stop);
  return { display: `:${nummer}`, stop };
}

/**
 * Per engine: how to start its WebDriver server, its capabilities (with a
 * download folder where the driver supports one), and the version of the
 * browser, read from the session.
 */
export const MOTOREN = {
  chromium: {
    naam: "chromium",
    server: () => ({ bin: vind("chromedriver", process.env.CHROMEDRIVER, "/usr/bin/chromedriver"), args: (p) => [`--port=${p}`] }),
    capabilities({ downloads, prive }) {
      return {
        browserName: "chrome",
        "goog:chromeOptions": {
          binary: vind("chromium", process.env.CHROMIUM, "/usr/bin/chromium"),
          args: [...CHROMIUM_ARGS, "--window-size=1280,900", ...(prive ? ["--incognito"] : [])],
          prefs: { "download.default_directory": downloads, "download.prompt_for_download": false },
        },
        "goog:loggingPrefs": { browser: "ALL" },
      };
    },
    kanDownloaden: true,
  },
  firefox: {
    naam: "firefox",
    server: () => ({
      bin: vind("geckodriver", process.env.GECKODRIVER, path.join(THUIS, "geckodriver"), "/usr/local/bin/geckodriver"),
      args: (p) => ["--host", "127.0.0.1", "--port", String(p), "--log", "warn"],
    }),
    capabilities({ downloads, prive }) {
      return {
        browserName: "firefox",
        "moz:firefoxOptions": {
          binary: vind("firefox-esr", process.env.FIREFOX, "/usr/lib/firefox-esr/firefox-esr", "/usr/bin/firefox-esr"),
          args: ["-headless", "-width", "1280", "-height", "900"],
          prefs: {
            "browser.download.folderList": 2,
            "browser.download.dir": downloads,
            "browser.download.useDownloadDir": true,
            "browser.download.always_ask_before_handling_new_types": false,
            "browser.helperApps.neverAsk.saveToDisk": "application/json,text/plain,text/calendar",
            "browser.download.manager.showWhenStarting": false,
            "browser.privatebrowsing.autostart": !!prive,
            "app.update.enabled": false,
            "browser.shell.checkDefaultBrowser": false,
          },
        },
      };
    },
    kanDownloaden: true,
  },
  webkit: {
    naam: "webkit",
    server: () => ({ bin: vind("WebKitWebDriver", process.env.WEBKITWEBDRIVER, "/usr/bin/WebKitWebDriver"), args: (p) => [`--port=${p}`], scherm: true }),
    capabilities({ prive }) {
      vind("MiniBrowser", MINIBROWSER);
      return {
        browserName: "MiniBrowser",
        "webkitgtk:browserOptions": { binary: MINIBROWSER, args: ["--automation", ...(prive ? ["--private"] : [])] },
      };
    },
    // WebKitWebDriver has no download capability. MiniBrowser saves a download
    // without asking into the user's download folder, which is $HOME when no
    // XDG user-dirs file exists: the driver gets a HOME of its own, and that is
    // where the suite looks (see startServer).
    kanDownloaden: true,
  },
};

export const ALLE = Object.keys(MOTOREN);

/** The engines to run: all, or those named in SPOORWIJZER_ENGINES (comma-separated). */
export function gekozen() {
  const lijst = (process.env.SPOORWIJZER_ENGINES ?? "").split(",").map((s) => s.trim()).filter(Boolean);
  for (const n of lijst) if (!MOTOREN[n]) throw new Error(`unknown engine ${n}: choose from ${ALLE.join(", ")}`);
  return lijst.length ? lijst : ALLE;
}

/**
 * Start the engine's WebDriver server (and, for WebKit, its X display and a
 * HOME of its own). Returns { url, downloads, herstart(), stop() }.
 */
export async function startServer(motor) {
  const { bin, args, scherm: metScherm } = MOTOREN[motor].server();
  const env = { ...process.env };
  let downloads = null, scherm = null;
  if (metScherm) {
    scherm = await startScherm();
    env.DISPLAY = scherm.display;
    // A home of its own: MiniBrowser's caches and downloads stay out of the real one.
    downloads = fs.mkdtempSync(path.join(os.tmpdir(), "sw-webkit-home-"));
    env.HOME = downloads;
    for (const k of ["XDG_CONFIG_HOME", "XDG_DOWNLOAD_DIR", "WAYLAND_DISPLAY"]) delete env[k];
    // Our own Xvfb has no cookie; a display you named keeps your X authority file.
    if (!process.env.SPOORWIJZER_DISPLAY) delete env.XAUTHORITY;
    else env.XAUTHORITY ??= path.join(os.homedir(), ".Xauthority");
  }
  const logPad = path.join(os.tmpdir(), `spoorwijzer-engines-${motor}-driver.log`);
  let kind = null, weg = true;

  async function begin() {
    const log = fs.openSync(logPad, "a");
    // Port 0: the driver gets a free port from the kernel, so no other process can take it in between.
    kind = spawn(bin, args(0), { env, stdio: ["ignore", log, log] });
    fs.closeSync(log);
    weg = false;
    kind.once("exit", () => { weg = true; });
    let url = null;
    for (let i = 0; ; i++) {
      if (weg) throw new Error(`${bin} exited at start; see ${logPad}`);
      const poort = url ? null : luisterPoort(kind.pid);
      if (poort) url = `http://127.0.0.1:${poort}`;
      if (url) {
        try {
          const r = await fetch(`${url}/status`);
          if (r.ok) break;
        } catch { /* not answering yet */ }
      }
      if (i > 150) { kind.kill("SIGKILL"); throw new Error(`${bin} did not answer${url ? ` on ${url}` : " (no listening port)"}; see ${logPad}`); }
      await wacht(100);
    }
    server.url = url;
  }
  async function eind() {
    if (!kind || weg) return;
    kind.kill("SIGTERM");
    for (let i = 0; i < 50 && !weg; i++) await wacht(100);
    if (!weg) kind.kill("SIGKILL");
  }

  const server = {
    url: null,
    downloads,
    /** A driver that stopped answering: start it again (its browsers go with it). */
    async herstart() { await eind(); await begin(); },
    async stop() {
      await eind();
      scherm?.stop();
      if (downloads) fs.rmSync(downloads, { recursive: true, force: true });
    },
  };
  fs.writeFileSync(logPad, "");
  await begin();
  return server;
}

/**
 * A new browser session (a fresh profile with its own storage) on `server`.
 * `downloads`: a folder for downloads (Chromium and Firefox). `prive`: a private window.
 */
export async function sessie(motor, server, { prive = false, laden = null } = {}) {
  const downloads = server.downloads ?? fs.mkdtempSync(path.join(os.tmpdir(), "sw-dl-"));
  const caps = MOTOREN[motor].capabilities({ downloads, prive });
  // "none": opening an address returns at once, not at the page's load event (a page whose wasm is held back).
  if (laden) caps.pageLoadStrategy = laden;
  let driver;
  // Starting a browser can fail or hang once on a busy machine: give it a
  // minute, then start the driver again and try once more.
  for (let poging = 1; ; poging++) {
    const bouw = new Builder().usingServer(server.url).withCapabilities(caps).build();
    let klok;
    const tijd = new Promise((_, reject) => { klok = setTimeout(() => reject(new Error(`${motor}: no new session within ${SESSIE_MS / 1000} s`)), SESSIE_MS); });
    try {
      driver = await Promise.race([bouw, tijd]);
      break;
    } catch (e) {
      bouw.then((d) => d.quit(), () => {}).catch(() => {});
      if (poging >= 2) throw e;
      process.stderr.write(`[${motor}] ${e.message.split("\n")[0]}; restarting the driver and trying again\n`);
      await server.herstart();
    } finally {
      clearTimeout(klok);
    }
  }
  await driver.manage().setTimeouts({ implicit: 0, pageLoad: 60000, script: 60000 });
  if (motor !== "chromium") await driver.manage().window().setRect({ width: 1280, height: 900 }).catch(() => {});
  return { driver, downloads, motor };
}

/** "Chromium 156.0…", "Firefox 153.7.0esr", "WebKitGTK 2.50.6 (MiniBrowser)". */
export async function versie(motor, driver) {
  const caps = await driver.getCapabilities();
  const v = caps.get("browserVersion") ?? caps.get("version") ?? "?";
  if (motor === "webkit") return `WebKitGTK ${v} (MiniBrowser)`;
  return `${motor === "chromium" ? "Chromium" : "Firefox"} ${v}`;
}
