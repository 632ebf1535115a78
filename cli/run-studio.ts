import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../", import.meta.url));

export interface StudioRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** For CLI tests: runs the real command in a child process, as a person or a CI script would. */
export function studio(...args: string[]): Promise<StudioRun> {
  return new Promise((resolve) => {
    execFile("npx", ["tsx", "cli/index.ts", ...args], { cwd: root, timeout: 60_000 }, (error, stdout, stderr) => {
      const code = error === null ? 0 : typeof error.code === "number" ? error.code : -1;
      resolve({ code, stdout, stderr });
    });
  });
}
