import { z } from "zod";
import type { KindDef } from "./kind-def";
import { label } from "./shared/schema-parts";

/** Ends the run, optionally naming its outcome. */
export const ZEndDataSchema = z.object({ label, outcome: z.string().optional() });

export const end: KindDef<"end"> = {
  title: "End",
  schema: ZEndDataSchema,
  outputs: () => [],
  enter: (node) => ({ kind: "end", decision: "end", reason: node.config.outcome ? `Ended: ${node.config.outcome}` : "Flow ended" }),
};
