"use client";
import { useCallback, useEffect, useState } from "react";
import type { TChatPage } from "./chat-api";

/** Messages between the embedding script (public/widget.js) and this frame carry this tag. */
export const WIDGET_MESSAGE_TAG = "flow-studio-widget";

type HostMessage = { tag: typeof WIDGET_MESSAGE_TAG; type: "page"; url: string; title: string } | { tag: typeof WIDGET_MESSAGE_TAG; type: "open"; open: boolean };

/**
 * The page the frame is embedded in: which page the customer is on (the script reports it as it changes) and
 * whether the chat is open. Opened on its own, the frame is its own page and always open.
 */
export function useHost(initialPage: TChatPage) {
  const [embedded, setEmbedded] = useState(false);
  const [page, setPage] = useState<TChatPage>(initialPage);
  const [open, setOpen] = useState(true);

  useEffect(() => {
    const inFrame = window.parent !== window;
    setEmbedded(inFrame);
    if (!inFrame) return;
    setOpen(false);
    const onMessage = (event: MessageEvent) => {
      // Only the page that embeds us may tell us where the customer is; its origin is any site's.
      if (event.source !== window.parent) return;
      const data = event.data as Partial<HostMessage> | null;
      if (data?.tag !== WIDGET_MESSAGE_TAG) return;
      if (data.type === "page" && typeof data.url === "string" && typeof data.title === "string") setPage({ url: data.url.slice(0, 4000), title: data.title.slice(0, 1000) });
      if (data.type === "open" && typeof data.open === "boolean") setOpen(data.open);
    };
    window.addEventListener("message", onMessage);
    window.parent.postMessage({ tag: WIDGET_MESSAGE_TAG, type: "ready" }, "*");
    return () => window.removeEventListener("message", onMessage);
  }, []);

  const tell = useCallback((message: Record<string, unknown>) => {
    // The host's origin is not known to us (the widget works on any site), and nothing private is sent.
    if (window.parent !== window) window.parent.postMessage({ tag: WIDGET_MESSAGE_TAG, ...message }, "*");
  }, []);
  const close = useCallback(() => tell({ type: "close" }), [tell]);
  const reportUnread = useCallback((count: number) => tell({ type: "unread", count }), [tell]);

  return { embedded, page, open, close, reportUnread };
}
