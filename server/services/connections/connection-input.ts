import "server-only";
import { z } from "zod";
import { CONNECTION_KINDS } from "../../helpdesk/contract";

/**
 * What the connection form sends: settings and secrets as the text the admin typed, keyed by the connector's field
 * keys. A secret left empty on an update keeps the saved one, so the form never needs to hold it.
 */
export const ZConnectionFormSchema = z.object({
  name: z.string().trim().min(1, "Give the connection a name").max(80),
  enabled: z.boolean(),
  settings: z.record(z.string(), z.string().max(2000)),
  secrets: z.record(z.string(), z.string().max(4000)),
});
export type TConnectionForm = z.infer<typeof ZConnectionFormSchema>;

export const ZCreateConnectionSchema = ZConnectionFormSchema.extend({ kind: z.enum(CONNECTION_KINDS) });
export type TCreateConnection = z.infer<typeof ZCreateConnectionSchema>;

export const ZUpdateConnectionSchema = ZConnectionFormSchema.extend({ id: z.string().min(1) });
export type TUpdateConnection = z.infer<typeof ZUpdateConnectionSchema>;

export const MAPPING_KINDS = ["queue", "agent"] as const;
export type TMappingKind = (typeof MAPPING_KINDS)[number];

/** One row of the mapping editor: a studio queue name or agent email and the helpdesk group or user it stands for. */
const ZMappingRowSchema = z.object({
  local: z.string().trim().min(1).max(200),
  /** Empty: not mapped. */
  remoteId: z.string().trim().max(200).nullable(),
  remoteName: z.string().max(300).nullish(),
});

export const ZSaveMappingsSchema = z.object({
  connectionId: z.string().min(1),
  queues: z.array(ZMappingRowSchema).max(1000),
  agents: z.array(ZMappingRowSchema).max(5000),
});
export type TSaveMappings = z.infer<typeof ZSaveMappingsSchema>;
