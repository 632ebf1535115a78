import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

/**
 * The flow language runs inside Temporal's workflow sandbox and in the browser: no I/O, no clock, no
 * randomness. Date arithmetic on given timestamps is fine; reading the current time is not.
 */
const root = fileURLToPath(new URL("..", import.meta.url));
const folders = ["model", "compile", "interpret", "kinds", "kinds/shared", "interpret/replay", "interpret/replay/metrics", "interpret/replay/compare"];
const sources = folders.flatMap((folder) =>
  readdirSync(path.join(root, folder))
    .filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts") && f !== "test-driver.ts")
    .map((f) => `${folder}/${f}`),
);

describe("the interpreter and model are pure", () => {
  it.each(sources)("%s reads no clock, randomness, environment or I/O", (file) => {
    const text = readFileSync(path.join(root, file), "utf8");
    expect(text).not.toMatch(/from "node:|require\(|Date\.now|new Date\(\)|Math\.random|process\.|performance\.|@temporalio/);
  });
});
