import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { SERVER_CONDITIONS } from "../server/lib/node-flags";

const root = fileURLToPath(new URL("../", import.meta.url));

export interface StudioRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** For CLI tests: runs the real command in a child process, as a person or a CI script would. */
export function studio(...args: string[]): Promise<StudioRun> {
  return run(args);
}

/** The same, with `stdin` piped in (and then closed), as `printf … | npm run studio -- …` does. */
export function studioWithStdin(stdin: string, ...args: string[]): Promise<StudioRun> {
  return run(args, stdin);
}

function run(args: string[], stdin?: string): Promise<StudioRun> {
  return new Promise((resolve) => {
    const child = execFile("npx", ["tsx", ...SERVER_CONDITIONS, "cli/index.ts", ...args], { cwd: root, timeout: 60_000 }, (error, stdout, stderr) => {
      const code = error === null ? 0 : typeof error.code === "number" ? error.code : -1;
      resolve({ code, stdout, stderr });
    });
    if (stdin !== undefined) child.stdin?.end(stdin);
  });
}
