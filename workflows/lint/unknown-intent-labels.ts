/**
 * Intent labels a flow names that the classifier never answers with: a rule comparing `intent.label` with
 * "card_issue" while the trained model's labels are "card_arrival", "card_declined", … never matches, and
 * every ticket takes the fallback. Not a compile error (models change; a flow may be written ahead of one),
 * so the editor and the backtest page show these as warnings.
 */
export interface TUnknownIntentLabel {
  nodeId: string;
  label: string;
}

interface GraphLike {
  nodes: ReadonlyArray<{ id: string; data?: unknown }>;
}

/** Each unknown label once per node, in node order then in the order the node names them. */
export function unknownIntentLabels(graph: GraphLike, known: ReadonlySet<string>): TUnknownIntentLabel[] {
  const found: TUnknownIntentLabel[] = [];
  for (const node of graph.nodes) {
    const seen = new Set<string>();
    for (const label of intentLabelsIn(node.data)) {
      if (known.has(label) || seen.has(label)) continue;
      seen.add(label);
      found.push({ nodeId: node.id, label });
    }
  }
  return found;
}

/**
 * The labels a node's settings name: values of rules on `intent.label`, and the keys of the maps by intent
 * (classify-intent's and ai-reply's `thresholdsByIntent`, set-tier's `byIntent`). A walk
 * over the whole settings, not a switch over node kinds: rules sit in conditions and in switch cases at any
 * depth of nesting, and a node kind added later with rules of its own is covered too.
 */
export function intentLabelsIn(data: unknown): string[] {
  if (Array.isArray(data)) return data.flatMap(intentLabelsIn);
  if (data === null || typeof data !== "object") return [];
  const obj = data as Record<string, unknown>;
  if (obj.kind === "rule" && obj.field === "intent.label") return ruleValues(obj);
  return Object.entries(obj).flatMap(([key, value]) =>
    MAPS_BY_INTENT.has(key) && value !== null && typeof value === "object" && !Array.isArray(value) ? Object.keys(value) : intentLabelsIn(value),
  );
}

const MAPS_BY_INTENT = new Set(["thresholdsByIntent", "byIntent"]);

function ruleValues(rule: Record<string, unknown>): string[] {
  const values = Array.isArray(rule.values) ? rule.values : rule.value === undefined ? [] : [rule.value];
  return values.filter((v): v is string => typeof v === "string" && v.trim() !== "");
}
