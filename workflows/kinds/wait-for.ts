import { z } from "zod";
import type { KindDef } from "./kind-def";
import { checkDuration, checkedMillis } from "./shared/duration-check";
import { formatDurationCached, readableDuration } from "./shared/duration-text";
import { duration, label } from "./shared/schema-parts";

/** Rests until the customer (or an agent) replies, or the timeout passes. */
export const ZWaitForDataSchema = z.object({ label, event: z.enum(["customer.replied", "agent.replied"]), timeout: duration });

const whoOf = (event: "customer.replied" | "agent.replied") => (event === "customer.replied" ? "the customer" : "an agent");

export const waitFor: KindDef<"wait-for"> = {
  title: "Wait for",
  schema: ZWaitForDataSchema,
  outputs: () => [
    { id: "replied", label: "replied", required: true },
    { id: "timeout", label: "timeout", required: true },
  ],
  check: (node, data) => checkDuration(node, "timeout", data.timeout),
  durationMs: (data) => checkedMillis(data.timeout),
  defaultLabel: (data) => `Wait for ${whoOf(data.event)} (up to ${readableDuration(data.timeout)})`,
  enter(node) {
    const ms = node.durationMs ?? 0;
    return { kind: "wait", until: node.config.event, durationMs: ms, decision: "waiting", reason: `Waiting up to ${formatDurationCached(ms)} for ${whoOf(node.config.event)} to reply` };
  },
  wake: (_node, _ctx, by) =>
    by === "event"
      ? { kind: "go", handle: "replied", decision: "replied", reason: "Reply arrived before the timeout" }
      : { kind: "go", handle: "timeout", decision: "timeout", reason: "No reply before the timeout" },
};
