import type { TRuleGroup, TRuleNode } from "../model/rules";
import type { TLabelProfile, TTemplateVocabulary } from "./vocabulary";

/**
 * Rewrites the intent labels a rule tree names into the classifier's own. A label the classifier answers with
 * stays; one it never answers with is dropped, and the classifier's labels whose tickets mostly carry one of
 * the rule's labels in the other vocabulary join (the keyword baseline's "fraud" for a rule on
 * "lost_or_stolen_phone", "compromised_card", …). A rule left with no label can never hold (or, negated,
 * always holds), and the tree is simplified around it: dropping such a rule changes nothing a ticket would do,
 * since the labels it named were never given.
 */
export type TTreeVerdict = { kind: "never" } | { kind: "always" } | { kind: "keep"; tree: TRuleNode };

export type TTranslate = (values: readonly string[]) => string[];

export function translateTree(tree: TRuleNode, translate: TTranslate, known: ReadonlySet<string>): TTreeVerdict {
  if (tree.kind === "group") return translateGroup(tree, translate, known);
  if (tree.field !== "intent.label") return { kind: "keep", tree };
  const positive = tree.op === "equals" || tree.op === "in";
  if (!positive && tree.op !== "not_equals" && tree.op !== "not_in") return { kind: "keep", tree };
  const values = (tree.op === "equals" || tree.op === "not_equals" ? [tree.value] : tree.values).filter((v): v is string => typeof v === "string");
  if (values.every((v) => known.has(v))) return { kind: "keep", tree };
  const next = translate(values);
  if (next.length === 0) return { kind: positive ? "never" : "always" };
  const id = tree.id === undefined ? {} : { id: tree.id };
  const base = { kind: "rule" as const, ...id, field: tree.field };
  if (next.length === 1) return { kind: "keep", tree: { ...base, op: positive ? "equals" : "not_equals", value: next[0]! } };
  return { kind: "keep", tree: { ...base, op: positive ? "in" : "not_in", values: next } };
}

function translateGroup(group: TRuleGroup, translate: TTranslate, known: ReadonlySet<string>): TTreeVerdict {
  const verdicts = group.rules.map((r) => translateTree(r, translate, known));
  const kept = verdicts.flatMap((v) => (v.kind === "keep" ? [v.tree] : []));
  const has = (kind: "never" | "always") => verdicts.some((v) => v.kind === kind);
  // An empty group is a compile error, so a group whose every rule was decided is decided itself.
  switch (group.match) {
    case "all":
      if (has("never")) return { kind: "never" };
      return kept.length === 0 ? { kind: "always" } : { kind: "keep", tree: { ...group, rules: kept } };
    case "any":
      if (has("always")) return { kind: "always" };
      return kept.length === 0 ? { kind: "never" } : { kind: "keep", tree: { ...group, rules: kept } };
    case "not":
      if (has("always")) return { kind: "never" };
      return kept.length === 0 ? { kind: "always" } : { kind: "keep", tree: { ...group, rules: kept } };
  }
}

/**
 * The translation a rule's label list gets: its labels the classifier knows, in their order, then the labels
 * most of whose tickets (by the aliases) carry one of the list's labels, biggest first.
 */
export function labelTranslator(vocab: TTemplateVocabulary, profiles: readonly TLabelProfile[]): TTranslate {
  const known = new Set(vocab.labels);
  const abstain = new Set(vocab.abstain);
  const aliases = new Map<string, Map<string, number>>();
  for (const a of vocab.aliases) {
    const byAlias = aliases.get(a.label) ?? new Map<string, number>();
    byAlias.set(a.alias, (byAlias.get(a.alias) ?? 0) + a.count);
    aliases.set(a.label, byAlias);
  }
  return (values) => {
    const wanted = new Set(values);
    const kept = [...new Set(values.filter((v) => known.has(v)))];
    const joined = profiles
      .filter((p) => !wanted.has(p.label) && !abstain.has(p.label))
      .filter((p) => {
        const byAlias = aliases.get(p.label);
        if (byAlias === undefined) return false;
        let total = 0;
        let inside = 0;
        for (const [alias, count] of byAlias) {
          total += count;
          if (wanted.has(alias)) inside += count;
        }
        return inside * 2 > total;
      })
      .map((p) => p.label);
    return [...kept, ...joined];
  };
}
