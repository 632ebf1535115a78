import { FIELDS, ZRuleGroupSchema, isFieldName, type TRuleGroup } from "@/workflows/model";
import { describeGroup } from "@/workflows/interpret/describe-rule";
import type { EditorNodeData } from "./types";

/**
 * Small readers for node summaries. Data on the canvas may be half-edited, so each reader checks the
 * type and returns undefined rather than trusting the shape.
 */
export function str(data: EditorNodeData, key: string): string | undefined {
  const v = data[key];
  return typeof v === "string" && v.trim() !== "" ? v : undefined;
}

export function num(data: EditorNodeData, key: string): number | undefined {
  const v = data[key];
  return typeof v === "number" && Number.isFinite(v) ? v : undefined;
}

export function list(data: EditorNodeData, key: string): unknown[] {
  const v = data[key];
  return Array.isArray(v) ? v : [];
}

export function percent(value: number | undefined): string {
  return value === undefined ? "—" : `${Math.round(value * 100)}%`;
}

/** describeGroup for a rule tree, or a hint when the tree is still incomplete or empty. */
export function ruleSummary(rules: unknown): string {
  const parsed = ZRuleGroupSchema.safeParse(rules);
  if (!parsed.success) return "Rule incomplete";
  if (countRules(parsed.data) === 0) return "No rules yet";
  return describeGroup(parsed.data);
}

function countRules(group: TRuleGroup): number {
  return group.rules.reduce((n, r) => n + (r.kind === "group" ? countRules(r) : 1), 0);
}

export function fieldLabel(name: string): string {
  return isFieldName(name) ? FIELDS[name].label : name;
}
