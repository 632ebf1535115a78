import "server-only";
import type { TAuditReport } from "./audit-report";

/** The audit as Markdown tables, for `studio audit` (readable in a terminal, pasteable into a doc or a ticket). */
export function auditToMarkdown(r: TAuditReport): string {
  const out: string[] = [];
  out.push("# Ticket history audit", "");
  out.push(`Computed ${r.generatedAt.slice(0, 16).replace("T", " ")} UTC over ${r.period.from ? `${day(r.period.from)} to ${day(r.period.to)}` : "no tickets"}.`, "");
  out.push(
    `**${r.totals.tickets} tickets**, ${num(r.totals.agentHours)} agent hours, ${r.totals.agentReplies} agent replies. ` +
      `${r.totals.labelled} came with a category; the audit categorised ${r.totals.categorisedByAudit}.`,
    "",
  );
  if (r.totals.tickets === 0) return `${out.join("\n")}No tickets to audit: import some history first (\`studio import <file>\`).\n`;

  out.push("## Categories", "");
  out.push(
    table(
      ["Category", "Tickets", "Share", "Agent h", "30-day change", "FRT median / p90 (min)", "Resolution median / p90 (h)", "Handle median (min)", "CSAT", "Reopen", "Template share", "Tier"],
      r.categories.map((c) => [
        c.category,
        String(c.tickets),
        pct(c.share),
        num(c.agentHours),
        c.trend.changePct === null ? "–" : `${c.trend.changePct > 0 ? "+" : ""}${c.trend.changePct}%`,
        `${num(c.baseline.firstResponseMinutes.median)} / ${num(c.baseline.firstResponseMinutes.p90)}`,
        `${num(c.baseline.resolutionHours.median)} / ${num(c.baseline.resolutionHours.p90)}`,
        num(c.baseline.handleMinutes.median),
        c.baseline.csat === null ? "–" : `${c.baseline.csat.toFixed(2)} (${c.baseline.csatResponses})`,
        pct(c.baseline.reopenRate),
        pct(c.templateShare),
        `Tier ${c.suggestedTier.tier}`,
      ]),
    ),
    "",
  );

  out.push("## Automation candidates", "");
  out.push(
    r.candidates.length === 0
      ? "None: no category has agent time or tickets to win back."
      : table(["#", "Category", "Score", "Tier", "Why"], r.candidates.map((c) => [String(c.rank), c.category, num(c.score), `Tier ${c.suggestedTier}`, c.reasons.join("; ")])),
    "",
  );

  out.push("## Templated replies", "");
  out.push(
    r.templates.length === 0
      ? "No cluster of near-identical agent replies is big enough to report."
      : table(
          ["Replies", "Categories", "Example"],
          r.templates.map((t) => [String(t.count), t.categories.map((c) => `${c.category} (${c.count})`).join(", "), oneLine(t.example, 120)]),
        ),
    "",
  );

  out.push("## Friction", "");
  const f = r.friction;
  out.push(
    table(
      ["What", "Tickets", "Share", "Examples"],
      [
        ["Bounced between agents or queues", f.bounced],
        [`Stalled (no activity for over ${f.stalled.thresholdHours} h)`, f.stalled],
        ["Escalated, then resolved with a template", f.escalatedThenTemplated],
      ].map(([label, x]) => {
        const item = x as TAuditReport["friction"]["bounced"];
        return [label as string, String(item.count), pct(item.share), item.examples.slice(0, 3).map((e) => `${e.externalId} (${e.detail})`).join("; ") || "–"];
      }),
    ),
    "",
  );

  out.push("## Suggested tiers, and why", "");
  for (const c of r.categories) out.push(`- **${c.category}**: Tier ${c.suggestedTier.tier}. ${c.suggestedTier.reasons.join("; ")}.`);
  return `${out.join("\n")}\n`;
}

function table(head: string[], rows: string[][]): string {
  const cell = (s: string) => s.replace(/\|/g, "\\|");
  return [`| ${head.join(" | ")} |`, `|${head.map(() => " --- ").join("|")}|`, ...rows.map((r) => `| ${r.map(cell).join(" | ")} |`)].join("\n");
}

const pct = (x: number) => `${Math.round(x * 1000) / 10}%`;
const num = (x: number | null) => (x === null ? "–" : x >= 100 ? String(Math.round(x)) : String(Math.round(x * 10) / 10));
const day = (iso: string | null) => (iso === null ? "?" : iso.slice(0, 10));
const oneLine = (s: string, max: number) => {
  const flat = s.replace(/\s+/g, " ").trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
};
