import "server-only";
import { TRPCError } from "@trpc/server";
import { z, ZodRealError } from "zod";
import { authedProcedure } from "@/server/api/trpc";
import { importZendeskJson } from "@/server/connectors/zendesk/import-zendesk-json";

export const ZZendeskTriggerImportInput = z.object({
  /** The pasted or uploaded text, parsed here so a JSON syntax error gets its own clear message. */
  json: z.string().min(1, "Paste a Zendesk trigger or automation"),
  /** Zendesk group id → queue name, for group_id conditions and actions. */
  groupNames: z.record(z.string(), z.string().min(1, "Name the queue")).optional(),
});

/** The import dialog gives a group its queue in its table. */
const TABLE_HINT = () => "choose its queue in the “Zendesk groups → queues” table, then convert again";

/**
 * Zendesk trigger / automation JSON → one flow per rule, with what could not be converted. Bad input
 * is a BAD_REQUEST whose `data.zodError` lists each failing path (e.g. "trigger.conditions.all.0.field"),
 * the same shape the input validation uses, so the import dialog shows both the same way.
 */
export const importZendeskTrigger = authedProcedure("flows.edit").input(ZZendeskTriggerImportInput).mutation(({ input }) => {
  const result = importZendeskJson(input.json, { groupNames: input.groupNames, groupHint: TABLE_HINT });
  if (!result.ok) {
    // ZodRealError (unlike `new ZodError`) is an Error, so tRPC keeps it as the cause and the error formatter lists its paths.
    const cause = new ZodRealError(result.issues.map((i) => ({ code: "custom" as const, path: i.path === "" ? [] : i.path.split("."), message: i.message, input: undefined })));
    throw new TRPCError({ code: "BAD_REQUEST", message: result.message, cause });
  }
  return { conversions: result.conversions };
});
