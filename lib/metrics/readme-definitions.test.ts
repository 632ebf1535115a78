import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { METRIC_DEFINITION_TEXTS, METRIC_IDS } from "./definition-texts";

/**
 * The README's "How the figures are counted" and the About page define the metrics in the same words: the About
 * page renders METRIC_DEFINITION_TEXTS, and this keeps the README's copy from drifting.
 */
describe("the README's metric definitions", () => {
  const readme = fs.readFileSync(new URL("../../README.md", import.meta.url), "utf8").replace(/\s*\n\s*/g, " ");

  it.each(METRIC_IDS.map((id) => [id]))("defines %s as the About page does", (id) => {
    const { name, text } = METRIC_DEFINITION_TEXTS[id];
    expect(readme).toContain(`**${name}**: ${text}`);
  });
});
