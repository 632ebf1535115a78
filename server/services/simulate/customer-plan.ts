import "server-only";
import { seededRandom } from "../../lib/seeded-random";
import type { CHANNELS as ALL_CHANNELS } from "../../../workflows/model/fields";

type TChannel = (typeof ALL_CHANNELS)[number];

/** A real customer text, with its dataset's label and, where the dataset has one, an agent's answer to it. */
export interface SimText {
  category: string;
  text: string;
  response?: string;
}

export type TFollowUp = "thanks" | "wants-human" | "none";

/** What one simulated customer will do, decided up front from the seed so a run can be repeated. */
export interface CustomerPlan {
  n: number;
  customerId: string;
  subject: string;
  body: string;
  category: string;
  channel: TChannel;
  pageUrl: string | null;
  /** What they say after the flow's first answer, when they got one. */
  followUp: TFollowUp;
  /** Whether they answer the satisfaction survey once the ticket is resolved. */
  rates: boolean;
  /** 0..1: how the rating leans, beside how the ticket went. */
  mood: number;
}

export type Rand = () => number;

/** The seeded generator the demo history uses: the same seed plays the same customers on every machine. */
export const seededRand = (seed: number): Rand => seededRandom(seed);

const CHANNELS: Array<[TChannel, number]> = [["email", 0.5], ["chat", 0.3], ["web", 0.2]];
/** Of customers who come back, the share writing about the same thing again: repeat contacts for the metrics. */
const RETURNING_SHARE = 0.08;

function pick<T>(rand: Rand, weighted: Array<[T, number]>): T {
  let r = rand();
  for (const [value, weight] of weighted) {
    if ((r -= weight) < 0) return value;
  }
  return weighted[weighted.length - 1]![0];
}

function subjectOf(text: string): string {
  const words = text.replace(/\s+/g, " ").trim().split(" ");
  return words.length <= 7 ? words.join(" ") : `${words.slice(0, 7).join(" ")}…`;
}

/**
 * The n-th customer of a run. Some come back about an earlier customer's topic as that customer (a repeat contact);
 * the rest are new, with a text drawn from the real ones.
 */
export function planCustomer(rand: Rand, n: number, run: string, texts: readonly SimText[], earlier: readonly CustomerPlan[]): CustomerPlan {
  const returning = earlier.length > 0 && rand() < RETURNING_SHARE ? earlier[Math.floor(rand() * earlier.length)]! : null;
  const sameTopic = returning ? texts.filter((t) => t.category === returning.category) : [];
  const text = sameTopic.length > 0 ? sameTopic[Math.floor(rand() * sameTopic.length)]! : texts[Math.floor(rand() * texts.length)]!;
  const channel = pick(rand, CHANNELS);
  const slug = text.category.replace(/[^a-zA-Z0-9]+/g, "-").toLowerCase();
  return {
    n,
    customerId: returning?.customerId ?? `sim-${run}-c${n}`,
    subject: subjectOf(text.text),
    body: text.text,
    category: text.category,
    channel,
    pageUrl: channel === "email" ? null : `https://help.larkspur.example/hc/en/${slug}`,
    followUp: pick<TFollowUp>(rand, [["thanks", 0.45], ["wants-human", 0.15], ["none", 0.4]]),
    rates: rand() < 0.45,
    mood: rand(),
  };
}

/**
 * The rating a customer gives: most who were helped are satisfied, fewer when they had to ask for a person or
 * wait for one; the mood spreads it. Never a constant, so the dashboards' intervals have something to show.
 */
export function ratingOf(plan: CustomerPlan, handedToPerson: boolean): number {
  const base = plan.followUp === "wants-human" ? 2.4 : handedToPerson ? 3.8 : 4.3;
  return Math.max(1, Math.min(5, Math.round(base + (plan.mood - 0.5) * 2.2)));
}
