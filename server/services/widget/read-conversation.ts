import "server-only";
import type { PrismaClient } from "@prisma/client";
import { flowSaid, publicMessages, type TWidgetChatMessage } from "./public-messages";
import { CONVERSATION_GONE, WidgetError } from "./widget-error";
import { WIDGET_SOURCE } from "./widget-schemas";

/** The chat shows the latest messages of a long conversation; older ones stay in the studio's inbox. */
const SHOWN_MESSAGES = 200;

export interface TWidgetConversation {
  id: string;
  messages: TWidgetChatMessage[];
  /** Solved or closed: the chat offers a rating and a new conversation instead of the message box. */
  ended: boolean;
  /** A person has taken over (the flow escalated). */
  withPerson: boolean;
  /** The customer's rating, once given. */
  rating: number | null;
}

/** A widget conversation as its customer sees it. */
export async function readConversation(prisma: PrismaClient, ticketId: string): Promise<TWidgetConversation> {
  const ticket = await prisma.ticket.findUnique({
    where: { id: ticketId },
    select: {
      id: true,
      source: true,
      status: true,
      csat: true,
      messages: {
        where: { internal: false },
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        take: SHOWN_MESSAGES,
        select: { id: true, author: true, authorName: true, body: true, internal: true, aiMeta: true, createdAt: true },
      },
      effects: { where: { kind: { in: ["escalate", "csat-survey"] } }, select: { kind: true, payload: true } },
    },
  });
  if (ticket === null || ticket.source !== WIDGET_SOURCE) throw new WidgetError(404, CONVERSATION_GONE);
  return {
    id: ticket.id,
    messages: publicMessages(ticket.messages.reverse(), flowSaid(ticket.effects)),
    ended: ticket.status === "solved" || ticket.status === "closed",
    withPerson: ticket.effects.some((e) => e.kind === "escalate"),
    rating: ticket.csat,
  };
}
