import { describe, expect, it } from "vitest";
import { draftAnswerSchema, intentAnswerSchema, toStrictJsonSchema, ZSentimentAnswerSchema, ZSummaryAnswerSchema } from "./answer-schemas";

type JsonNode = Record<string, unknown>;

/** Strict structured outputs need every object closed and every property required, and reject some keywords. */
function strictViolations(node: unknown, at = "$"): string[] {
  if (Array.isArray(node)) return node.flatMap((n, i) => strictViolations(n, `${at}[${i}]`));
  if (node === null || typeof node !== "object") return [];
  const o = node as JsonNode;
  const own: string[] = [];
  for (const banned of ["$schema", "default"]) if (banned in o) own.push(`${at}: has ${banned}`);
  if (o.type === "object") {
    if (o.additionalProperties !== false) own.push(`${at}: additionalProperties is not false`);
    const props = Object.keys((o.properties as JsonNode | undefined) ?? {});
    const required = (o.required as string[] | undefined) ?? [];
    for (const p of props) if (!required.includes(p)) own.push(`${at}.${p}: not required`);
  }
  return [...own, ...Object.entries(o).flatMap(([k, v]) => strictViolations(v, `${at}.${k}`))];
}

describe("answer schemas as strict JSON schemas", () => {
  it.each([
    ["intent", intentAnswerSchema(["billing", "shipping"])],
    ["sentiment", ZSentimentAnswerSchema],
    ["draft", draftAnswerSchema(["kb1", "kb2"])],
    ["summary", ZSummaryAnswerSchema],
  ])("%s is valid for strict mode", (_name, schema) => {
    expect(strictViolations(toStrictJsonSchema(schema))).toEqual([]);
  });

  it("the checker itself catches a loose schema", () => {
    expect(strictViolations({ type: "object", properties: { a: { type: "string", default: "x" } }, required: [] })).toEqual([
      "$: additionalProperties is not false",
      "$.a: not required",
      "$.properties.a: has default",
    ]);
  });

  it("narrows intent labels to the allowed ones plus 'unknown', once each", () => {
    const schema = intentAnswerSchema(["billing", "unknown", "billing"]);
    expect(schema.safeParse({ label: "unknown", confidence: 0.2, alternatives: [] }).success).toBe(true);
    expect(schema.safeParse({ label: "shipping", confidence: 0.2, alternatives: [] }).success).toBe(false);
    expect(schema.safeParse({ label: "billing", confidence: 0.2, alternatives: [{ label: "nope", confidence: 0.1 }] }).success).toBe(false);
    const json = toStrictJsonSchema(schema) as { properties: { label: { enum: string[] } } };
    expect(json.properties.label.enum).toEqual(["billing", "unknown"]);
  });
});
