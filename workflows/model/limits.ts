/**
 * How big a flow may be. Every bound sits far above what a real support flow needs (the largest template has
 * a few dozen steps, conditions two groups deep, texts of a few hundred characters), so only a runaway import
 * or a hostile request meets one; each is there so that saving, compiling, storing and running a flow stays
 * cheap whatever is sent. The draft schema, the compiler and publishing all read them from here.
 */
export const GRAPH_LIMITS = {
  /** Steps (nodes) in one flow. */
  nodes: 1_000,
  /** Connections (edges) in one flow. */
  edges: 4_000,
  /** Characters in a step's id, its type, a connection's id, ends or output name. */
  idLength: 200,
  /** Characters in any text of a step's settings (a message, a reason, a word to look for). */
  textLength: 10_000,
  /** Items in any list of a step's settings (switch cases, words, tags, values). */
  listItems: 500,
  /** Rules and rule groups in all of one step's conditions together. */
  rulesPerNode: 200,
  /** How deep rule groups (all / any / not) may nest inside one another. */
  ruleGroupDepth: 8,
  /** How deep any settings value may nest (objects and lists), which bounds every walk over it. */
  dataDepth: 40,
} as const;

/**
 * The largest compiled plan the live engine accepts, in bytes of JSON. Temporal refuses workflow input over
 * 2 MB, and the input carries the ticket (subject, body, customer) and the calendar beside the plan.
 */
export const MAX_PLAN_BYTES = 1_500_000;

/** The shortest wait or SLA target: under a second a timer is only noise (and "0.0001s" would round to zero). */
export const MIN_DURATION_MS = 1_000;
/** The longest wait or SLA target: a year; beyond it a timer is a typo, and huge numbers lose precision. */
export const MAX_DURATION_MS = 366 * 86_400_000;

/** 40000 → "40,000", the same on every machine (no locale is read). */
export function countText(n: number): string {
  const digits = String(Math.trunc(Math.abs(n)));
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return n < 0 ? `-${grouped}` : grouped;
}

/** 1_834_221 bytes → "1.83 MB" (decimal megabytes, as Temporal states its limit). */
export function megabytesText(bytes: number): string {
  const mb = bytes / 1_000_000;
  return `${mb >= 10 ? Math.round(mb) : Math.round(mb * 100) / 100} MB`;
}
