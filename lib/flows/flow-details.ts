import { z } from "zod";

/** How long a flow's name may be: it has to fit the flows list, breadcrumbs and the editor's header. */
export const FLOW_NAME_MAX = 120;
export const FLOW_DESCRIPTION_MAX = 2000;

/**
 * A flow's name, as people type it. Names identify flows in lists, backtests and the audit log, so every
 * flow has one and no two flows share one (compared trimmed and ignoring case; the service checks that).
 */
export const ZFlowNameSchema = z
  .string()
  .trim()
  .min(1, "Give the flow a name.")
  .max(FLOW_NAME_MAX, `Keep the name to ${FLOW_NAME_MAX} characters or fewer.`);

/** What the flow is for, in a sentence or two; an empty description is stored as none. */
export const ZFlowDescriptionSchema = z
  .string()
  .trim()
  .max(FLOW_DESCRIPTION_MAX, `Keep the description to ${FLOW_DESCRIPTION_MAX} characters or fewer.`);

/** The part of names that decides whether two are the same flow's. */
export function nameKey(name: string): string {
  return name.trim().toLocaleLowerCase();
}

/** The sentence a person reads when the name they chose belongs to another flow. */
export function nameTakenMessage(name: string): string {
  return `Another flow is already called "${name.trim()}". Pick a different name.`;
}

/**
 * `base` when no flow has that name yet, else "base (2)", "base (3)", ...: the new-flow form offers it, so
 * starting twice from one template gives two flows a person can tell apart.
 */
export function freeName(base: string, taken: readonly string[]): string {
  const used = new Set(taken.map(nameKey));
  if (!used.has(nameKey(base))) return base.trim();
  for (let n = 2; ; n++) {
    const candidate = `${base.trim()} (${n})`;
    if (!used.has(nameKey(candidate))) return candidate;
  }
}
