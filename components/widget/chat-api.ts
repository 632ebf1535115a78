import type { TWidgetConversation } from "@/server/services/widget/read-conversation";

export type TChatConversation = TWidgetConversation;
export type TChatPage = { url: string; title: string };

export class ChatRequestError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

const OFFLINE = "We could not reach our servers. Check your connection and try again.";
const FAILED = "Something went wrong on our side. Please try again in a moment.";

async function call<T>(path: string, init: { method: "GET" | "POST"; token?: string; body?: unknown }): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, {
      method: init.method,
      headers: { ...(init.body !== undefined ? { "content-type": "application/json" } : {}), ...(init.token ? { authorization: `Bearer ${init.token}` } : {}) },
      body: init.body !== undefined ? JSON.stringify(init.body) : undefined,
      cache: "no-store",
    });
  } catch {
    throw new ChatRequestError(0, OFFLINE);
  }
  const body = (await response.json().catch(() => null)) as (T & { error?: string }) | null;
  if (!response.ok || body === null) throw new ChatRequestError(response.status, body?.error ?? FAILED);
  return body;
}

/** The widget's public API: the conversation's token authorises everything after the start. */
export const chatApi = {
  start: (input: { visitorId: string; clientMessageId: string; message: string; name?: string; email?: string; page: TChatPage }) =>
    call<{ token: string; conversation: TChatConversation }>("/api/widget/conversations", { method: "POST", body: input }),
  read: (id: string, token: string) => call<{ conversation: TChatConversation }>(`/api/widget/conversations/${encodeURIComponent(id)}`, { method: "GET", token }),
  send: (id: string, token: string, input: { clientMessageId: string; message: string; page: TChatPage }) =>
    call<{ conversation: TChatConversation }>(`/api/widget/conversations/${encodeURIComponent(id)}/messages`, { method: "POST", token, body: input }),
  rate: (id: string, token: string, input: { score: number; comment?: string }) =>
    call<{ conversation: TChatConversation }>(`/api/widget/conversations/${encodeURIComponent(id)}/rating`, { method: "POST", token, body: input }),
};
