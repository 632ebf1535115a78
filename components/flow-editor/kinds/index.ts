import type { ComponentType } from "react";
import type { NodeProps } from "@xyflow/react";
import type { TNodeKind } from "@/workflows/model";
import type { EditorNode, EditorNodeData } from "../lib/types";
import type { EditorKindDef } from "./kind-def";
import { aiReplyKind } from "./AiReply";
import { classifyIntentKind } from "./ClassifyIntent";
import { conditionKind } from "./Condition";
import { csatSurveyKind } from "./CsatSurvey";
import { detectSentimentKind } from "./DetectSentiment";
import { endKind } from "./End";
import { escalateKind } from "./Escalate";
import { lookupKind } from "./Lookup";
import { notifyKind } from "./Notify";
import { resolveKind } from "./Resolve";
import { routeKind } from "./Route";
import { scorePriorityKind } from "./ScorePriority";
import { setFieldsKind } from "./SetFields";
import { setTierKind } from "./SetTier";
import { slaTimerKind } from "./SlaTimer";
import { switchKind } from "./Switch";
import { tagKind } from "./Tag";
import { triggerKind } from "./Trigger";
import { waitForKind } from "./WaitFor";

/**
 * Every node kind's editor module: canvas node, icon, palette place, summary, defaults and panel hints.
 * `satisfies` makes a kind of the flow model without a module here, or a module filed under the wrong
 * kind, a compile error.
 */
export const EDITOR_KINDS = {
  "trigger": triggerKind,
  "condition": conditionKind,
  "switch": switchKind,
  "classify-intent": classifyIntentKind,
  "detect-sentiment": detectSentimentKind,
  "score-priority": scorePriorityKind,
  "set-tier": setTierKind,
  "route": routeKind,
  "lookup": lookupKind,
  "ai-reply": aiReplyKind,
  "wait-for": waitForKind,
  "sla-timer": slaTimerKind,
  "escalate": escalateKind,
  "notify": notifyKind,
  "set-fields": setFieldsKind,
  "tag": tagKind,
  "resolve": resolveKind,
  "csat-survey": csatSurveyKind,
  "end": endKind,
} satisfies { [K in TNodeKind]: EditorKindDef<K> };

/** Module scope, so React Flow never sees a new object and remounts every node. */
export const nodeTypes = Object.fromEntries(Object.entries(EDITOR_KINDS).map(([kind, def]) => [kind, def.Node])) as {
  [K in TNodeKind]: ComponentType<NodeProps<EditorNode>>;
};

/** A fresh copy of the config a new node of this kind starts with. */
export function defaultData(kind: TNodeKind): EditorNodeData {
  return EDITOR_KINDS[kind].defaults();
}
