import "server-only";
import { z } from "zod";
import { ZTierSchema } from "../../../workflows/model/tier-map";

/**
 * The history audit as one JSON document: what the audit page, `studio audit --json|--markdown` and the tier
 * map read. Computed by `computeAudit` and cached in AuditReport so the page opens at once.
 */
const ZStatSchema = z.object({ median: z.number().nullable(), p90: z.number().nullable() });

/** A ticket named in a list: enough to open it (/inbox/<id>) and recognise it. */
export const ZTicketRefSchema = z.object({
  id: z.string(),
  externalId: z.string(),
  subject: z.string(),
  category: z.string().nullable(),
  detail: z.string(),
});

export const ZSuggestedTierSchema = z.object({ tier: ZTierSchema, reasons: z.array(z.string()) });
export type TSuggestedTier = z.infer<typeof ZSuggestedTierSchema>;

export const ZCategoryAuditSchema = z.object({
  category: z.string(),
  tickets: z.number().int(),
  /** Of all tickets in the period, 0..1. */
  share: z.number(),
  agentHours: z.number(),
  agentTimeShare: z.number(),
  /** Tickets per week, oldest first, and the change of the last 30 days against the 30 before (null if no base). */
  trend: z.object({ weekly: z.array(z.number().int()), changePct: z.number().nullable() }),
  baseline: z.object({
    firstResponseMinutes: ZStatSchema,
    resolutionHours: ZStatSchema,
    handleMinutes: ZStatSchema,
    /** Mean CSAT (1–5) and how many ratings it rests on. */
    csat: z.number().nullable(),
    csatResponses: z.number().int(),
    reopenRate: z.number(),
  }),
  /** Share of the category's tickets whose agent reply belongs to a templated-reply cluster. */
  templateShare: z.number(),
  negativeShare: z.number(),
  enterpriseShare: z.number(),
  suggestedTier: ZSuggestedTierSchema,
});
export type TCategoryAudit = z.infer<typeof ZCategoryAuditSchema>;

export const ZTemplateClusterSchema = z.object({
  id: z.string(),
  /** Agent replies in the cluster. */
  count: z.number().int(),
  categories: z.array(z.object({ category: z.string(), count: z.number().int() })),
  example: z.string(),
  exampleTicketId: z.string(),
});
export type TTemplateCluster = z.infer<typeof ZTemplateClusterSchema>;

const ZFrictionSchema = z.object({ count: z.number().int(), share: z.number(), examples: z.array(ZTicketRefSchema) });

export const ZAuditReportSchema = z.object({
  generatedAt: z.string(),
  period: z.object({ from: z.string().nullable(), to: z.string().nullable() }),
  totals: z.object({
    tickets: z.number().int(),
    /** Tickets whose category came from the import, and those the audit categorised (classifier or clustering). */
    labelled: z.number().int(),
    categorisedByAudit: z.number().int(),
    agentHours: z.number(),
    agentReplies: z.number().int(),
  }),
  categories: z.array(ZCategoryAuditSchema),
  templates: z.array(ZTemplateClusterSchema),
  friction: z.object({
    bounced: ZFrictionSchema,
    stalled: ZFrictionSchema.extend({ thresholdHours: z.number() }),
    escalatedThenTemplated: ZFrictionSchema,
  }),
  candidates: z.array(
    z.object({
      rank: z.number().int(),
      category: z.string(),
      score: z.number(),
      tickets: z.number().int(),
      agentHours: z.number(),
      templateShare: z.number(),
      suggestedTier: ZTierSchema,
      reasons: z.array(z.string()),
    }),
  ),
});
export type TAuditReport = z.infer<typeof ZAuditReportSchema>;
