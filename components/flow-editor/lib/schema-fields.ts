import type { z } from "zod";
import { NODE_DATA_SCHEMAS, type TNodeKind } from "@/workflows/model";
import { humanize } from "@/workflows/model/words";
import { EDITOR_KINDS } from "../kinds";
import type { FieldHint } from "../kinds/kind-def";

/**
 * Maps a node kind's zod schema to form controls, so the config panel follows the model instead of
 * repeating it: adding a field to a schema adds it to the panel. Shapes with no generic control
 * (rule trees, switch cases, boosts, maps) get a named special editor, which the kind's editor module
 * names in its field hints along with clearer labels, multi-line texts and durations.
 */
export type SpecialEditor = "rules" | "cases" | "boosts" | "tier-map" | "field-map" | "thresholds" | "modes" | "data-source";
type Option = { value: string | number; label: string };

interface Base {
  key: string;
  label: string;
  optional: boolean;
  defaultValue?: unknown;
}
export type FormField = Base &
  (
    | { control: "text"; multiline: boolean }
    | { control: "duration" }
    | { control: "number"; min: number | undefined; max: number | undefined; integer: boolean }
    | { control: "select"; options: Option[] }
    | { control: "checkbox" }
    | { control: "tags" }
    | { control: "special"; editor: SpecialEditor }
  );

/** A kind's panel hints by field key, from its editor module. */
function hintsOf(kind: TNodeKind): Partial<Record<string, FieldHint>> {
  return EDITOR_KINDS[kind].fields ?? {};
}

type AnySchema = z.ZodType & { def: { type: string } & Record<string, unknown> };

function unwrap(schema: AnySchema): { inner: AnySchema; optional: boolean; defaultValue?: unknown } {
  let inner = schema;
  let optional = false;
  let defaultValue: unknown;
  for (;;) {
    const def = inner.def;
    if (def.type === "optional") optional = true;
    else if (def.type === "default") defaultValue = (def as { defaultValue?: unknown }).defaultValue;
    else break;
    inner = def.innerType as AnySchema;
  }
  return { inner, optional, defaultValue };
}

/** The values of a union of literals (tier: 1 | 2 | 3), or undefined when it is something else. */
function literalOptions(schema: AnySchema): Option[] | undefined {
  const options = (schema.def as { options?: AnySchema[] }).options;
  if (!options) return undefined;
  const values: Array<string | number> = [];
  for (const o of options) {
    if (o.def.type !== "literal") return undefined;
    for (const v of (o.def as unknown as { values: unknown[] }).values) if (typeof v === "string" || typeof v === "number") values.push(v);
  }
  return values.map((v) => ({ value: v, label: String(v) }));
}

export function fieldFor(kind: TNodeKind, key: string, schema: AnySchema): FormField {
  const { inner, optional, defaultValue } = unwrap(schema);
  const hint = hintsOf(kind)[key] ?? {};
  const base: Base = { key, label: hint.label ?? humanize(key), optional, defaultValue };
  if (hint.control === "duration") return { ...base, control: "duration" };
  if (hint.control !== undefined && hint.control !== "multiline") return { ...base, control: "special", editor: hint.control };
  const def = inner.def;
  switch (def.type) {
    case "string":
      return { ...base, control: "text", multiline: hint.control === "multiline" };
    case "number": {
      const n = inner as unknown as z.ZodNumber;
      return { ...base, control: "number", min: n.minValue ?? undefined, max: n.maxValue ?? undefined, integer: n.isInt };
    }
    case "boolean":
      return { ...base, control: "checkbox" };
    case "enum":
      return { ...base, control: "select", options: (inner as unknown as z.ZodEnum).options.map((v) => ({ value: v, label: String(v) })) };
    case "union": {
      const options = literalOptions(inner);
      if (options) return { ...base, control: "select", options };
      break;
    }
    case "array": {
      const element = unwrap(def.element as AnySchema).inner;
      if (element.def.type === "string") return { ...base, control: "tags" };
      break;
    }
  }
  throw new Error(`No form control for ${kind}.${key} (${def.type}); add a special editor for it`);
}

const cache = new Map<TNodeKind, FormField[]>();

/** The controls of a kind, label first, in schema order. Memoised: schemas never change at run time. */
export function formFields(kind: TNodeKind): FormField[] {
  const hit = cache.get(kind);
  if (hit) return hit;
  const shape = (NODE_DATA_SCHEMAS[kind] as unknown as z.ZodObject).shape as Record<string, AnySchema>;
  const fields = Object.entries(shape).map(([key, schema]) => fieldFor(kind, key, schema));
  cache.set(kind, fields);
  return fields;
}

/** Field messages from the kind's schema, keyed by top-level key, for inline messages under inputs. */
export function schemaMessages(kind: TNodeKind, data: unknown): Map<string, string[]> {
  const result = NODE_DATA_SCHEMAS[kind].safeParse(data);
  const out = new Map<string, string[]>();
  if (result.success) return out;
  for (const issue of result.error.issues) {
    const key = String(issue.path[0] ?? "");
    const where = issue.path.length > 1 ? `${issue.path.slice(1).join(".")}: ` : "";
    out.set(key, [...(out.get(key) ?? []), `${where}${issue.message}`]);
  }
  return out;
}
