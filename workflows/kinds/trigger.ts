import { z } from "zod";
import type { KindDef } from "./kind-def";
import { label } from "./shared/schema-parts";

/** Starts a run when a ticket event arrives; each event starts a flow at one trigger at most. */
export const TRIGGER_EVENTS = ["ticket.created", "ticket.updated", "customer.replied"] as const;
export type TTriggerEvent = (typeof TRIGGER_EVENTS)[number];

export const ZTriggerDataSchema = z.object({ label, on: z.enum(TRIGGER_EVENTS) });

const DEFAULT_LABELS: Record<TTriggerEvent, string> = {
  "ticket.created": "When a ticket is created",
  "ticket.updated": "When a ticket is updated",
  "customer.replied": "When the customer replies",
};

export const trigger: KindDef<"trigger"> = {
  title: "Trigger",
  schema: ZTriggerDataSchema,
  outputs: () => [{ id: "next", label: "start", required: true }],
  defaultLabel: (data) => DEFAULT_LABELS[data.on],
  // The page the customer wrote from goes into the first trace line, so a run shows the context rules could read.
  enter: (node, ctx) => {
    const pageUrl = ctx.state.ticket?.pageUrl;
    const reason = `Started by ${node.config.on}`;
    return pageUrl ? { kind: "go", handle: "next", decision: "start", reason, details: { pageUrl } } : { kind: "go", handle: "next", decision: "start", reason };
  },
};
