import type { CompileError } from "../model/plan";
import type { TTriggerEvent } from "../model/nodes";
import { compileError, type CompileGraph, type CompileNode } from "./context";

const EVENT_WORDS: Record<TTriggerEvent, string> = {
  "ticket.created": "a ticket is created",
  "ticket.updated": "a ticket is updated",
  "customer.replied": "the customer replies",
};

/**
 * A flow needs somewhere to start, and each event may start it at only one place: two triggers on the
 * same event would leave the run unsure which path to take.
 */
export function checkTriggers(graph: CompileGraph): CompileError[] {
  const triggers = graph.nodes.filter((n) => n.kind === "trigger");
  if (triggers.length === 0) {
    return [compileError({ code: "no-trigger", message: "The flow has no trigger; add a Trigger node to say which ticket event starts it" })];
  }
  const errors: CompileError[] = [];
  const firstByEvent = new Map<TTriggerEvent, CompileNode>();
  for (const node of triggers) {
    if (node.parsed?.kind !== "trigger") continue;
    const on = node.parsed.data.on;
    const first = firstByEvent.get(on);
    if (first === undefined) {
      firstByEvent.set(on, node);
      continue;
    }
    const message = `${node.name}: ${first.name} already starts this flow when ${EVENT_WORDS[on]}; keep one trigger per event`;
    errors.push(compileError({ code: "duplicate-trigger", message, nodeId: node.id, field: "on" }));
  }
  return errors;
}
