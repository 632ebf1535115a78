import { describe, expect, it } from "vitest";
import { categoryFromFlags } from "./import-category-flags";

describe("studio import's category options", () => {
  it("turn into one category choice, or none when no option is given", () => {
    expect(categoryFromFlags({ categoryField: "360000111" }, "zendesk")).toEqual({ choice: { kind: "field", field: "360000111" } });
    expect(categoryFromFlags({ categoryTagPrefix: "topic_" }, "zendesk")).toEqual({ choice: { kind: "tagPrefix", prefix: "topic_" } });
    expect(categoryFromFlags({ categoryAuto: true }, "zendesk")).toEqual({ choice: { kind: "automatic" } });
    expect(categoryFromFlags({ categoryNone: true }, "zendesk")).toEqual({ choice: { kind: "none" } });
    expect(categoryFromFlags({}, "csv")).toEqual({ choice: undefined });
  });

  it("refuse two choices at once, an empty prefix, and any choice for a format that is not Zendesk", () => {
    expect(categoryFromFlags({ categoryField: "1", categoryTagPrefix: "topic_" }, "zendesk")).toEqual({
      error: "Choose one of --category-field, --category-tag-prefix, --category-auto and --category-none",
    });
    expect(categoryFromFlags({ categoryTagPrefix: "" }, "zendesk")).toEqual({
      error: "--category-tag-prefix: A tag prefix cannot be empty: give the start the category tags share, e.g. topic_",
    });
    expect(categoryFromFlags({ categoryField: " " }, "zendesk")).toEqual({ error: "--category-field: Give the custom field's id (e.g. 360000111) or its title" });
    expect(categoryFromFlags({ categoryField: "1" }, "freshdesk")).toMatchObject({ error: expect.stringMatching(/^--category-… options are for Zendesk exports/) });
  });
});
