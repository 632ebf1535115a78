import type { CompileError } from "../../model/plan";
import badRegex from "./bad-regex.json";
import badThreshold from "./bad-threshold.json";
import cycleWithoutWait from "./cycle-without-wait.json";
import duplicateTrigger from "./duplicate-trigger.json";
import emptyRuleGroup from "./empty-rule-group.json";
import negativeDuration from "./negative-duration.json";
import noTrigger from "./no-trigger.json";
import notAGraph from "./not-a-graph.json";
import severalErrors from "./several-errors.json";
import unconnectedOutput from "./unconnected-output.json";
import unknownEdgeTarget from "./unknown-edge-target.json";
import unknownQueue from "./unknown-queue.json";
import unreachableNode from "./unreachable-node.json";

/**
 * Graphs that must not compile, one per error class, with the errors each must produce (compiled with
 * the demo workspace queues). The compiler's unit tests and the CLI test both run them.
 */
export interface BrokenExample {
  file: string;
  graph: unknown;
  expected: Array<Pick<CompileError, "code" | "nodeId" | "edgeId">>;
}

export const BROKEN_EXAMPLES: readonly BrokenExample[] = [
  { file: "no-trigger.json", graph: noTrigger, expected: [{ code: "no-trigger" }] },
  { file: "duplicate-trigger.json", graph: duplicateTrigger, expected: [{ code: "duplicate-trigger", nodeId: "trigger-again" }] },
  {
    file: "unknown-edge-target.json",
    graph: unknownEdgeTarget,
    expected: [{ code: "edge-unknown-target", nodeId: "classify", edgeId: "classify->route-billing" }],
  },
  { file: "unconnected-output.json", graph: unconnectedOutput, expected: [{ code: "unconnected-output", nodeId: "is-enterprise" }] },
  { file: "unreachable-node.json", graph: unreachableNode, expected: [{ code: "unreachable-node", nodeId: "notify-team" }] },
  {
    file: "cycle-without-wait.json",
    graph: cycleWithoutWait,
    expected: [{ code: "cycle-without-wait", nodeId: "tag-follow-up", edgeId: "is-solved:false->tag-follow-up" }],
  },
  { file: "bad-threshold.json", graph: badThreshold, expected: [{ code: "invalid-config", nodeId: "ai-reply" }] },
  { file: "unknown-queue.json", graph: unknownQueue, expected: [{ code: "unknown-queue", nodeId: "route-vip" }] },
  { file: "empty-rule-group.json", graph: emptyRuleGroup, expected: [{ code: "empty-rule-group", nodeId: "is-enterprise" }] },
  { file: "bad-regex.json", graph: badRegex, expected: [{ code: "bad-regex", nodeId: "mentions-money" }] },
  { file: "negative-duration.json", graph: negativeDuration, expected: [{ code: "negative-duration", nodeId: "wait-reply" }] },
  { file: "not-a-graph.json", graph: notAGraph, expected: [{ code: "invalid-graph" }, { code: "invalid-graph" }] },
  {
    file: "several-errors.json",
    graph: severalErrors,
    expected: [
      { code: "invalid-config", nodeId: "ai-reply" },
      { code: "edge-unknown-target", nodeId: "ai-reply", edgeId: "ai-reply:sent->route-gone" },
      { code: "unconnected-output", nodeId: "ai-reply" },
      { code: "unreachable-node", nodeId: "forgotten" },
      { code: "invalid-value", nodeId: "is-angry" },
      { code: "bad-regex", nodeId: "is-angry" },
      { code: "unknown-queue", nodeId: "route-vip" },
    ],
  },
];
