import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

/** Debian's packages can be installed from here: we are root and apt-get exists (CI, a container, a fresh VM). */
export function canAptInstall(): boolean {
  return process.getuid?.() === 0 && existsSync("/usr/bin/apt-get");
}

/**
 * `apt-get install -y <packages>`, refreshing the package lists first only when the install cannot find them
 * (a fresh image has none). Output goes to the terminal: it is long, and it is what to read when it fails.
 */
export function aptInstall(packages: string[], log: (line: string) => void): boolean {
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  const install = () => spawnSync("apt-get", ["install", "-y", "-q", ...packages], { stdio: "inherit", env }).status === 0;
  log(`installing ${packages.join(", ")} from Debian's packages (apt-get, as root)`);
  if (install()) return true;
  log("refreshing the package lists (apt-get update) and trying again");
  if (spawnSync("apt-get", ["update", "-q"], { stdio: "inherit", env }).status !== 0) return false;
  return install();
}
