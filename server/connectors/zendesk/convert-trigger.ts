import "server-only";
import { convertActions } from "./convert-actions";
import { convertConditions } from "./convert-conditions";
import type { ConvertOptions, ZendeskConversion } from "./conversion-types";
import { layoutFlow } from "./layout-flow";
import type { TZendeskRule, ZendeskRuleSource } from "./zendesk-trigger-schema";

/**
 * One Zendesk trigger or automation → an equivalent flow, plus every condition and action that has no
 * equivalent (with the reason) and notes on where the flow behaves differently. Pure: no I/O, so the
 * tRPC procedure, the CLI and the browser all get the same answer.
 *
 * Shape: trigger (ticket.created, or ticket.updated for `update_type is Change`) → the automation's
 * waits → a condition (ALL of `all`, with an ANY group of `any`) → true: the actions as a chain → end;
 * false: end. Whatever did not convert leaves the chain shorter; with nothing convertible the flow is
 * trigger → end, which still compiles, and the list says why.
 */
export function convertTrigger(rule: TZendeskRule, source: ZendeskRuleSource = "unknown", options: ConvertOptions = {}): ZendeskConversion {
  const conditions = convertConditions(rule.conditions, options);
  const actions = convertActions(rule.actions, options);
  const graph = layoutFlow({ title: rule.title, on: conditions.on, waits: conditions.waits, rules: conditions.rules, steps: actions.steps });

  const notes = [...conditions.notes, ...actions.notes];
  const kind = source !== "unknown" ? source : conditions.waits.length > 0 ? "automation" : "trigger";
  if (kind === "automation") {
    notes.push("Zendesk checked this automation hourly over all open tickets; the flow starts once per new ticket, and its timers count from the ticket's creation.");
  } else if (!conditions.onChosen) {
    notes.push("No update_type condition: Zendesk ran this trigger on every create and update; the flow starts when a ticket is created.");
  }
  if (!rule.active) notes.push("The Zendesk rule was inactive; check that it is still wanted before publishing the flow.");
  if (actions.steps.length === 0) notes.push("None of the actions could be converted, so the flow does nothing when the conditions hold.");
  const queues = [...new Set(actions.steps.flatMap((s) => (s.type === "route" ? [s.data.queue] : [])))];
  return { title: rule.title, source: kind, active: rule.active, graph, unsupported: [...conditions.unsupported, ...actions.unsupported], notes, queues };
}
