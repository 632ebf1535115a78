/** What the frame keeps in the browser, so a reload (or the next page of the site) continues the conversation. */
export interface TStoredChat {
  visitorId: string;
  conversation: { id: string; token: string } | null;
}

const KEY = "flow-studio-chat:v1";
// Storage can be blocked (private modes, third-party frames): the chat then lasts as long as the page.
let memory: TStoredChat | null = null;

export function loadChat(): TStoredChat {
  try {
    const raw = window.localStorage.getItem(KEY);
    const parsed = raw ? (JSON.parse(raw) as Partial<TStoredChat>) : null;
    if (parsed && typeof parsed.visitorId === "string" && /^[A-Za-z0-9_-]{8,64}$/.test(parsed.visitorId)) {
      const c = parsed.conversation;
      const conversation = c && typeof c.id === "string" && typeof c.token === "string" ? { id: c.id, token: c.token } : null;
      return { visitorId: parsed.visitorId, conversation };
    }
  } catch {
    // Unreadable or blocked: start afresh below.
  }
  memory ??= { visitorId: newId(), conversation: null };
  saveChat(memory);
  return memory;
}

export function saveChat(chat: TStoredChat): void {
  memory = chat;
  try {
    window.localStorage.setItem(KEY, JSON.stringify(chat));
  } catch {
    // Kept in memory only.
  }
}

/** A random id for the visitor and for each message; randomUUID needs a secure page, so a fallback keeps plain http working. */
export function newId(): string {
  if (typeof crypto.randomUUID === "function") return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}
