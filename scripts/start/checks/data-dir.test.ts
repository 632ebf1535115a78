import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { dataDirProblems } from "./data-dir";

let base: string;
afterEach(() => rmSync(base, { recursive: true, force: true }));

function tmp(): string {
  base = mkdtempSync(path.join(os.tmpdir(), "data-dir-check-"));
  chmodSync(base, 0o755);
  return base;
}

describe("dataDirProblems", () => {
  it("accepts a data dir that does not exist yet under a writable parent, and creates nothing", () => {
    const dir = path.join(tmp(), "a", "b");
    expect(dataDirProblems(dir, { embeddedDatabase: true, asRoot: true })).toEqual([]);
    expect(() => rmSync(path.join(base, "a"))).toThrow(/ENOENT/);
  });

  it("refuses a data dir below a file", () => {
    writeFileSync(path.join(tmp(), "file"), "x");
    const problems = dataDirProblems(path.join(base, "file", "data"), { embeddedDatabase: false, asRoot: false });
    expect(problems).toEqual([expect.stringMatching(/is a file, not a directory\. Set STUDIO_DATA_DIR to a writable directory\.$/)]);
  });

  it("as root, refuses a parent the postgres user cannot enter, naming it and the chmod that fixes it", () => {
    const closed = path.join(tmp(), "closed");
    mkdirSync(closed, { mode: 0o700 });
    chmodSync(closed, 0o700);
    const problems = dataDirProblems(path.join(closed, "data"), { embeddedDatabase: true, asRoot: true });
    expect(problems).toEqual([expect.stringContaining(`cannot enter ${closed} (mode 700). Run \`chmod o+x ${closed}\``)]);
    // Without the embedded database (DATABASE_URL), or not as root, nobody else needs to enter it.
    expect(dataDirProblems(path.join(closed, "data"), { embeddedDatabase: false, asRoot: true })).toEqual([]);
    expect(dataDirProblems(path.join(closed, "data"), { embeddedDatabase: true, asRoot: false })).toEqual([]);
  });
});
