import { describe, expect, it } from "vitest";
import { initialChoice, sourceOfChoice } from "./category-choice";

const offered = { fields: [{ field: "360000111" }, { field: "360000222" }], tagPrefixes: [{ prefix: "product_" }] };

describe("the category step's choice", () => {
  it("preselects what was remembered for the source: its own option when the file offers it, else typed in", () => {
    expect(initialChoice(null, offered).option).toBe("automatic");
    expect(initialChoice({ kind: "field", field: "360000111" }, offered).option).toBe("field:360000111");
    expect(initialChoice({ kind: "field", field: "Topic" }, offered)).toEqual({ option: "otherField", otherField: "Topic", otherPrefix: "" });
    expect(initialChoice({ kind: "tagPrefix", prefix: "product_" }, offered).option).toBe("prefix:product_");
    expect(initialChoice({ kind: "tagPrefix", prefix: "topic_" }, offered)).toEqual({ option: "otherPrefix", otherField: "", otherPrefix: "topic_" });
    expect(initialChoice({ kind: "none" }, offered).option).toBe("none");
  });

  it("turns the picked option into the import's category source, or says what is wrong with what was typed", () => {
    const blank = { otherField: "", otherPrefix: "" };
    expect(sourceOfChoice({ option: "field:360000111", ...blank })).toEqual({ source: { kind: "field", field: "360000111" } });
    expect(sourceOfChoice({ option: "prefix:product_", ...blank })).toEqual({ source: { kind: "tagPrefix", prefix: "product_" } });
    expect(sourceOfChoice({ option: "otherField", otherField: " 42 ", otherPrefix: "" })).toEqual({ source: { kind: "field", field: "42" } });
    expect(sourceOfChoice({ option: "automatic", ...blank })).toEqual({ source: { kind: "automatic" } });
    expect(sourceOfChoice({ option: "otherPrefix", ...blank })).toEqual({ error: "A tag prefix cannot be empty: give the start the category tags share, e.g. topic_" });
  });
});
