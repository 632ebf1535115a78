import { createReadStream } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseImport } from "../../connectors/parse-import";
import { CATEGORY_FIELD_FIXTURE } from "../../connectors/fixtures/imports/expected";
import { FIXTURE_DIR } from "../../connectors/fixtures/imports/read-fixture";
import type { TCategorySource } from "../../../lib/history-import/category-source";
import { CategoryCensus, countedInto } from "./category-census";
import { categoryNote, categoryOutcome, categorySummary } from "./category-outcome";

const { file, field, tagPrefix } = CATEGORY_FIELD_FIXTURE;

async function census(category: TCategorySource) {
  const c = new CategoryCensus();
  const items = parseImport(createReadStream(`${FIXTURE_DIR}/${file}`), "zendesk", { fileName: file, category });
  for await (const _ of countedInto(c, items)) void _;
  return c.summary();
}

describe("what an export offers as a category", () => {
  it("lists the custom fields by id with example values and the tag prefixes with several endings; rejected records are not counted", async () => {
    const s = await census({ kind: "automatic" });
    expect(s).toMatchObject({ tickets: 10, categorised: 0, automatic: 0, categories: [] });
    expect(s.fields).toEqual([
      { field: "360000111", tickets: 10, examples: ["shipping_delay", "return_request", "damaged_item"] },
      { field: "360000222", tickets: 9, examples: ["tier_gold", "tier_silver", "tier_bronze"] },
      { field: "360000333", tickets: 8, examples: ["TH-10421", "TH-10388", "TH-10455"] },
    ]);
    // The dropdown values are tags too (shipping_delay…), but each has one ending, so none reads as a prefix.
    expect(s.tagPrefixes).toEqual([
      { prefix: "product_", tickets: 10, examples: ["tents", "boots", "jackets"] },
      { prefix: "tier_", tickets: 9, examples: ["gold", "silver", "bronze"] },
    ]);
  });

  it("counts the categories the chosen field gives, most frequent first", async () => {
    const s = await census({ kind: "field", field });
    expect(s.categorised).toBe(10);
    expect(s.categories).toEqual([
      { category: "shipping_delay", tickets: 4 },
      { category: "return_request", tickets: 3 },
      { category: "damaged_item", tickets: 2 },
      { category: "sizing_question", tickets: 1 },
    ]);
    expect(categorySummary({ kind: "field", field }, s)).toBe("Categories: 10 of 10 tickets from custom field 360000111.");
    expect(categoryOutcome({ kind: "field", field }, s)).toEqual({ tickets: 10, categorised: 10, note: null });
  });
});

describe("why a choice found nothing", () => {
  it("names the missing field and the fields the file has", async () => {
    const choice: TCategorySource = { kind: "field", field: "360000999" };
    expect(categoryNote(choice, await census(choice))).toBe(
      "No ticket had custom field 360000999; check the id. Custom fields in this file: " +
        "360000111 (e.g. shipping_delay, return_request, damaged_item); 360000222 (e.g. tier_gold, tier_silver, tier_bronze); " +
        "360000333 (e.g. TH-10421, TH-10388, TH-10455).",
    );
    const byTitle: TCategorySource = { kind: "field", field: "Contact reason" };
    expect(categoryNote(byTitle, await census(byTitle))).toMatch(/^No ticket had custom field Contact reason; check the title \(an export names its fields only when it includes ticket_fields/);
  });

  it("names the missing tag prefix and the prefixes the file has", async () => {
    const choice: TCategorySource = { kind: "tagPrefix", prefix: "topic_" };
    expect(categoryNote(choice, await census(choice))).toBe(
      "No ticket had a tag starting with topic_; check the prefix. Tag prefixes in this file: product_ (e.g. tents, boots, jackets); tier_ (e.g. gold, silver, bronze).",
    );
    expect(categoryNote({ kind: "tagPrefix", prefix: tagPrefix }, await census({ kind: "tagPrefix", prefix: tagPrefix }))).toBeNull();
  });

  it("tells an automatic import whose fields are unnamed that a field can be chosen, and says nothing for none", async () => {
    expect(categoryNote({ kind: "automatic" }, await census({ kind: "automatic" }))).toMatch(
      /^No custom field is named like a category .* If one of the file's fields holds the category, choose it\. Custom fields in this file: 360000111 /,
    );
    expect(categoryNote({ kind: "none" }, await census({ kind: "none" }))).toBeNull();
  });
});
