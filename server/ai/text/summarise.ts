import "server-only";
import type { ConversationMessage } from "../provider";
import { asksForHuman } from "./human-request";
import { frustrationCues } from "./frustration";
import { splitSentences } from "./sentences";
import { terms } from "./tokens";

/**
 * An extractive handoff summary in at most four sentences, so the agent who takes over reads what matters
 * without scrolling: the customer's problem (the key sentence of their first message), what they added
 * later (sentences with words not said before), what the AI or agents already tried (their latest reply's
 * key sentence), and the customer's state (contacts, frustration, asked for a human). Deterministic: the
 * same conversation always gives the same summary.
 */
const MAX_SENTENCE_CHARS = 220;
const PROBLEM_CUES = /\b(?:not|no|never|cant|cannot|can't|won't|wont|didn't|didnt|doesn't|doesnt|error|fail|failed|declined|missing|wrong|charged|twice|stolen|lost|locked|blocked|broken|still|why|how|when|where|what|help)\b/i;
const FILLER = /^(?:hi|hello|hey|dear|thanks|thank you|regards|cheers|best|kind regards)\b[\s\w,!.]{0,30}$/i;

export function summariseConversation(messages: readonly ConversationMessage[]): string {
  const customer = messages.filter((m) => m.author === "customer" && m.body.trim() !== "");
  const helpers = messages.filter((m) => (m.author === "agent" || m.author === "ai") && m.body.trim() !== "");
  const out: string[] = [];
  const first = customer[0];
  if (first !== undefined) {
    const key = keySentence(first.body, new Set());
    if (key) out.push(`Customer: ${key}`);
  }
  const said = new Set(first ? terms(first.body) : []);
  const added = customer.slice(1).flatMap((m) => {
    const s = keySentence(m.body, said);
    for (const t of terms(m.body)) said.add(t);
    return s ? [s] : [];
  });
  if (added.length > 0) out.push(`Later added: ${added.slice(-2).join(" ")}`);
  const lastHelp = helpers[helpers.length - 1];
  if (lastHelp !== undefined) {
    const key = keySentence(lastHelp.body, new Set());
    if (key) out.push(`Already tried (${lastHelp.author === "ai" ? "AI reply" : "agent"}${helpers.length > 1 ? `, ${helpers.length} replies so far` : ""}): ${key}`);
  }
  const state = customerState(customer);
  if (state) out.push(state);
  return out.slice(0, 4).join(" ");
}

/**
 * The sentence that says the most: content words not in `known`, plus a bonus for problem and question
 * words; greetings and sign-offs never win. Ties go to the earlier sentence.
 */
function keySentence(body: string, known: ReadonlySet<string>): string | null {
  let best: { text: string; score: number } | null = null;
  for (const { text } of splitSentences(body)) {
    if (FILLER.test(text)) continue;
    const fresh = new Set(terms(text).filter((t) => !known.has(t))).size;
    if (fresh === 0) continue;
    const score = fresh + (PROBLEM_CUES.test(text) ? 2 : 0) + (text.includes("?") ? 1 : 0);
    if (best === null || score > best.score) best = { text, score };
  }
  return best === null ? null : clip(best.text);
}

function customerState(customer: readonly ConversationMessage[]): string | null {
  if (customer.length === 0) return null;
  const all = customer.map((m) => m.body).join("\n");
  const notes = [
    customer.length > 1 ? `wrote ${customer.length} times` : null,
    frustrationCues(all).strong.length > 0 ? "is frustrated" : null,
    customer.some((m) => asksForHuman(m.body)) ? "asked for a human" : null,
  ].filter((n): n is string => n !== null);
  if (notes.length === 0) return null;
  const last = notes.pop()!;
  return `The customer ${notes.length > 0 ? `${notes.join(", ")} and ${last}` : last}.`;
}

function clip(sentence: string): string {
  const s = sentence.trim();
  const clipped = s.length <= MAX_SENTENCE_CHARS ? s : `${s.slice(0, MAX_SENTENCE_CHARS - 1).replace(/\s+\S*$/, "")}…`;
  return /[.!?…]$/.test(clipped) ? clipped : `${clipped}.`;
}
