"use client";
import { useEffect, useRef } from "react";
import type { TChatConversation } from "./chat-api";

/** Counts replies that arrived while the chat was closed and tells the host, which shows them on the launcher. */
export function useUnread(messages: TChatConversation["messages"], open: boolean, report: (count: number) => void) {
  const replies = messages.filter((m) => m.from !== "customer").length;
  const seen = useRef<number | null>(null);
  useEffect(() => {
    // What was there when the chat loaded counts as read: only new replies raise the count.
    if (seen.current === null || open) seen.current = replies;
    report(Math.max(0, replies - seen.current));
  }, [replies, open, report]);
}
