import { z } from "zod";

/**
 * The workspace's tier map: which tier each category belongs to (1 automate, 2 AI-assisted, 3 human) and the
 * escalation criteria that send any ticket to a human whatever its category. Ops confirm it on the tier-map
 * page; every save is a new version. A run receives the current map in its ticket snapshot when it starts, so
 * a set-tier node that uses the map is deterministic and a backtest names the version it used.
 */
export const ZTierSchema = z.union([z.literal(1), z.literal(2), z.literal(3)], { error: "Tier must be 1, 2 or 3" });
export type TTier = z.infer<typeof ZTierSchema>;

/** The "escalate at" counts the criteria accept: 1 would escalate every ticket, since each is at least one contact. */
export const REPEAT_CONTACTS_RANGE = { min: 2, max: 20 } as const;

/** "More than N customer turns with the AI": 1 escalates at the customer's first reply. */
export const CUSTOMER_TURNS_RANGE = { min: 1, max: 20 } as const;

export const ZEscalationCriteriaSchema = z.object({
  /** The customer asks for a person. */
  humanRequest: z.boolean().default(true),
  negativeSentiment: z.boolean().default(true),
  /** Words or phrases in the ticket's text (case-insensitive), e.g. cancel, legal, lawyer. */
  keywords: z.array(z.string().trim().min(1)).default(["cancel", "legal", "lawyer", "complaint"]),
  /** This many contacts or more from the same customer within 24 hours (this ticket included); null turns it off. */
  repeatContacts24h: z.number().int().min(REPEAT_CONTACTS_RANGE.min).max(REPEAT_CONTACTS_RANGE.max).nullable().default(3),
  enterprise: z.boolean().default(true),
  /**
   * More than this many customer messages before a person replied (the "conversation.customerTurns" field);
   * null turns it off. Off, like the repeated question, in maps saved before these criteria existed, so
   * their tiers and backtests stay as they were until ops switch them on.
   */
  customerTurns: z.number().int().min(CUSTOMER_TURNS_RANGE.min).max(CUSTOMER_TURNS_RANGE.max).nullable().default(null),
  /** The customer's latest reply repeats an earlier message (the "conversation.repeatedQuestion" field). */
  repeatedQuestion: z.boolean().default(false),
});
export type TEscalationCriteria = z.infer<typeof ZEscalationCriteriaSchema>;

export const ZTierMapSchema = z.object({
  /** Category (the intent label) -> tier. */
  tiers: z.record(z.string().min(1), ZTierSchema).default({}),
  /** Tier for categories the map does not list. */
  defaultTier: ZTierSchema.default(2),
  escalation: ZEscalationCriteriaSchema.default(ZEscalationCriteriaSchema.parse({})),
});
export type TTierMap = z.infer<typeof ZTierMapSchema>;

/** The map as a run sees it: with its version number, so traces and backtests can name it. */
export const ZTierMapSnapshotSchema = ZTierMapSchema.extend({ version: z.number().int().min(1) });
export type TTierMapSnapshot = z.infer<typeof ZTierMapSnapshotSchema>;
