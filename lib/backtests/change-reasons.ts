import { differencesPhrase, outcomeDifferences } from "../../workflows/interpret/replay/compare";
import type { BaselineKind, OutcomeSummary } from "../../workflows/interpret/replay/types";

/**
 * Why outcomes changed, in groups: by the node where the two runs part and what changed. Shared by the results
 * page (over the changed tickets it loaded) and the CLI (over every changed ticket, as batches stream by).
 */
export interface ChangeReason {
  divergenceNodeId: string;
  /** The node as a person knows it: its label (its id for runs stored without labels). */
  divergenceNode: string;
  change: string;
  count: number;
  /** The explanation of the first such ticket added (tickets come oldest first). */
  example: string;
}

/**
 * The change in one phrase, every difference named: "Priority: high → urgent · Message to the customer changed".
 * Against the history only what it recorded counts (outcomeDifferences). A stored ticket whose summaries show no
 * difference any more (kept by an older comparison, on the predicted times) says so rather than nothing.
 */
export function outcomeChange(a: OutcomeSummary, b: OutcomeSummary, baselineKind: BaselineKind = "version"): string {
  const differences = outcomeDifferences(a, b, { baselineIsHistory: baselineKind === "history" });
  return differences.length > 0 ? differencesPhrase(differences) : "Timing only";
}

/** Counts changed tickets into reasons one at a time; `reasons()` lists them, most tickets first. */
export function reasonTally() {
  const groups = new Map<string, ChangeReason>();
  return {
    add(node: { id: string; label?: string | undefined }, change: string, explanation: string): void {
      const key = `${node.id}\u0000${change}`;
      const group = groups.get(key);
      if (group === undefined) groups.set(key, { divergenceNodeId: node.id, divergenceNode: nodeName(node), change, count: 1, example: explanation });
      else group.count++;
    },
    reasons(): ChangeReason[] {
      return [...groups.values()].sort((a, b) => b.count - a.count || a.divergenceNode.localeCompare(b.divergenceNode) || a.change.localeCompare(b.change));
    },
  };
}

/** A node's label, or its id when it has none; "" (no step to name: the flow did nothing) reads as such. */
export function nodeName(node: { id: string; label?: string | undefined }): string {
  if (node.label !== undefined && node.label !== "") return node.label;
  return node.id === "" ? "no step" : node.id;
}

/** The reasons of a list of changed tickets, already phrased (see outcomeChange). */
export function changeReasons(rows: ReadonlyArray<{ divergenceNodeId: string; divergenceNode: string; change: string; explanation: string }>): ChangeReason[] {
  const tally = reasonTally();
  for (const row of rows) tally.add({ id: row.divergenceNodeId, label: row.divergenceNode }, row.change, row.explanation);
  return tally.reasons();
}
