import { readFileSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

// Adapting a template is graph rewriting like the compiler's: the browser could run it too, so no I/O, clock or randomness.
const dir = fileURLToPath(new URL(".", import.meta.url));
const sources = readdirSync(dir).filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts"));

describe("purity", () => {
  it.each(sources)("%s uses no Node built-ins, clock or randomness", (file) => {
    expect(readFileSync(`${dir}${file}`, "utf8")).not.toMatch(/from "node:|require\(|\bDate\b|Math\.random|process\.|performance\./);
  });
});
