import queues from "../queues.json";
import { prng, subSeed, type Rand } from "./random";

/**
 * Per-category behaviour of the demo history: which queue handles it, how long it takes, how often it bounces
 * or escalates. Parameters start from the queue's baseline and get a per-category factor, so categories of one
 * queue differ too (the audit's per-category medians and p90s must have something to show).
 */
export interface CategoryProfile {
  category: string;
  queue: string;
  /** Median first response for email, in minutes (chat and phone answer much sooner). */
  firstResponseMin: number;
  /** Median time from creation to resolution, in hours. */
  resolutionHours: number;
  /** Median agent time on the ticket, in seconds. */
  handleSec: number;
  /** 0 (routine) .. 1 (hard): more reassignments, escalations, follow-ups, reopens and worse CSAT. */
  difficulty: number;
  /** Relative ticket volume. */
  popularity: number;
}

interface QueueBaseline {
  firstResponseMin: number;
  resolutionHours: number;
  handleSec: number;
  difficulty: number;
}

const BASELINES: Record<string, QueueBaseline> = {
  billing: { firstResponseMin: 150, resolutionHours: 18, handleSec: 420, difficulty: 0.35 },
  cards: { firstResponseMin: 120, resolutionHours: 14, handleSec: 300, difficulty: 0.2 },
  transfers: { firstResponseMin: 110, resolutionHours: 26, handleSec: 480, difficulty: 0.4 },
  "account-security": { firstResponseMin: 45, resolutionHours: 30, handleSec: 720, difficulty: 0.6 },
  disputes: { firstResponseMin: 200, resolutionHours: 72, handleSec: 900, difficulty: 0.75 },
  general: { firstResponseMin: 180, resolutionHours: 10, handleSec: 240, difficulty: 0.15 },
  escalations: { firstResponseMin: 60, resolutionHours: 48, handleSec: 1200, difficulty: 0.85 },
  technical: { firstResponseMin: 160, resolutionHours: 36, handleSec: 780, difficulty: 0.55 },
  enterprise: { firstResponseMin: 40, resolutionHours: 12, handleSec: 600, difficulty: 0.4 },
  orders: { firstResponseMin: 130, resolutionHours: 22, handleSec: 360, difficulty: 0.3 },
  credit: { firstResponseMin: 170, resolutionHours: 40, handleSec: 540, difficulty: 0.45 },
};

/** Categories that are harder than their queue: money lost, fraud, identity. */
const HARD = new Set([
  "compromised_card", "card_payment_not_recognised", "cash_withdrawal_not_recognised", "transfer_not_received_by_recipient",
  "unable_to_verify_identity", "report_fraud", "account_blocked", "complaint", "payment_issue", "wrong_amount_of_cash_received",
  "top_up_reverted", "card_swallowed", "lost_or_stolen_phone", "delete_account",
]);

const categoryQueue = new Map(queues.flatMap((q) => q.categories.map((c) => [c, q.name] as const)));

export const queueOfCategory = (category: string): string | undefined => categoryQueue.get(category);

export function categoryProfile(seed: number, category: string, popularity: number): CategoryProfile {
  const queue = queueOfCategory(category);
  if (!queue) throw new Error(`queues.json maps no queue to the category "${category}"`);
  const base = BASELINES[queue];
  if (!base) throw new Error(`The demo history has no baseline for the queue "${queue}"`);
  const rand = prng(subSeed(seed, `profile:${category}`));
  const factor = (lo: number, hi: number, r: Rand) => lo * Math.pow(hi / lo, r());
  const hard = HARD.has(category);
  return {
    category,
    queue,
    firstResponseMin: base.firstResponseMin * factor(0.5, 2, rand),
    resolutionHours: base.resolutionHours * factor(0.4, 2.5, rand) * (hard ? 1.8 : 1),
    handleSec: base.handleSec * factor(0.6, 1.8, rand) * (hard ? 1.5 : 1),
    difficulty: Math.min(1, base.difficulty * factor(0.7, 1.4, rand) + (hard ? 0.3 : 0)),
    popularity,
  };
}
