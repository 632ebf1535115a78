import type { BacktestMetrics, ConfusionCounts, DurationHistogram } from "../../workflows/interpret/replay/types";
import { histogramMean, histogramQuantile } from "../../workflows/interpret/replay/metrics/histogram";

/** Rates are fractions (0..1); durations are seconds; agent time is hours. */
export interface TDurationView {
  count: number;
  medianSec: number | null;
  p90Sec: number | null;
  meanSec: number | null;
}

export interface TConfusionView {
  compared: number;
  correct: number;
  accuracy: number | null;
  /** Every label seen, actual or predicted, sorted: the matrix's rows and columns. */
  labels: string[];
  /** One row per actual label: how often each label was predicted for it. */
  rows: Array<{ actual: string; total: number; correct: number; predicted: Record<string, number> }>;
}

export interface TCategoryView {
  category: string;
  tickets: number;
  automated: number;
  automationRate: number;
  escalated: number;
  escalationRate: number;
  routedCorrectly: number;
  slaBreaches: number;
  agentHoursSaved: number;
}

export interface TMetricsView {
  tickets: number;
  outcomes: BacktestMetrics["outcomes"];
  automationRate: number | null;
  deflectionRate: number | null;
  escalationRate: number | null;
  routedRate: number | null;
  noActionRate: number | null;
  tierMix: Array<{ tier: string; count: number; share: number }>;
  routing: TConfusionView;
  intent: TConfusionView;
  escalationsByReason: Array<{ reason: string; count: number }>;
  firstResponse: TDurationView;
  resolution: TDurationView;
  slaBreaches: number;
  slaBreachRate: number | null;
  agentHoursSaved: number;
  aiReplies: BacktestMetrics["aiReplies"];
  /** Of the AI replies that passed their threshold: share sent to customers vs kept in shadow. */
  aiSentShare: number | null;
  aiShadowShare: number | null;
  guardrailBlocks: number;
  /** Largest categories first. */
  categories: TCategoryView[];
}

export function metricsView(m: BacktestMetrics): TMetricsView {
  const n = m.tickets;
  const confident = m.aiReplies.sent + m.aiReplies.shadow;
  return {
    tickets: n,
    outcomes: { ...m.outcomes },
    automationRate: rate(m.outcomes.automated, n),
    deflectionRate: rate(m.deflected, n),
    escalationRate: rate(m.outcomes.escalated, n),
    routedRate: rate(m.outcomes.routed, n),
    noActionRate: rate(m.outcomes["no-action"], n),
    tierMix: Object.entries(m.tierMix)
      .map(([tier, count]) => ({ tier, count, share: count / n }))
      .sort((a, b) => a.tier.localeCompare(b.tier)),
    routing: confusionView(m.routing),
    intent: confusionView(m.intent),
    escalationsByReason: Object.entries(m.escalationsByReason)
      .map(([reason, count]) => ({ reason, count }))
      .sort((a, b) => b.count - a.count || a.reason.localeCompare(b.reason)),
    firstResponse: durationView(m.firstResponse),
    resolution: durationView(m.resolution),
    slaBreaches: m.slaBreaches,
    slaBreachRate: rate(m.slaBreaches, n),
    agentHoursSaved: m.agentSecondsSaved / 3600,
    aiReplies: { ...m.aiReplies },
    aiSentShare: rate(m.aiReplies.sent, confident),
    aiShadowShare: rate(m.aiReplies.shadow, confident),
    guardrailBlocks: m.guardrailBlocks,
    categories: Object.entries(m.byCategory)
      .map(([category, c]) => ({
        category,
        tickets: c.tickets,
        automated: c.automated,
        automationRate: c.automated / c.tickets,
        escalated: c.escalated,
        escalationRate: c.escalated / c.tickets,
        routedCorrectly: c.routedCorrectly,
        slaBreaches: c.slaBreaches,
        agentHoursSaved: c.agentSecondsSaved / 3600,
      }))
      .sort((a, b) => b.tickets - a.tickets || a.category.localeCompare(b.category)),
  };
}

function rate(part: number, whole: number): number | null {
  return whole === 0 ? null : part / whole;
}

function durationView(h: DurationHistogram): TDurationView {
  return { count: h.count, medianSec: histogramQuantile(h, 0.5), p90Sec: histogramQuantile(h, 0.9), meanSec: histogramMean(h) };
}

function confusionView(c: ConfusionCounts): TConfusionView {
  const labels = new Set<string>();
  const rows = Object.entries(c.matrix)
    .map(([actual, predicted]) => {
      labels.add(actual);
      let total = 0;
      for (const [label, count] of Object.entries(predicted)) {
        labels.add(label);
        total += count;
      }
      return { actual, total, correct: predicted[actual] ?? 0, predicted: { ...predicted } };
    })
    .sort((a, b) => a.actual.localeCompare(b.actual));
  return { compared: c.compared, correct: c.correct, accuracy: rate(c.correct, c.compared), labels: [...labels].sort(), rows };
}
