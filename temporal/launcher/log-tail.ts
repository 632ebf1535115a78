import { closeSync, openSync, readSync, statSync } from "node:fs";

/** Size of the log now, so a later tail shows only what this start wrote. */
export function logSize(file: string): number {
  try {
    return statSync(file).size;
  } catch {
    return 0;
  }
}

/** The last `lines` lines written to `file` after byte offset `from` (at most 64 KiB are read). */
export function logTail(file: string, from = 0, lines = 40): string {
  try {
    const size = statSync(file).size;
    const start = Math.max(from, size - 64 * 1024);
    const buffer = Buffer.alloc(size - start);
    const fd = openSync(file, "r");
    try {
      readSync(fd, buffer, 0, buffer.length, start);
    } finally {
      closeSync(fd);
    }
    return buffer.toString("utf8").split("\n").slice(-lines - 1).join("\n").trimEnd() || "(log is empty)";
  } catch {
    return "(no log written)";
  }
}
