import { z } from "zod";

/**
 * A generic CSV's column mapping: which column holds each ticket field. Saved by name (CsvMapping) and offered
 * again for the next file. One schema for the upload page, the tRPC procedures, the CLI and the parser.
 */
export const CSV_TARGET_FIELDS = [
  "externalId",
  "subject",
  "body",
  "createdAt",
  "customerId",
  "customerEmail",
  "customerName",
  "customerPlan",
  "enterprise",
  "channel",
  "status",
  "priority",
  "category",
  "queue",
  "assignee",
  "tags",
  "csat",
  "firstResponseAt",
  "resolvedAt",
  "handleTimeSec",
  "agentReply",
  "reopens",
  "agentChanges",
  "queueChanges",
  "pageUrl",
  "language",
] as const;
export type TCsvTargetField = (typeof CSV_TARGET_FIELDS)[number];

/** The fields a CSV must map; without them a row cannot become a ticket. */
export const REQUIRED_CSV_FIELDS: readonly TCsvTargetField[] = ["externalId", "body", "createdAt"];

export const ZCsvMappingSchema = z
  .object({
    /** Target field -> CSV column header. Unmapped fields are left empty. */
    columns: z.partialRecord(z.enum(CSV_TARGET_FIELDS), z.string().min(1)),
    delimiter: z.string().length(1).default(","),
    /** How tags are separated inside their cell. */
    tagSeparator: z.string().min(1).default(","),
  })
  .superRefine((m, ctx) => {
    for (const field of REQUIRED_CSV_FIELDS) {
      if (!m.columns[field]) ctx.addIssue({ code: "custom", path: ["columns", field], message: `Map a column to ${field}` });
    }
  });
export type TCsvMapping = z.infer<typeof ZCsvMappingSchema>;
