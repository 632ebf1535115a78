import "server-only";
import { z } from "zod";

/** A message as the customer's chat shows it: never an internal note. */
export interface TWidgetChatMessage {
  id: string;
  from: "customer" | "assistant" | "agent" | "notice";
  /** The agent's name for agent replies; null elsewhere. */
  name: string | null;
  body: string;
  at: string;
  /** The knowledge-base articles an AI reply was grounded in. */
  sources: Array<{ title: string }>;
  /** The flow's message telling the customer a person takes over. */
  handoff: boolean;
  /** The flow's satisfaction question: the chat answers it with its rating card. */
  survey: boolean;
}

export interface TStoredMessage {
  id: string;
  author: "customer" | "agent" | "ai" | "system";
  authorName: string | null;
  body: string;
  internal: boolean;
  aiMeta: unknown;
  createdAt: Date;
}

/** What the flow's effects said to the customer, by kind: how a handoff or survey message is told from others. */
export interface TFlowSaid {
  handoffs: ReadonlySet<string>;
  surveys: ReadonlySet<string>;
}

const ZCitationsSchema = z.object({ citations: z.array(z.object({ title: z.string() }).loose()).catch([]) }).loose();
const ZEscalatePayloadSchema = z.object({ customerMessage: z.string().nullish() }).loose();
const ZSurveyPayloadSchema = z.object({ body: z.string() }).loose();

/** Reads the flow's escalate and survey effects (their stored payloads) into the texts they sent. */
export function flowSaid(effects: ReadonlyArray<{ kind: string; payload: unknown }>): TFlowSaid {
  const handoffs = new Set<string>();
  const surveys = new Set<string>();
  for (const effect of effects) {
    if (effect.kind === "escalate") {
      const text = ZEscalatePayloadSchema.safeParse(effect.payload).data?.customerMessage;
      if (text) handoffs.add(text);
    } else if (effect.kind === "csat-survey") {
      const text = ZSurveyPayloadSchema.safeParse(effect.payload).data?.body;
      if (text) surveys.add(text);
    }
  }
  return { handoffs, surveys };
}

export function publicMessages(messages: readonly TStoredMessage[], said: TFlowSaid): TWidgetChatMessage[] {
  return messages.filter((m) => !m.internal).map((m) => publicMessage(m, said));
}

function publicMessage(m: TStoredMessage, said: TFlowSaid): TWidgetChatMessage {
  const base = { id: m.id, name: null, body: m.body, at: m.createdAt.toISOString(), sources: [], handoff: false, survey: false };
  switch (m.author) {
    case "customer":
      return { ...base, from: "customer" };
    case "agent":
      return { ...base, from: "agent", name: m.authorName?.trim() || null };
    case "ai":
      return { ...base, from: "assistant", sources: sourcesOf(m.aiMeta), handoff: said.handoffs.has(m.body) };
    case "system":
      return { ...base, from: "notice", survey: said.surveys.has(m.body) };
  }
}

/** Each cited article once, in the order cited. */
function sourcesOf(aiMeta: unknown): Array<{ title: string }> {
  const citations = ZCitationsSchema.safeParse(aiMeta ?? {}).data?.citations ?? [];
  const titles = [...new Set(citations.map((c) => c.title.trim()).filter((t) => t.length > 0))];
  return titles.map((title) => ({ title }));
}
