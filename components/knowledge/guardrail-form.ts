import type { TGuardrailKind } from "@/server/ai/guardrails/rule";

/** The guardrail form's fields as the inputs hold them: patterns one per line, categories comma-separated. */
export interface GuardrailForm {
  rule: string;
  kind: TGuardrailKind;
  patterns: string;
  categories: string;
  enabled: boolean;
}

export const EMPTY_GUARDRAIL: GuardrailForm = { rule: "", kind: "phrases", patterns: "", categories: "", enabled: true };

export function guardrailFormOf(g: { rule: string; kind: string; patterns: string[]; categories: string[]; enabled: boolean }): GuardrailForm {
  return { rule: g.rule, kind: g.kind === "regex" ? "regex" : "phrases", patterns: g.patterns.join("\n"), categories: g.categories.join(", "), enabled: g.enabled };
}

export function guardrailInputOf(form: GuardrailForm) {
  return {
    rule: form.rule,
    kind: form.kind,
    patterns: form.patterns.split("\n"),
    categories: form.categories.split(","),
    enabled: form.enabled,
  };
}
