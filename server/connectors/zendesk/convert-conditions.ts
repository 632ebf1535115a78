import "server-only";
import { assertNever } from "../../../workflows/model/assert-never";
import type { TTriggerEvent } from "../../../workflows/model/nodes";
import type { TRule, TRuleGroup } from "../../../workflows/model/rules";
import { convertCondition } from "./convert-condition";
import type { ConvertOptions, UnsupportedItem, WaitStep } from "./conversion-types";
import type { TZendeskCondition, TZendeskRule } from "./zendesk-trigger-schema";

export interface ConditionsConversion {
  /** ALL of the `all` conditions, plus an ANY subgroup of the `any` ones; undefined when none converted. */
  rules: TRuleGroup | undefined;
  on: TTriggerEvent;
  /** False when no update_type condition chose the event, so `on` is the default (ticket.created). */
  onChosen: boolean;
  waits: WaitStep[];
  unsupported: UnsupportedItem[];
  notes: string[];
}

/**
 * Zendesk's two lists (`all` is AND, `any` is OR, an empty `any` does not constrain) become one rule
 * tree. Rule ids name the Zendesk condition ("zendesk.all.2") so the canvas and the unsupported list
 * can be read side by side.
 */
export function convertConditions(conditions: TZendeskRule["conditions"], options: ConvertOptions): ConditionsConversion {
  const unsupported: UnsupportedItem[] = [];
  const notes: string[] = [];
  const waits: WaitStep[] = [];
  let on: TTriggerEvent | undefined;
  const reject = (group: "all" | "any", index: number, c: TZendeskCondition, reason: string) =>
    unsupported.push({ kind: "condition", group, index, field: c.field, operator: c.operator, value: c.value, reason });

  const allRules: TRule[] = [];
  conditions.all.forEach((c, index) => {
    const outcome = convertCondition(c, options);
    switch (outcome.kind) {
      case "rule":
        allRules.push({ ...outcome.rule, id: `zendesk.all.${index}` });
        return;
      case "event":
        if (on !== undefined && on !== outcome.on) return reject("all", index, c, "contradicts an earlier update_type condition, so the Zendesk rule never fires");
        on = outcome.on;
        return;
      case "wait":
        waits.push(outcome.wait);
        return;
      case "unsupported":
        return reject("all", index, c, outcome.reason);
      default:
        return assertNever(outcome);
    }
  });

  const anyRules: TRule[] = [];
  conditions.any.forEach((c, index) => {
    const outcome = convertCondition(c, options);
    switch (outcome.kind) {
      case "rule":
        anyRules.push({ ...outcome.rule, id: `zendesk.any.${index}` });
        return;
      case "event":
        return reject("any", index, c, "a flow starts on one event, so the update type cannot be one alternative among others");
      case "wait":
        return reject("any", index, c, "a wait cannot be one alternative among others; move the time condition to \"all\"");
      case "unsupported":
        return reject("any", index, c, outcome.reason);
      default:
        return assertNever(outcome);
    }
  });

  const lostAll = unsupported.filter((u) => u.group === "all").length;
  const lostAny = unsupported.filter((u) => u.group === "any").length;
  if (lostAll > 0) notes.push(`${lostAll} of the "all" conditions could not be converted, so the flow matches more tickets than the Zendesk rule did; review the list before publishing.`);
  if (lostAny > 0 && anyRules.length > 0) notes.push(`${lostAny} of the "any" conditions could not be converted, so the flow matches fewer tickets than the Zendesk rule did.`);
  if (lostAny > 0 && anyRules.length === 0) notes.push(`None of the "any" conditions could be converted, so the flow does not require any of them and matches more tickets than the Zendesk rule did.`);

  const children: Array<TRule | TRuleGroup> = [...allRules];
  if (anyRules.length > 0) children.push({ kind: "group", id: "zendesk.any", match: "any", rules: anyRules });
  const rules: TRuleGroup | undefined = children.length > 0 ? { kind: "group", id: "zendesk.all", match: "all", rules: children } : undefined;
  return { rules, on: on ?? "ticket.created", onChosen: on !== undefined, waits, unsupported, notes };
}
