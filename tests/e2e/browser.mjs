// Shared by the end-to-end tests: the server's URL, headless Chromium from Debian through
// playwright-core (never a downloaded browser), screenshots in tests/out/, and the package in Node
// (to know which functions exist and what they answer).
import { chromium } from "playwright-core";
import { mkdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import * as pkg from "csp-partner-rules";

export { pkg };
export const base = process.env.E2E_BASE_URL || "http://127.0.0.1:8080";
export const outDir = fileURLToPath(new URL("../out/", import.meta.url));
mkdirSync(outDir, { recursive: true });

/** Every case of the shared vectors, with its recorded native output. */
export const vectors = JSON.parse(readFileSync(new URL("../vectors/expected.json", import.meta.url), "utf8"));

/** A skip reason when the package does not export these yet (another branch has not landed), else false. */
export function skipUnless(...names) {
  const absent = names.filter((n) => typeof pkg[n] !== "function");
  return absent.length ? `not in this build yet: ${absent.join(", ")} (the test runs once it is exported)` : false;
}

export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
    headless: true,
    args: [
      "--no-sandbox", "--disable-dev-shm-usage",
      "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-default-apps",
      "--disable-extensions", "--no-first-run", "--disable-quic", "--disable-gpu",
      "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1, EXCLUDE localhost",
    ],
  });
}

/** Opens a page of the demo in a fresh context (language via ?lang=) and waits for the module. */
export async function open(browser, path, { lang = "en", width = 1280, height = 900 } = {}) {
  const context = await browser.newContext({ viewport: { width, height } });
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  await page.goto(`${base}/${path}?lang=${lang}`);
  await page.waitForSelector("body[data-page-ready=true]", { timeout: 30000 });
  page.errors = errors;
  return page;
}

export async function shot(page, name) {
  await page.screenshot({ path: `${outDir}${name}.png`, fullPage: true });
}
