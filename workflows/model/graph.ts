import { z } from "zod";
import { graphBoundsProblems } from "./graph-bounds";
import { NODE_DATA_SCHEMAS, NODE_KINDS, type TNodeKind } from "./nodes";

/**
 * The saved flow: React-Flow-shaped JSON. Nodes are a discriminated union on `type`, each with the
 * config schema of its kind in `data`.
 */
const position = z.object({ x: z.number(), y: z.number() });

function nodeOf<K extends TNodeKind>(type: K) {
  return z.object({ id: z.string().min(1), type: z.literal(type), position, data: NODE_DATA_SCHEMAS[type] });
}

type NodeSchema = { [K in TNodeKind]: ReturnType<typeof nodeOf<K>> }[TNodeKind];

/** One member per kind, in the kinds' order. */
export const ZFlowNodeSchema = z.discriminatedUnion("type", NODE_KINDS.map(nodeOf) as [NodeSchema, ...NodeSchema[]]);
export type TFlowNode = z.infer<typeof ZFlowNodeSchema>;

export const ZFlowEdgeSchema = z.object({
  id: z.string().min(1),
  source: z.string().min(1),
  target: z.string().min(1),
  sourceHandle: z.string().nullish(),
  targetHandle: z.string().nullish(),
});
export type TFlowEdge = z.infer<typeof ZFlowEdgeSchema>;

export const ZBusinessHoursSchema = z.object({
  /** Minutes east of UTC; a fixed offset keeps the check pure and identical in live runs and backtests. */
  utcOffsetMinutes: z.number().int().min(-720).max(840).default(0),
  /** 0 = Sunday … 6 = Saturday. */
  days: z.array(z.number().int().min(0).max(6)).default([1, 2, 3, 4, 5]),
  start: z.string().regex(/^\d{2}:\d{2}$/, "Use HH:MM").default("09:00"),
  end: z.string().regex(/^\d{2}:\d{2}$/, "Use HH:MM").default("17:00"),
});
export type TBusinessHours = z.infer<typeof ZBusinessHoursSchema>;

export const ZFlowSettingsSchema = z.object({
  businessHours: ZBusinessHoursSchema.optional(),
});

export const ZFlowGraphSchema = z.object({
  nodes: z.array(ZFlowNodeSchema),
  edges: z.array(ZFlowEdgeSchema),
  settings: ZFlowSettingsSchema.optional(),
});
export type TFlowGraph = z.infer<typeof ZFlowGraphSchema>;

/**
 * The loose shape the compiler starts from: node configs are not parsed yet, so one bad node does
 * not hide the errors of the others.
 */
export const ZLooseFlowGraphSchema = z.object({
  nodes: z.array(
    z.object({ id: z.string().min(1), type: z.string().min(1), position: position.optional(), data: z.unknown().optional() }),
  ),
  edges: z.array(ZFlowEdgeSchema),
  settings: z.unknown().optional(),
});
export type TLooseFlowGraph = z.infer<typeof ZLooseFlowGraphSchema>;

/**
 * A draft as the studio saves it: the loose shape, within the size limits (`limits.ts`). The limits are
 * checked on the raw value first, so an oversized draft is refused before any per-step parsing or compiling.
 */
export const ZDraftFlowGraphSchema = z
  .unknown()
  .superRefine((value, ctx) => {
    for (const problem of graphBoundsProblems(value, { nodeData: true })) {
      const path = problem.path === "" ? [] : problem.path.split(".").map((key) => (/^\d+$/.test(key) ? Number(key) : key));
      ctx.addIssue({ code: "custom", message: problem.message, path });
    }
  })
  .pipe(ZLooseFlowGraphSchema);
