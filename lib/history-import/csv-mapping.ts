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

/** The required fields as the mapping step names them, for the sentence that asks for a missing one. */
const REQUIRED_FIELD_WORDS: Partial<Record<TCsvTargetField, string>> = { externalId: "ticket id", body: "customer message", createdAt: "creation time (Created at)" };

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
      if (!m.columns[field]) ctx.addIssue({ code: "custom", path: ["columns", field], message: `Choose the column that holds the ${REQUIRED_FIELD_WORDS[field] ?? field}` });
    }
  });
export type TCsvMapping = z.infer<typeof ZCsvMappingSchema>;
