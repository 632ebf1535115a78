import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { currentProcessOwner, formatOwner, isLeftBehind, ownerState, parseOwner } from "./process-owner";

describe("process owner", () => {
  it("round-trips host, pid and start time, hosts with colons included", () => {
    expect(parseOwner(formatOwner("db:1", 42, 777))).toEqual({ host: "db:1", pid: 42, startTicks: 777 });
    expect(parseOwner(formatOwner("h", 42, undefined))).toEqual({ host: "h", pid: 42, startTicks: undefined });
    expect(parseOwner("not an owner")).toBeUndefined();
  });

  it("calls this process alive", () => {
    expect(ownerState(currentProcessOwner())).toBe("alive");
  });

  it("calls an exited process gone", () => {
    const child = spawnSync(process.execPath, ["-e", "process.exit(0)"]);
    const [host] = currentProcessOwner().split(":");
    expect(ownerState(formatOwner(host!, child.pid!, undefined))).toBe("gone");
  });

  it("calls a reused pid gone: same pid, other start time", () => {
    const parsed = parseOwner(currentProcessOwner())!;
    if (parsed.startTicks === undefined) return; // no /proc: the pid check above is all there is
    expect(ownerState(formatOwner(parsed.host, parsed.pid, parsed.startTicks + 1))).toBe("gone");
  });

  it("calls a job left behind when its owner is gone or was never recorded, not while it runs or runs elsewhere", () => {
    const exited = spawnSync(process.execPath, ["-e", "process.exit(0)"]);
    const [host] = currentProcessOwner().split(":");
    expect(isLeftBehind(formatOwner(host!, exited.pid!, undefined))).toBe(true);
    expect(isLeftBehind(null)).toBe(true);
    expect(isLeftBehind(currentProcessOwner())).toBe(false);
    expect(isLeftBehind(formatOwner("elsewhere", 1, 1))).toBe(false);
  });

  it("cannot judge another host's process, nor a row without an owner", () => {
    expect(ownerState(formatOwner("elsewhere", 1, 1), "here")).toBe("unknown");
    expect(ownerState(null)).toBe("unknown");
  });
});
