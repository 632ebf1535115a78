import { createReadStream } from "node:fs";
import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import type { ImportItem } from "../../../lib/history-import/import-record";
import { parseImport } from "../parse-import";
import { CATEGORY_FIELD_FIXTURE } from "../fixtures/imports/expected";
import { FIXTURE_DIR } from "../fixtures/imports/read-fixture";
import { ZCategorySourceSchema, type TCategorySource } from "../../../lib/history-import/category-source";
import { parseZendeskJson } from "./parse-zendesk-json";
import { parseZendeskNdjson } from "./parse-zendesk-ndjson";
import { zendeskTicket } from "./test-ticket";

async function collect(items: AsyncIterable<ImportItem>): Promise<ImportItem[]> {
  const out: ImportItem[] = [];
  for await (const item of items) out.push(item);
  return out;
}

async function categories(file: string, category: TCategorySource): Promise<Record<string, string | null>> {
  const items = await collect(parseImport(createReadStream(`${FIXTURE_DIR}/${file}`), "zendesk", { fileName: file, category }));
  return Object.fromEntries(items.flatMap((i) => (i.ok ? [[i.ticket.externalId, i.ticket.category ?? null]] : [])));
}

function tally(byTicket: Record<string, string | null>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const c of Object.values(byTicket)) if (c !== null) out[c] = (out[c] ?? 0) + 1;
  return out;
}

const ticket = zendeskTicket;

const fromJson = async (body: unknown, category: TCategorySource) =>
  (await collect(parseZendeskJson(Readable.from([JSON.stringify(body)]), { category }))).map((i) => (i.ok ? (i.ticket.category ?? null) : `rejected: ${i.reason}`));

describe("a Zendesk export whose category is only in a custom field id", () => {
  const { file, field, byField, tagPrefix, byTagPrefix } = CATEGORY_FIELD_FIXTURE;

  it("gets no category automatically: nothing names the field, so nothing reads like a category", async () => {
    const got = await categories(file, { kind: "automatic" });
    expect(Object.keys(got)).toHaveLength(10);
    expect(tally(got)).toEqual({});
  });

  it("takes the dropdown's option tags as categories when that field id is chosen", async () => {
    const got = await categories(file, { kind: "field", field });
    expect(tally(got)).toEqual(byField);
    expect(got).toMatchObject({ "61001": "shipping_delay", "61004": "damaged_item", "61008": "sizing_question", "61011": "return_request" });
  });

  it("takes the first tag with the prefix, prefix stripped, when a tag prefix is chosen", async () => {
    const got = await categories(file, { kind: "tagPrefix", prefix: tagPrefix });
    expect(tally(got)).toEqual(byTagPrefix);
    expect(await categories(file, { kind: "tagPrefix", prefix: "PRODUCT_" })).toEqual(got);
  });

  it("takes none when told to, and none from a field no ticket has", async () => {
    expect(tally(await categories(file, { kind: "none" }))).toEqual({});
    expect(tally(await categories(file, { kind: "field", field: "999" }))).toEqual({});
  });

  it("reads the same from NDJSON, one ticket per line", async () => {
    const lines = [ticket(1, { custom_fields: [{ id: 360000111, value: "card_arrival" }] }), ticket(2, { custom_fields: [{ id: 360000111, value: null }] })];
    const items = await collect(parseZendeskNdjson(Readable.from([lines.map((l) => JSON.stringify(l)).join("\n")]), { category: { kind: "field", field: "360000111" } }));
    expect(items.map((i) => i.ok && i.ticket.category)).toEqual(["card_arrival", null]);
  });
});

describe("choosing the category field", () => {
  const named = (value: unknown) => ({
    tickets: [ticket(1, { custom_fields: [{ id: 5, value }, { id: 6, value: "topic_x" }] })],
    ticket_fields: [
      { id: 5, type: "tagger", title: "Reason for contact" },
      { id: 6, type: "text", title: "Notes" },
    ],
  });

  it("finds a field by its title when the export sideloads ticket_fields, ignoring case, and by its id all the same", async () => {
    expect(await fromJson(named("card_arrival"), { kind: "field", field: "reason for contact" })).toEqual(["card_arrival"]);
    expect(await fromJson(named("card_arrival"), { kind: "field", field: "5" })).toEqual(["card_arrival"]);
    // Automatic detection reads the title as before: "Reason for contact" is not one of its words.
    expect(await fromJson(named("card_arrival"), { kind: "automatic" })).toEqual([null]);
  });

  it("takes the first option of a multi-select field, and reads `fields` when an exporter kept only that copy", async () => {
    expect(await fromJson(named(["", "lost_card", "fees"]), { kind: "field", field: "5" })).toEqual(["lost_card"]);
    const fieldsOnly = { tickets: [ticket(1, { fields: [{ id: 7, value: "billing" }] })] };
    expect(await fromJson(fieldsOnly, { kind: "field", field: "7" })).toEqual(["billing"]);
  });

  it("skips a tag that is only the prefix and keeps the first that has more", async () => {
    const body = [ticket(1, { tags: ["vip", "topic_", "topic_refund", "topic_login"] }), ticket(2, { tags: ["vip"] })];
    expect(await fromJson(body, { kind: "tagPrefix", prefix: "topic_" })).toEqual(["refund", null]);
  });

  it("applies to Zendesk's CSV export by the custom field column's title", async () => {
    const got = await categories("zendesk-export.csv", { kind: "field", field: "Order number" });
    expect(got["7001"]).toBe("A-1001");
    expect(await categories("zendesk-export.csv", { kind: "tagPrefix", prefix: "bill" })).toMatchObject({ "7001": "ing" });
  });
});

describe("ZCategorySourceSchema", () => {
  const message = (input: unknown) => {
    const parsed = ZCategorySourceSchema.safeParse(input);
    return parsed.success ? null : parsed.error.issues[0]!.message;
  };

  it("refuses an empty prefix or field, and a prefix with a space, in words a person can act on", () => {
    expect(message({ kind: "tagPrefix", prefix: "  " })).toBe("A tag prefix cannot be empty: give the start the category tags share, e.g. topic_");
    expect(message({ kind: "tagPrefix", prefix: "topic x" })).toBe("Zendesk tags have no spaces, so a tag prefix cannot contain one");
    expect(message({ kind: "field", field: "" })).toBe("Give the custom field's id (e.g. 360000111) or its title");
  });

  it("trims what was typed", () => {
    expect(ZCategorySourceSchema.parse({ kind: "field", field: " 360000111 " })).toEqual({ kind: "field", field: "360000111" });
  });
});
