import "server-only";
import type { PrismaClient } from "@prisma/client";
import { lexiconSentiment } from "./text/sentiment-lexicon";
import { ZAuditReportSchema, type TAuditReport, type TCategoryAudit } from "./audit-report";
import { UNCATEGORISED, ticketsInScope, type AuditScope } from "./audit-scope";
import { categoriseTickets } from "./categorise-tickets";
import { loadCategoryMetrics } from "./category-metrics";
import { loadCategoryTrends, trendWeeks } from "./category-trend";
import { DEFAULT_STALL_HOURS, findFriction } from "./friction";
import { loadTicketTexts, type TicketText } from "./load-ticket-texts";
import { rankCandidates } from "./rank-candidates";
import { resolutionSpread, suggestTier } from "./suggest-tier";
import { findTemplateClusters } from "./template-clusters";

export interface AuditOptions {
  /** Only tickets of these sources (all when empty or absent). */
  sources?: string[];
  /** The audit's "today": tickets created after it are left out, trends count back from it. */
  now?: Date;
  /** A gap without activity longer than this marks a ticket as stalled. */
  stallHours?: number;
  /** Replies a cluster needs to be reported as a template (default: see minTemplateReplies). */
  minTemplateReplies?: number;
}

const round = (x: number, digits: number) => Math.round(x * 10 ** digits) / 10 ** digits;
const roundOrNull = (x: number | null, digits = 2) => (x === null ? null : round(x, digits));

/**
 * The history audit: categorises what has no category (written back to the tickets), then measures volume, agent
 * time, baselines, templated replies and friction per category and suggests tiers and automation candidates.
 * Aggregates run in PostgreSQL; only the text work (classifying, MinHash, sentiment) runs here.
 */
export async function computeAudit(prisma: PrismaClient, opts: AuditOptions = {}): Promise<TAuditReport> {
  const scope: AuditScope = { sources: opts.sources ?? [], now: opts.now ?? new Date() };
  const texts = await loadTicketTexts(prisma, scope);
  const categorisation = await categoriseTickets(prisma, texts);

  const [period] = await prisma.$queryRaw<Array<{ from: Date | null; to: Date | null }>>`
    SELECT min(t."createdAt") AS from, max(t."createdAt") AS to FROM "Ticket" t WHERE ${ticketsInScope(scope)}`;
  const metrics = await loadCategoryMetrics(prisma, scope);
  const trends = await loadCategoryTrends(prisma, scope, trendWeeks(period?.from ?? null, scope.now));
  const templates = await findTemplateClusters(prisma, scope, opts.minTemplateReplies);
  const friction = await findFriction(prisma, scope, {
    stallHours: opts.stallHours ?? DEFAULT_STALL_HOURS,
    totalTickets: texts.length,
    templatedTickets: templates.templatedTickets,
  });

  const perCategory = textFacts(texts, templates.templatedTickets);
  const totalTickets = texts.length;
  const totalHours = metrics.reduce((sum, m) => sum + m.agentHours, 0);
  const categories: TCategoryAudit[] = metrics.map((m) => {
    const facts = perCategory.get(m.category) ?? { negative: 0, templated: 0 };
    const share = totalTickets === 0 ? 0 : m.tickets / totalTickets;
    const templateShare = facts.templated / m.tickets;
    const negativeShare = facts.negative / m.tickets;
    return {
      category: m.category,
      tickets: m.tickets,
      share: round(share, 4),
      agentHours: round(m.agentHours, 2),
      agentTimeShare: totalHours === 0 ? 0 : round(m.agentHours / totalHours, 4),
      trend: trends.get(m.category) ?? { weekly: [], changePct: null },
      baseline: {
        firstResponseMinutes: { median: roundOrNull(m.frtMedian), p90: roundOrNull(m.frtP90) },
        resolutionHours: { median: roundOrNull(m.resolutionMedian), p90: roundOrNull(m.resolutionP90) },
        handleMinutes: { median: roundOrNull(m.handleMedian), p90: roundOrNull(m.handleP90) },
        csat: roundOrNull(m.csat),
        csatResponses: m.csatResponses,
        reopenRate: round(m.reopenRate, 4),
      },
      templateShare: round(templateShare, 4),
      negativeShare: round(negativeShare, 4),
      enterpriseShare: round(m.enterpriseShare, 4),
      suggestedTier: suggestTier({
        tickets: m.tickets,
        share,
        templateShare,
        resolutionSpread: resolutionSpread(m.resolutionMedian, m.resolutionP90),
        negativeShare,
        enterpriseShare: m.enterpriseShare,
      }),
    };
  });

  return ZAuditReportSchema.parse({
    generatedAt: new Date().toISOString(),
    period: { from: period?.from?.toISOString() ?? null, to: period?.to?.toISOString() ?? null },
    totals: {
      tickets: totalTickets,
      labelled: categorisation.labelled,
      categorisedByAudit: categorisation.categorisedByAudit,
      agentHours: round(totalHours, 2),
      agentReplies: templates.agentReplies,
    },
    categories,
    templates: templates.clusters,
    friction,
    candidates: rankCandidates(categories),
  } satisfies TAuditReport);
}

/** Per category: tickets with negative sentiment (the helpdesk's, else the lexicon's) and tickets answered by a template. */
function textFacts(texts: readonly TicketText[], templated: ReadonlyMap<string, string>) {
  const out = new Map<string, { negative: number; templated: number }>();
  for (const t of texts) {
    const key = t.category ?? UNCATEGORISED;
    const facts = out.get(key) ?? { negative: 0, templated: 0 };
    const sentiment = t.sentiment ?? lexiconSentiment(`${t.subject}\n${t.body}`).label;
    if (sentiment.toLowerCase() === "negative") facts.negative++;
    if (templated.has(t.id)) facts.templated++;
    out.set(key, facts);
  }
  return out;
}
