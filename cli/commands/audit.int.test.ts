import { beforeAll, describe, expect, it } from "vitest";
import { getPrisma } from "../../server/db";
import { toImportItem } from "../../lib/history-import/import-record";
import { importTickets } from "../../server/services/history-import/import-tickets";
import { auditFixture } from "../../server/services/history-audit/audit-fixture";
import { ZAuditReportSchema } from "../../server/services/history-audit/audit-report";
import { uniqueId } from "../../tests/integration/helpers";
import { studio } from "../run-studio";

/** `studio audit` as a person runs it, against the test database (the child process inherits DATABASE_URL). */
const prisma = getPrisma();
const source = uniqueId("audit-test-cli");
const fixture = auditFixture();

beforeAll(async () => {
  await importTickets(prisma, fixture.tickets.map((t, i) => toImportItem({ record: i + 1 }, t)), { source });
});

describe("studio audit", () => {
  it("prints the report of one source as JSON without storing it", async () => {
    const stored = await prisma.auditReport.count();
    const run = await studio("audit", "--json", "--source", source);
    expect(run.stderr).toMatch(/Audited 85 tickets/);
    expect(run.code).toBe(0);
    const report = ZAuditReportSchema.parse(JSON.parse(run.stdout));
    expect(report.totals).toMatchObject({ tickets: 85, labelled: 75, categorisedByAudit: 10 });
    expect(report.templates).toHaveLength(2);
    expect(await prisma.auditReport.count()).toBe(stored);
  });

  it("prints Markdown tables by default", async () => {
    const run = await studio("audit", "--source", source, "--stall-hours", "48");
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^# Ticket history audit/);
    expect(run.stdout).toMatch(/\| card_lost \| 40 \| 47\.1% \|/);
    expect(run.stdout).toMatch(/Stalled \(no activity for over 48 h\)/);
    expect(run.stdout).toMatch(/## Automation candidates/);
  });

  it("refuses contradictory or nonsensical flags", async () => {
    const both = await studio("audit", "--json", "--markdown");
    expect(both.code).toBe(1);
    expect(both.stderr).toMatch(/Choose one of --json and --markdown/);
    const hours = await studio("audit", "--stall-hours", "soon");
    expect(hours.code).toBe(1);
    expect(hours.stderr).toMatch(/--stall-hours must be a positive number/);
  });
});
