import type { TDrillDown, TGroupDimension, TMetricFilters } from "@/lib/metrics/filters";

export type TDrillOnly = NonNullable<TDrillDown["only"]>;

/** What a click on a card, bar or point asks for: the tickets behind it, and how to title them. */
export interface TDrillTarget {
  title: string;
  group?: Partial<Record<TGroupDimension, string | number>>;
  only?: TDrillOnly;
  /** Filters other than the page's (a before/after period). */
  filters?: TMetricFilters;
}

export type TOpenDrill = (target: TDrillTarget) => void;

export const ONLY_LABELS: Record<TDrillOnly, string> = {
  automated: "Automated",
  "came-back": "Came back",
  "ai-assisted": "AI-assisted",
  human: "Human-handled",
  unresolved: "Unresolved",
  deflected: "Deflected",
  "sla-breached": "SLA breached",
  "repeat-contact": "Repeat contact",
  escalated: "Escalated",
  "ai-judged": "AI answers judged",
};

/** The handling sides the time and CSAT charts compare, and the tickets each stands for. */
export const SIDES = [
  { key: "automated", label: "Automated", only: "automated", colour: "#4f46e5" },
  { key: "assisted", label: "AI-assisted", only: "ai-assisted", colour: "#8b5cf6" },
  { key: "human", label: "Human", only: "human", colour: "#71717a" },
] as const satisfies ReadonlyArray<{ key: string; label: string; only: TDrillOnly; colour: string }>;
