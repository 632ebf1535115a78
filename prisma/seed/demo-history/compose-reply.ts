import { ACTIONS, CLOSINGS, EMPATHY, NEXT_STEPS, OPENINGS, SECOND_OPENINGS, SECOND_WRAPS } from "./reply-pools";
import { pick, type Rand } from "./random";

/** The ticket details a composed reply mentions, so that no two replies read alike. */
export interface ReplyContext {
  first: string;
  topic: string;
  quote: string;
  day: string;
  agent: string;
  team: string;
  queue: string;
}

/** A first agent reply built from the sentence pools: greeting, context, two actions, next step, sign-off. */
export function composeFirstReply(rand: Rand, ctx: ReplyContext): string {
  const [a1, a2] = twoActions(rand, ctx.queue);
  const middle = [pick(rand, EMPATHY), a1, a2].filter(Boolean).join(" ");
  return paragraphs(rand, [pick(rand, OPENINGS), middle, pick(rand, NEXT_STEPS), pick(rand, CLOSINGS)], ctx);
}

/** The reply to a customer's follow-up, shorter but built the same way. */
export function composeSecondReply(rand: Rand, ctx: ReplyContext): string {
  const [a1, a2] = twoActions(rand, ctx.queue);
  const middle = [a1, rand() < 0.5 ? a2 : pick(rand, EMPATHY)].filter(Boolean).join(" ");
  return paragraphs(rand, [pick(rand, SECOND_OPENINGS), middle, pick(rand, SECOND_WRAPS), pick(rand, CLOSINGS)], ctx);
}

function twoActions(rand: Rand, queue: string): [string, string] {
  const pool = ACTIONS[queue] ?? ACTIONS.general!;
  const i = Math.floor(rand() * pool.length);
  const j = (i + 1 + Math.floor(rand() * (pool.length - 1))) % pool.length;
  return [pool[i]!, pool[j]!];
}

function paragraphs(rand: Rand, parts: string[], ctx: ReplyContext): string {
  return parts
    .filter(Boolean)
    .map((p) => fill(expand(rand, p), ctx))
    .join("\n\n");
}

/** Picks one of each "[a|b|c]" alternative. */
export const expand = (rand: Rand, text: string): string =>
  text.replace(/\[([^\[\]]*)\]/g, (_, options: string) => pick(rand, options.split("|")));

export function fill(text: string, ctx: Omit<ReplyContext, "queue">): string {
  return text.replace(/\{(first|topic|quote|day|agent|team)\}/g, (_, key: keyof Omit<ReplyContext, "queue">) => ctx[key]);
}

/** "card_arrival" -> "card arrival"; "reverted_card_payment?" -> "reverted card payment". */
export const topicOf = (category: string): string =>
  category.replace(/^[a-z0-9]+:/, "").replace(/[_?]+/g, " ").trim().toLowerCase();

/** The start of the customer's own message, as an agent quotes it back. */
export function quoteOf(text: string, words = 8): string {
  const all = text.replace(/\s+/g, " ").trim().split(" ");
  const head = all.slice(0, words).join(" ").replace(/[.,;:!?"]+$/, "").replace(/"/g, "'");
  return all.length > words ? `${head}...` : head;
}
