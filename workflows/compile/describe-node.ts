import { kindDef } from "../kinds";
import type { TNodeKind } from "../model/nodes";
import type { ParsedConfig, ParsedConfigOf } from "./context";

/** The name of each kind as the studio's palette shows it. */
export function kindTitle(kind: TNodeKind): string {
  return kindDef(kind).title;
}

/**
 * How error messages name a node. People know their nodes by label, so a labelled node is named by its
 * label; otherwise by its id, which the canvas shows in the node's tooltip.
 */
export function nodeName(id: string, kind: TNodeKind | undefined, rawData: unknown): string {
  const title = kind === undefined ? "Node" : kindTitle(kind);
  const label = rawLabel(rawData);
  if (label !== undefined) return `${title} "${short(label)}"`;
  return kind === undefined ? `Node "${id}"` : `${title} node "${id}"`;
}

function rawLabel(rawData: unknown): string | undefined {
  if (typeof rawData !== "object" || rawData === null) return undefined;
  const label = (rawData as { label?: unknown }).label;
  return typeof label === "string" && label.trim().length > 0 ? label.trim() : undefined;
}

/** Long labels would drown the message; 40 characters still identify a node on the canvas. */
function short(label: string): string {
  return label.length > 40 ? `${label.slice(0, 39)}…` : label;
}

/** The label a plan node carries: the one drawn in the studio, or a readable default from its config. */
export function planLabel(parsed: ParsedConfig): string {
  return rawLabel(parsed.data) ?? defaultLabel(parsed);
}

function defaultLabel<K extends TNodeKind>(parsed: ParsedConfigOf<K>): string {
  const def = kindDef(parsed.kind);
  return def.defaultLabel?.(parsed.data) ?? def.title;
}
