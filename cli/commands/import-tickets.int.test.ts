import { describe, expect, it } from "vitest";
import { getPrisma } from "../../server/db";
import { EXPECTED_IMPORTS } from "../../server/connectors/fixtures/imports/expected";
import { uniqueId } from "../../tests/integration/helpers";
import { studio } from "../run-studio";

/** `studio import` as a person runs it, against the test database (the child process inherits DATABASE_URL). */
const prisma = getPrisma();
const FIXTURES = "server/connectors/fixtures/imports";

describe("studio import", () => {
  it("imports a Zendesk NDJSON export with a progress bar, lists rejected lines, and a second run changes nothing", async () => {
    const source = uniqueId("cli-import");
    const expected = EXPECTED_IMPORTS["zendesk-tickets.ndjson"]!;
    const run = await studio("import", `${FIXTURES}/zendesk-tickets.ndjson`, "--format", "zendesk", "--source", source);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/Importing zendesk-tickets\.ndjson \[#+\] 100%/);
    expect(run.stdout).toContain(`${expected.records} records: ${expected.ok} imported, 0 updated, 0 unchanged, ${expected.rejected} rejected`);
    for (const r of expected.rejectedReasons) expect(run.stdout).toMatch(new RegExp(`line ${r.line}: .*${r.reasonIncludes.replace(/[()]/g, "\\$&")}`));
    expect(await prisma.ticket.count({ where: { source } })).toBe(expected.ok);

    const again = await studio("import", `${FIXTURES}/zendesk-tickets.ndjson`, "--format", "zendesk", "--source", source, "--json");
    expect(again.code).toBe(0);
    expect(JSON.parse(again.stdout)).toMatchObject({ status: "completed", imported: 0, unchanged: expected.ok, rejected: expected.rejected });
  });

  it("maps a CSV's columns from its header, with --map for what the suggestion cannot know", async () => {
    const source = uniqueId("cli-import");
    const expected = EXPECTED_IMPORTS["generic.csv"]!;
    const run = await studio("import", `${FIXTURES}/generic.csv`, "--format", "csv", "--source", source, "--map", "body=message", "--tag-separator", "|", "--json");
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ status: "completed", imported: expected.ok, rejected: expected.rejected });
  });

  it("names the unmapped required field and the file's columns, and exits 2", async () => {
    const run = await studio("import", `${FIXTURES}/generic.csv`, "--format", "csv", "--map", "externalId=nope");
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('the file has no column "nope"');
    const missing = await studio("import", "no-such-file.csv", "--format", "csv");
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("no such file");
  });
});
