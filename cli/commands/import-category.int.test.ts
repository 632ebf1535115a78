import { describe, expect, it } from "vitest";
import { getPrisma } from "../../server/db";
import { ZAuditReportSchema } from "../../server/services/history-audit/audit-report";
import { CATEGORY_FIELD_FIXTURE, EXPECTED_IMPORTS } from "../../server/connectors/fixtures/imports/expected";
import { uniqueId } from "../../tests/integration/helpers";
import { studio } from "../run-studio";

/**
 * A Zendesk export whose category lives only in a dropdown custom field known by its id: `studio import` with
 * --category-field gives its tickets their categories and `studio audit` reports exactly those; without the option
 * the audit falls back to clustering, as before. The child processes inherit the test database's DATABASE_URL.
 */
const prisma = getPrisma();
const { file, field, byField, tagPrefix, byTagPrefix } = CATEGORY_FIELD_FIXTURE;
const FIXTURE = `server/connectors/fixtures/imports/${file}`;
const expected = EXPECTED_IMPORTS[file]!;

async function categoriesIn(source: string) {
  const rows = await prisma.ticket.groupBy({ by: ["category", "categorySource"], where: { source }, _count: { _all: true } });
  return Object.fromEntries(rows.map((r) => [`${r.category ?? "none"} (${r.categorySource ?? "none"})`, r._count._all]));
}

async function audit(source: string) {
  const run = await studio("audit", "--json", "--source", source);
  expect(run.code).toBe(0);
  return ZAuditReportSchema.parse(JSON.parse(run.stdout));
}

describe("studio import --category-field", () => {
  it("imports the categories of the chosen custom field, and the audit reports exactly those", async () => {
    const source = uniqueId("cli-category");
    const run = await studio("import", FIXTURE, "--format", "zendesk", "--source", source, "--category-field", field);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain(`Category: custom field ${field} (remembered for the next import from ${source})`);
    expect(run.stdout).toContain(`${expected.records} records: ${expected.ok} imported, 0 updated, 0 unchanged, ${expected.rejected} rejected`);
    expect(run.stdout).toContain(`Categories: 10 of 10 tickets from custom field ${field}.`);
    expect(await categoriesIn(source)).toEqual(Object.fromEntries(Object.entries(byField).map(([c, n]) => [`${c} (import)`, n])));

    const report = await audit(source);
    expect(report.totals).toMatchObject({ tickets: 10, labelled: 10, categorisedByAudit: 0 });
    expect(Object.fromEntries(report.categories.map((c) => [c.category, c.tickets]))).toEqual(byField);

    // The next import from the source uses the remembered field without being told; the file is unchanged.
    const again = await studio("import", FIXTURE, "--format", "zendesk", "--source", source, "--json");
    expect(again.code).toBe(0);
    expect(again.stderr).toContain(`Category: custom field ${field} (as remembered for ${source}; --category-auto goes back to the default)`);
    expect(JSON.parse(again.stdout)).toMatchObject({ imported: 0, updated: 0, unchanged: 10, category: { source: { kind: "field", field }, outcome: { categorised: 10, note: null } } });
  });

  it("without a choice falls back to what it did before: no category from the file, the audit clusters the tickets", async () => {
    const source = uniqueId("cli-category");
    const run = await studio("import", FIXTURE, "--format", "zendesk", "--source", source);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("Categories: 0 of 10 tickets from a custom field named like a category (automatic).");
    expect(run.stdout).toContain("No custom field is named like a category");
    expect(run.stdout).toContain("Custom fields in this file: 360000111 (e.g. shipping_delay, return_request, damaged_item)");
    expect(await categoriesIn(source)).toEqual({ "none (none)": 10 });

    const report = await audit(source);
    expect(report.totals).toMatchObject({ tickets: 10, labelled: 0, categorisedByAudit: 10 });
    expect(report.categories.map((c) => c.category)).not.toContain("shipping_delay");
    expect(await prisma.ticket.count({ where: { source, categorySource: "cluster" } })).toBe(10);
  });

  it("takes the category from a tag prefix, and an updated choice re-imports the tickets with their new categories", async () => {
    const source = uniqueId("cli-category");
    const run = await studio("import", FIXTURE, "--format", "zendesk", "--source", source, "--category-tag-prefix", tagPrefix, "--json");
    expect(run.code).toBe(0);
    expect(await categoriesIn(source)).toEqual(Object.fromEntries(Object.entries(byTagPrefix).map(([c, n]) => [`${c} (import)`, n])));
    const switched = await studio("import", FIXTURE, "--format", "zendesk", "--source", source, "--category-field", field, "--json");
    expect(JSON.parse(switched.stdout)).toMatchObject({ imported: 0, updated: 10, unchanged: 0 });
    expect(await categoriesIn(source)).toEqual(Object.fromEntries(Object.entries(byField).map(([c, n]) => [`${c} (import)`, n])));
  });

  it("says when no ticket had the field, naming the fields the file has", async () => {
    const source = uniqueId("cli-category");
    const run = await studio("import", FIXTURE, "--format", "zendesk", "--source", source, "--category-field", "360000999");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("No ticket had custom field 360000999; check the id. Custom fields in this file: 360000111 (e.g. shipping_delay");
  });

  it("refuses two choices at once, an empty prefix, and a choice for another format, with exit 2", async () => {
    const both = await studio("import", FIXTURE, "--format", "zendesk", "--category-field", field, "--category-tag-prefix", tagPrefix);
    expect(both).toMatchObject({ code: 2, stderr: expect.stringContaining("Choose one of --category-field, --category-tag-prefix") });
    const empty = await studio("import", FIXTURE, "--format", "zendesk", "--category-tag-prefix", "");
    expect(empty).toMatchObject({ code: 2, stderr: expect.stringContaining("--category-tag-prefix: A tag prefix cannot be empty") });
    const csv = await studio("import", "server/connectors/fixtures/imports/generic.csv", "--format", "csv", "--category-field", field);
    expect(csv).toMatchObject({ code: 2, stderr: expect.stringContaining("--category-… options are for Zendesk exports") });
  });
});
