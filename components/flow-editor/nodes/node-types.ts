import type { ComponentType } from "react";
import type { NodeProps } from "@xyflow/react";
import type { TNodeKind } from "@/workflows/model";
import type { EditorNode } from "../lib/types";
import { TriggerNode } from "./TriggerNode";
import { ConditionNode } from "./ConditionNode";
import { SwitchNode } from "./SwitchNode";
import { ClassifyIntentNode } from "./ClassifyIntentNode";
import { DetectSentimentNode } from "./DetectSentimentNode";
import { ScorePriorityNode } from "./ScorePriorityNode";
import { SetTierNode } from "./SetTierNode";
import { RouteNode } from "./RouteNode";
import { AiReplyNode } from "./AiReplyNode";
import { WaitForNode } from "./WaitForNode";
import { SlaTimerNode } from "./SlaTimerNode";
import { EscalateNode } from "./EscalateNode";
import { NotifyNode } from "./NotifyNode";
import { SetFieldsNode } from "./SetFieldsNode";
import { TagNode } from "./TagNode";
import { ResolveNode } from "./ResolveNode";
import { CsatSurveyNode } from "./CsatSurveyNode";
import { EndNode } from "./EndNode";

/** Module scope, so React Flow never sees a new object and remounts every node. `satisfies` makes it exhaustive. */
export const nodeTypes = {
  "trigger": TriggerNode,
  "condition": ConditionNode,
  "switch": SwitchNode,
  "classify-intent": ClassifyIntentNode,
  "detect-sentiment": DetectSentimentNode,
  "score-priority": ScorePriorityNode,
  "set-tier": SetTierNode,
  "route": RouteNode,
  "ai-reply": AiReplyNode,
  "wait-for": WaitForNode,
  "sla-timer": SlaTimerNode,
  "escalate": EscalateNode,
  "notify": NotifyNode,
  "set-fields": SetFieldsNode,
  "tag": TagNode,
  "resolve": ResolveNode,
  "csat-survey": CsatSurveyNode,
  "end": EndNode,
} satisfies Record<TNodeKind, ComponentType<NodeProps<EditorNode>>>;
