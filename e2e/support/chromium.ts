/**
 * Debian's Chromium: the only browser the e2e tests use (Playwright never downloads one here). Started as root
 * in CI, so without Chromium's sandbox; the rest keeps it off a network this machine does not have.
 */
export const CHROMIUM_PATH = "/usr/bin/chromium";

export const CHROMIUM_ARGS = [
  "--no-sandbox", // we run as root, where Chromium's sandbox cannot start
  "--disable-gpu",
  "--disable-background-networking", // no network but loopback here: keep Chromium from trying
  "--disable-component-update",
  "--no-first-run",
  "--disable-quic",
  "--disable-sync",
];
