import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ZAuditReportSchema, type TAuditReport } from "@/server/services/history-audit/audit-report";
import { CandidatesTable } from "./CandidatesTable";
import { CategoryTable } from "./CategoryTable";
import { FrictionSections } from "./FrictionSections";
import { MetricCards } from "./MetricCards";
import { TemplateClusters } from "./TemplateClusters";

const stat = (median: number | null, p90: number | null) => ({ median, p90 });
const category = (name: string, tickets: number, csat: number | null) => ({
  category: name,
  tickets,
  share: tickets / 300,
  agentHours: tickets / 10,
  agentTimeShare: tickets / 300,
  trend: { weekly: [1, 4, 2, tickets], changePct: name === "refund" ? null : 12.5 },
  baseline: {
    firstResponseMinutes: stat(42, 300),
    resolutionHours: stat(5, 30),
    handleMinutes: stat(7, 12),
    csat,
    csatResponses: csat === null ? 0 : 10,
    reopenRate: 0.05,
  },
  templateShare: 0.5,
  negativeShare: 0.1,
  enterpriseShare: 0.1,
  suggestedTier: { tier: 1 as const, reasons: ["50% answered with a template"] },
});
const ref = (id: string) => ({ id, externalId: `x-${id}`, subject: `Subject ${id}`, category: "refund", detail: "2 agent changes" });

const report: TAuditReport = ZAuditReportSchema.parse({
  generatedAt: "2026-06-01T00:00:00.000Z",
  period: { from: "2026-04-01T00:00:00.000Z", to: "2026-05-31T00:00:00.000Z" },
  totals: { tickets: 300, labelled: 290, categorisedByAudit: 10, agentHours: 30, agentReplies: 400 },
  categories: [category("refund", 100, null), category("card_lost", 200, 4.2)],
  templates: [{ id: "tpl-1", count: 120, categories: [{ category: "card_lost", count: 120 }], example: "Your card is blocked.", exampleTicketId: "t9" }],
  friction: {
    bounced: { count: 7, share: 7 / 300, examples: [ref("b1")] },
    stalled: { count: 3, share: 0.01, examples: [], thresholdHours: 72 },
    escalatedThenTemplated: { count: 0, share: 0, examples: [] },
  },
  candidates: [{ rank: 1, category: "card_lost", score: 12.5, tickets: 200, agentHours: 20, templateShare: 0.5, suggestedTier: 1, reasons: ["a", "b"] }],
});

const html = (el: Parameters<typeof renderToStaticMarkup>[0]) => renderToStaticMarkup(el);

describe("audit page parts (server-rendered)", () => {
  it("shows the headline numbers, including the templated share of tickets", () => {
    const out = html(createElement(MetricCards, { report }));
    expect(out).toContain('aria-label="Tickets"');
    expect(out).toContain(">300<");
    expect(out).toContain(">50%<"); // half of each category is templated
    expect(out).toContain("silent over 72 h");
  });

  it("lists categories biggest first with their baseline and a details button per row", () => {
    const out = html(createElement(CategoryTable, { categories: report.categories }));
    expect(out.indexOf("card_lost")).toBeLessThan(out.indexOf("refund"));
    expect(out).toContain('aria-sort="descending"');
    expect(out).toContain("42 min");
    expect(out).toContain("Show details of refund");
    expect(out).toContain("Tier 1");
    expect(out).toContain("Showing 1–2 of 2 categories");
  });

  it("shows 25 categories a page and says how many there are", () => {
    const many = Array.from({ length: 134 }, (_, i) => ({ ...report.categories[1]!, category: `cat_${i}`, tickets: 1000 - i }));
    const out = html(createElement(CategoryTable, { categories: many }));
    expect(out.match(/Show details of cat_/g)).toHaveLength(25);
    expect(out).toContain("cat_24<");
    expect(out).not.toContain("cat_25<");
    expect(out).toContain("Showing 1–25 of 134 categories");
    expect(out).toContain("Page 1 of 6");
  });

  it("links examples and templates to the inbox", () => {
    expect(html(createElement(FrictionSections, { friction: report.friction }))).toContain('href="/inbox/b1"');
    const templates = html(createElement(TemplateClusters, { templates: report.templates, agentReplies: 400 }));
    expect(templates).toContain('href="/inbox/t9"');
    expect(templates).toContain("120 replies");
    expect(html(createElement(TemplateClusters, { templates: [], agentReplies: 400 }))).toContain("among 400 replies");
  });

  it("ranks the candidates", () => {
    const out = html(createElement(CandidatesTable, { candidates: report.candidates }));
    expect(out).toContain("12.50");
    expect(out).toContain("a · b");
  });
});
