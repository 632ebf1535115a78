import { ZCategorySourceSchema, type TCategorySource } from "@/lib/history-import/category-source";

/**
 * The category step's radio group as state: one option picked, plus what was typed for "another field" and
 * "another tag prefix" (kept when the person clicks elsewhere and comes back).
 */
export interface CategoryChoiceState {
  option: string;
  otherField: string;
  otherPrefix: string;
}

export const fieldOption = (field: string) => `field:${field}`;
export const prefixOption = (prefix: string) => `prefix:${prefix}`;

/** Starts from the choice remembered for the source: its own radio when the file offers it, else typed in. */
export function initialChoice(remembered: TCategorySource | null, offered: { fields: Array<{ field: string }>; tagPrefixes: Array<{ prefix: string }> }): CategoryChoiceState {
  const blank = { otherField: "", otherPrefix: "" };
  switch (remembered?.kind) {
    case undefined:
    case "automatic":
      return { option: "automatic", ...blank };
    case "none":
      return { option: "none", ...blank };
    case "field":
      return offered.fields.some((f) => f.field === remembered.field)
        ? { option: fieldOption(remembered.field), ...blank }
        : { option: "otherField", ...blank, otherField: remembered.field };
    case "tagPrefix":
      return offered.tagPrefixes.some((p) => p.prefix === remembered.prefix)
        ? { option: prefixOption(remembered.prefix), ...blank }
        : { option: "otherPrefix", ...blank, otherPrefix: remembered.prefix };
    default: {
      const never: never = remembered;
      throw new Error(`unknown category source ${JSON.stringify(never)}`);
    }
  }
}

/** The choice as the import takes it, or what is wrong with what was typed. */
export function sourceOfChoice(state: CategoryChoiceState): { source: TCategorySource } | { error: string } {
  const candidate: unknown =
    state.option === "otherField" ? { kind: "field", field: state.otherField }
    : state.option === "otherPrefix" ? { kind: "tagPrefix", prefix: state.otherPrefix }
    : state.option.startsWith("field:") ? { kind: "field", field: state.option.slice("field:".length) }
    : state.option.startsWith("prefix:") ? { kind: "tagPrefix", prefix: state.option.slice("prefix:".length) }
    : { kind: state.option };
  const parsed = ZCategorySourceSchema.safeParse(candidate);
  return parsed.success ? { source: parsed.data } : { error: parsed.error.issues[0]!.message };
}
