import "server-only";
import { assertNever } from "../../../workflows/model/assert-never";
import type { TFlowEdge, TFlowGraph, TFlowNode } from "../../../workflows/model/graph";
import type { TTriggerEvent } from "../../../workflows/model/nodes";
import type { TRuleGroup } from "../../../workflows/model/rules";
import type { ActionStep, WaitStep } from "./conversion-types";

export interface FlowParts {
  title: string;
  on: TTriggerEvent;
  waits: readonly WaitStep[];
  rules: TRuleGroup | undefined;
  steps: readonly ActionStep[];
}

/** Same spacing as the example flows, so an imported flow looks at home on the canvas. */
const COLUMN = 280;
const MAIN_Y = 160;
const SIDE_Y = 320;

/**
 * Lays the pieces out as one left-to-right chain: trigger → waits → condition → actions → end. The
 * side exits (a wait met early, a condition that does not hold) each get their own end node below
 * the chain, because the compiler requires every branching output to be connected.
 */
export function layoutFlow(parts: FlowParts): TFlowGraph {
  const nodes: TFlowNode[] = [];
  const edges: TFlowEdge[] = [];
  let column = 0;
  let previous: { id: string; handle: string } | undefined;
  const at = (y = MAIN_Y) => ({ x: column * COLUMN, y });
  const link = (target: string) => {
    if (previous !== undefined) edges.push(edge(previous.id, previous.handle, target));
  };
  const sideEnd = (source: string, handle: string, id: string, label: string, outcome: string) => {
    nodes.push({ id, type: "end", position: { x: (column + 1) * COLUMN, y: SIDE_Y }, data: { label, outcome } });
    edges.push(edge(source, handle, id));
  };

  nodes.push({ id: "trigger", type: "trigger", position: at(), data: { label: parts.title, on: parts.on } });
  previous = { id: "trigger", handle: "next" };

  parts.waits.forEach((wait, i) => {
    column++;
    const id = `wait-${i + 1}`;
    link(id);
    if (wait.type === "sla-timer") {
      nodes.push({ id, type: "sla-timer", position: at(), data: wait.data });
      sideEnd(id, "met", `end-${id}`, "Resolved in time", "resolved-before-timer");
      previous = { id, handle: "breached" };
    } else {
      nodes.push({ id, type: "wait-for", position: at(), data: wait.data });
      sideEnd(id, "replied", `end-${id}`, "Replied in time", "replied-before-timer");
      previous = { id, handle: "timeout" };
    }
  });

  if (parts.rules !== undefined) {
    column++;
    link("conditions");
    nodes.push({ id: "conditions", type: "condition", position: at(), data: { label: "Zendesk conditions", rules: parts.rules } });
    sideEnd("conditions", "false", "end-no-match", "Conditions not met", "no-match");
    previous = { id: "conditions", handle: "true" };
  }

  parts.steps.forEach((step, i) => {
    column++;
    const id = `${step.type}-${i + 1}`;
    link(id);
    nodes.push(nodeOf(step, id, at()));
    previous = { id, handle: "next" };
  });

  column++;
  link("end");
  nodes.push({ id: "end", type: "end", position: at(), data: { label: "Done", outcome: "zendesk-actions-done" } });
  return { nodes, edges };
}

function edge(source: string, handle: string, target: string): TFlowEdge {
  return { id: handle === "next" ? `${source}->${target}` : `${source}:${handle}->${target}`, source, sourceHandle: handle, target };
}

/** One case per kind, so each node keeps its kind's data type (and a new step kind fails to compile here). */
function nodeOf(step: ActionStep, id: string, position: { x: number; y: number }): TFlowNode {
  switch (step.type) {
    case "set-fields":
      return { id, position, type: step.type, data: step.data };
    case "tag":
      return { id, position, type: step.type, data: step.data };
    case "route":
      return { id, position, type: step.type, data: step.data };
    case "notify":
      return { id, position, type: step.type, data: step.data };
    case "resolve":
      return { id, position, type: step.type, data: step.data };
    case "csat-survey":
      return { id, position, type: step.type, data: step.data };
    default:
      return assertNever(step);
  }
}
