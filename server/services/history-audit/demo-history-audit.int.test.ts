import { beforeAll, describe, expect, it } from "vitest";
import { getPrisma } from "../../db";
import { importTickets } from "../history-import/import-tickets";
import { generateDemoHistory } from "../../../prisma/seed/demo-history/generate-demo-history";
import { hasDemoData, loadTexts } from "../../../prisma/seed/demo-history/load-texts";
import type { PlantedTemplate } from "../../../prisma/seed/demo-history/templates";
import { SHARED_DATA } from "../../../prisma/seed/demo-history/test-support";
import { uniqueId } from "../../../tests/integration/helpers";
import { normaliseReply } from "./text/normalise-reply";
import { jaccard, wordShingles } from "./text/shingles";
import type { TAuditReport, TTemplateCluster } from "./audit-report";
import { computeAudit } from "./compute-audit";

/**
 * The audit over the 20,000-ticket demo history must find every template the generator planted, answering the
 * categories it was planted in, with (nearly) as many replies as were planted, and no big cluster that nobody
 * planted unless it is one of Bitext's own agent answers (the real data contains near-identical answers of its own).
 *
 * Count tolerance: 2% of the planted count, at least 3. MinHash LSH is probabilistic: a planted reply whose greeting,
 * name and sign-off make up an unusually large part of it can land just under the 0.6 similarity threshold and be
 * missed, and a composed reply can, rarely, share enough of a template's wording to be pulled in. Both are a handful
 * of replies in hundreds; a wrong template, a split cluster or two templates merged would be off by far more.
 */
const prisma = getPrisma();
const NOW = new Date("2026-11-01T00:00:00.000Z");
const source = uniqueId("audit-test-demo");
const tolerance = (planted: number) => Math.max(3, Math.ceil(planted * 0.02));
/** Clusters at least this big that no template explains must be real Bitext answers. */
const UNPLANTED_LIMIT = 20;

const shinglesOf = (text: string) => wordShingles(normaliseReply(text));
const similarity = (a: string, b: string) => jaccard(shinglesOf(a), shinglesOf(b));

let report: TAuditReport;
let planted: PlantedTemplate[];

describe.skipIf(!hasDemoData(SHARED_DATA))("the audit on the demo history", () => {
  beforeAll(async () => {
    const demo = generateDemoHistory({ dataDir: SHARED_DATA, now: NOW });
    planted = demo.planted;
    const items = (function* () {
      let record = 0;
      for (const ticket of demo.tickets) yield { ok: true as const, position: { record: ++record }, ticket };
    })();
    // One writer: this test is about the audit, and in CI this import has, now and then, never finished with
    // two concurrent writers (not reproduced locally; the importer's concurrency has tests of its own).
    const watchdog = setTimeout(() => void logDatabaseActivity().catch((e: unknown) => console.warn("[demo-history-audit]", e)), 60_000);
    const result = await importTickets(prisma, items, { source, writers: 1 }).finally(() => clearTimeout(watchdog));
    expect(result.rejected).toBe(0);
    report = await computeAudit(prisma, { sources: [source], now: NOW });
  }, 300_000);

  const matchOf = (p: PlantedTemplate): TTemplateCluster | undefined =>
    report.templates
      .map((t) => ({ t, s: similarity(t.example, p.template) }))
      .filter(({ s }) => s >= 0.5)
      .sort((a, b) => b.s - a.s)[0]?.t;

  it("finds every planted template as one cluster, in the planted categories, with the planted count", () => {
    expect(planted.length).toBeGreaterThan(0);
    for (const p of planted.filter((x) => x.tickets > 0)) {
      const cluster = matchOf(p);
      expect(cluster, `template ${p.id}`).toBeDefined();
      // Categories that answer at least 2% of the cluster: a few replies can sit on tickets the classifier filed elsewhere.
      const main = cluster!.categories.filter((c) => c.count >= cluster!.count * 0.02).map((c) => c.category);
      expect(main.sort(), `categories of ${p.id}`).toEqual([...p.categories].sort());
      expect(Math.abs(cluster!.count - p.tickets), `${p.id}: found ${cluster!.count}, planted ${p.tickets}`).toBeLessThanOrEqual(tolerance(p.tickets));
    }
  });

  it("finds no other big cluster unless it is one of Bitext's real answers", () => {
    const plantedClusters = new Set(planted.map(matchOf).filter(Boolean));
    const bitextAnswers = loadTexts(SHARED_DATA).flatMap((t) => (t.response ? [t.response] : []));
    const unexplained = report.templates
      .filter((t) => !plantedClusters.has(t) && t.count >= UNPLANTED_LIMIT)
      .filter((t) => !bitextAnswers.some((answer) => similarity(answer, t.example) >= 0.4));
    expect(unexplained.map((t) => `${t.count}× ${t.example.slice(0, 80)}`)).toEqual([]);
  });

  it("covers every ticket and puts the templated categories first among the candidates", () => {
    expect(report.totals.tickets).toBe(report.categories.reduce((s, c) => s + c.tickets, 0));
    const templated = new Set(planted.flatMap((p) => p.categories));
    const top = report.candidates.slice(0, 5).map((c) => c.category);
    expect(top.filter((c) => templated.has(c)).length).toBeGreaterThanOrEqual(3);
  });
});

/** What the database is doing, for a CI log when the import takes far longer than it should. */
async function logDatabaseActivity(): Promise<void> {
  const rows = await prisma.$queryRawUnsafe<unknown[]>(
    `SELECT pid, state, wait_event_type, wait_event, (now() - xact_start)::text AS in_transaction, left(query, 200) AS query
     FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()`,
  );
  console.warn("[demo-history-audit] import still running after 60 s; database sessions:", JSON.stringify(rows));
}
