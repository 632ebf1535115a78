import { readFileSync } from "node:fs";

export type JsonFile = { ok: true; json: unknown } | { ok: false; problem: "unreadable" | "not-json"; message: string };

/** Reads a JSON file, telling a missing or unreadable file apart from one that is not JSON. */
export function readJsonFile(path: string): JsonFile {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === "ENOENT" ? "no such file" : code === "EISDIR" ? "it is a directory" : e instanceof Error ? e.message : String(e);
    return { ok: false, problem: "unreadable", message: `Cannot read ${path}: ${why}` };
  }
  try {
    return { ok: true, json: JSON.parse(text) };
  } catch (e) {
    return { ok: false, problem: "not-json", message: `${path} is not valid JSON (${e instanceof Error ? e.message : String(e)})` };
  }
}
