import type { EditorGraph } from "./types";

const QUEUE_KINDS = new Set(["route", "escalate"]);

export interface TQueueMapOfConnection {
  name: string;
  title: string;
  queues: readonly string[];
}

/** One warning per route or escalate node whose queue some helpdesk connection that is on does not map to a group. */
export function unmappedQueueWarnings(graph: Pick<EditorGraph, "nodes">, connections: readonly TQueueMapOfConnection[]): Array<{ nodeId: string; message: string }> {
  if (connections.length === 0) return [];
  const warnings: Array<{ nodeId: string; message: string }> = [];
  for (const node of graph.nodes) {
    const queue = node.data.queue;
    if (!QUEUE_KINDS.has(node.type ?? "") || typeof queue !== "string" || queue === "") continue;
    const missing = connections.filter((c) => !c.queues.includes(queue));
    if (missing.length === 0) continue;
    const name = typeof node.data.label === "string" && node.data.label.trim() !== "" ? node.data.label : node.id;
    const where = missing.map((c) => `${c.title} (“${c.name}”)`).join(", ");
    warnings.push({ nodeId: node.id, message: `"${name}" sends tickets to the queue “${queue}”, which has no group mapped in ${where}; map it in Settings → Connections.` });
  }
  return warnings;
}
