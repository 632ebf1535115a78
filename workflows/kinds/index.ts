import { aiReply, ZAiReplyDataSchema } from "./ai-reply";
import { classifyIntent, ZClassifyIntentDataSchema } from "./classify-intent";
import { condition, ZConditionDataSchema } from "./condition";
import { csatSurvey, ZCsatSurveyDataSchema } from "./csat-survey";
import { detectSentiment, ZDetectSentimentDataSchema } from "./detect-sentiment";
import { end, ZEndDataSchema } from "./end";
import { escalate, ZEscalateDataSchema } from "./escalate";
import type { KindDef } from "./kind-def";
import { lookup, ZLookupDataSchema } from "./lookup";
import { notify, ZNotifyDataSchema } from "./notify";
import { resolve, ZResolveDataSchema } from "./resolve";
import { route, ZRouteDataSchema } from "./route";
import { scorePriority, ZScorePriorityDataSchema } from "./score-priority";
import { setFields, ZSetFieldsDataSchema } from "./set-fields";
import { setTier, ZSetTierDataSchema } from "./set-tier";
import { slaTimer, ZSlaTimerDataSchema } from "./sla-timer";
import { switchKind, ZSwitchDataSchema } from "./switch";
import { tag, ZTagDataSchema } from "./tag";
import { trigger, ZTriggerDataSchema } from "./trigger";
import { waitFor, ZWaitForDataSchema } from "./wait-for";

/**
 * The node kinds of the flow language. Each lives in its own module, `kinds/<kind>.ts`; a new kind is
 * that module plus one line in each table below.
 *
 * First, the config schema of each kind. Its key order is the kinds' order everywhere (NODE_KINDS, the
 * editor's palette). The schemas are listed apart from the definitions because the kinds' types
 * (`TNodeKind`, `TNodeData`) come from the schemas, and the definitions are typed by those.
 */
export const NODE_DATA_SCHEMAS = {
  trigger: ZTriggerDataSchema,
  condition: ZConditionDataSchema,
  switch: ZSwitchDataSchema,
  "classify-intent": ZClassifyIntentDataSchema,
  "detect-sentiment": ZDetectSentimentDataSchema,
  "score-priority": ZScorePriorityDataSchema,
  "set-tier": ZSetTierDataSchema,
  route: ZRouteDataSchema,
  lookup: ZLookupDataSchema,
  "ai-reply": ZAiReplyDataSchema,
  "wait-for": ZWaitForDataSchema,
  "sla-timer": ZSlaTimerDataSchema,
  escalate: ZEscalateDataSchema,
  notify: ZNotifyDataSchema,
  "set-fields": ZSetFieldsDataSchema,
  tag: ZTagDataSchema,
  resolve: ZResolveDataSchema,
  "csat-survey": ZCsatSurveyDataSchema,
  end: ZEndDataSchema,
} as const;

export type TNodeKind = keyof typeof NODE_DATA_SCHEMAS;

/** Then the definition of every kind: a kind with a schema but no definition here is a compile error. */
export const KINDS = {
  trigger,
  condition,
  switch: switchKind,
  "classify-intent": classifyIntent,
  "detect-sentiment": detectSentiment,
  "score-priority": scorePriority,
  "set-tier": setTier,
  route,
  lookup,
  "ai-reply": aiReply,
  "wait-for": waitFor,
  "sla-timer": slaTimer,
  escalate,
  notify,
  "set-fields": setFields,
  tag,
  resolve,
  "csat-survey": csatSurvey,
  end,
} as const satisfies { readonly [K in TNodeKind]: KindDef<K> };

const REGISTRY: { readonly [K in TNodeKind]: KindDef<K> } = KINDS;

/** The definition of `kind`, typed by it, so callers can hand it that kind's config and plan node. */
export function kindDef<K extends TNodeKind>(kind: K): KindDef<K> {
  return REGISTRY[kind];
}

export type { KindDef } from "./kind-def";
