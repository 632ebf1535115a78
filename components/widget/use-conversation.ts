"use client";
import { useCallback, useEffect, useRef, useState } from "react";
import { chatApi, ChatRequestError, type TChatConversation, type TChatPage } from "./chat-api";
import { loadChat, newId, saveChat, type TStoredChat } from "./chat-storage";
import type { TPendingMessage } from "./ChatMessages";

/** How often an open conversation asks for new replies. */
const POLL_MS = 2500;

/**
 * The customer's conversation: restored from the browser on load, kept current by polling, and the three things a
 * customer does (write, rate, start over). Messages show at once and are confirmed by the server's answer.
 */
export function useConversation(page: TChatPage) {
  const stored = useRef<TStoredChat | null>(null);
  const [conversation, setConversation] = useState<TChatConversation | null>(null);
  const [pending, setPending] = useState<TPendingMessage[]>([]);
  const [loading, setLoading] = useState(true);
  const [notice, setNotice] = useState<string | null>(null);
  const pageRef = useRef(page);
  const whoRef = useRef<{ name?: string; email?: string }>({});
  useEffect(() => {
    pageRef.current = page;
  }, [page]);
  // A poll that left before a send may answer after it: only an answer to a later request replaces an earlier one.
  const issued = useRef(0);
  const applied = useRef(0);
  const track = useCallback(<T extends { conversation: TChatConversation }>(request: () => Promise<T>) => {
    const seq = ++issued.current;
    return request().then((answer) => {
      if (seq > applied.current) {
        applied.current = seq;
        setConversation(answer.conversation);
      }
      return answer;
    });
  }, []);

  const forget = useCallback((why: string | null) => {
    if (stored.current) saveChat({ ...stored.current, conversation: null });
    stored.current = stored.current ? { ...stored.current, conversation: null } : null;
    setConversation(null);
    setPending([]);
    setNotice(why);
  }, []);

  const refresh = useCallback(async () => {
    const current = stored.current?.conversation;
    if (!current) return;
    try {
      await track(() => chatApi.read(current.id, current.token));
    } catch (err) {
      if (err instanceof ChatRequestError && (err.status === 401 || err.status === 404)) forget(err.message);
    }
  }, [forget, track]);

  useEffect(() => {
    stored.current = loadChat();
    void refresh().finally(() => setLoading(false));
  }, [refresh]);

  const conversationId = conversation?.id;
  useEffect(() => {
    if (!conversationId) return;
    let timer: number;
    const tick = async () => {
      if (!document.hidden) await refresh();
      timer = window.setTimeout(tick, POLL_MS);
    };
    timer = window.setTimeout(tick, POLL_MS);
    return () => window.clearTimeout(timer);
  }, [conversationId, refresh]);

  const deliver = useCallback(
    async (clientId: string, body: string) => {
      const chat = stored.current ?? loadChat();
      stored.current = chat;
      try {
        if (chat.conversation === null) {
          const started = await track(() => chatApi.start({ visitorId: chat.visitorId, clientMessageId: clientId, message: body, ...whoRef.current, page: pageRef.current }));
          stored.current = { ...chat, conversation: { id: started.conversation.id, token: started.token } };
          saveChat(stored.current);
        } else {
          const { id, token } = chat.conversation;
          await track(() => chatApi.send(id, token, { clientMessageId: clientId, message: body, page: pageRef.current }));
        }
        setPending((all) => all.filter((p) => p.clientId !== clientId));
        setNotice(null);
      } catch (err) {
        const message = err instanceof Error ? err.message : String(err);
        if (err instanceof ChatRequestError && (err.status === 401 || err.status === 404)) return forget(message);
        setPending((all) => all.map((p) => (p.clientId === clientId ? { ...p, failed: message } : p)));
      }
    },
    [forget, track],
  );

  const send = useCallback(
    (body: string, who: { name?: string; email?: string } = {}) => {
      const clientId = newId();
      whoRef.current = who;
      setPending((all) => [...all, { clientId, body, failed: null }]);
      void deliver(clientId, body);
    },
    [deliver],
  );

  const retry = useCallback(
    (clientId: string) => {
      const message = pending.find((p) => p.clientId === clientId);
      if (!message) return;
      setPending((all) => all.map((p) => (p.clientId === clientId ? { ...p, failed: null } : p)));
      void deliver(clientId, message.body);
    },
    [pending, deliver],
  );

  /** Answers an error to show, or null once the rating is stored. */
  const rate = useCallback(async (score: number, comment: string): Promise<string | null> => {
    const current = stored.current?.conversation;
    if (!current) return "This conversation is no longer open.";
    try {
      await track(() => chatApi.rate(current.id, current.token, { score, ...(comment ? { comment } : {}) }));
      return null;
    } catch (err) {
      return err instanceof Error ? err.message : String(err);
    }
  }, [track]);

  return { conversation, pending, loading, notice, send, retry, rate, startOver: () => forget(null) };
}
