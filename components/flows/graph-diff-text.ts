import type { FlowDiff } from "@/server/services/flows/diff-flow-versions";

/** Plain-text pieces of the diff page, kept out of the component so they are unit-tested. */

/** "3 nodes changed · 1 added · 2 connections removed", or that nothing differs. */
export function summarizeDiff(diff: FlowDiff["diff"]): string {
  const parts: string[] = [];
  const add = (count: number, text: string) => count > 0 && parts.push(`${count} ${text}`);
  add(diff.nodes.added.length, diff.nodes.added.length === 1 ? "node added" : "nodes added");
  add(diff.nodes.removed.length, diff.nodes.removed.length === 1 ? "node removed" : "nodes removed");
  add(diff.nodes.changed.length, diff.nodes.changed.length === 1 ? "node changed" : "nodes changed");
  add(diff.nodes.moved.length, diff.nodes.moved.length === 1 ? "node moved" : "nodes moved");
  add(diff.edges.added.length, diff.edges.added.length === 1 ? "connection added" : "connections added");
  add(diff.edges.removed.length, diff.edges.removed.length === 1 ? "connection removed" : "connections removed");
  add(diff.settings.length, diff.settings.length === 1 ? "setting changed" : "settings changed");
  if (parts.length === 0) return "No differences.";
  return `${parts.join(" · ")}${diff.behaviourUnchanged ? " (layout only: tickets are handled the same way)" : ""}.`;
}

/** "v3" or "draft" for the page title. */
export function sideLabel(side: FlowDiff["from"]): string {
  return side.kind === "draft" ? "draft" : `v${side.number}`;
}
