"use client";
import { X } from "lucide-react";
import { useEffect, useRef, useState, type CSSProperties } from "react";
import type { TChatPage } from "./chat-api";
import { ChatMessages } from "./ChatMessages";
import { Composer } from "./Composer";
import { ContactFields } from "./ContactFields";
import { RatingCard } from "./RatingCard";
import { useConversation } from "./use-conversation";
import { useHost } from "./use-host";
import { useUnread } from "./use-unread";

export interface ChatFrameProps {
  heading: string;
  accent: string;
  initialPage: TChatPage;
  limits: { message: number; name: number; email: number; comment: number };
}

/** Past this without a reply, the chat stops saying it is looking into it and says a person will answer. */
const SLOW_REPLY_MS = 20_000;

const GREETING =
  "Hi there! How can we help? Our virtual assistant answers straight away, and a person from our team takes over whenever you ask.";

/** The customer's side of the studio's chat channel, inside the widget's iframe. */
export function ChatFrame({ heading, accent, initialPage, limits }: ChatFrameProps) {
  const host = useHost(initialPage);
  const chat = useConversation(host.page);
  const [ending, setEnding] = useState(false);
  const [contact, setContact] = useState({ name: "", email: "" });
  const input = useRef<HTMLTextAreaElement>(null);
  const log = useRef<HTMLDivElement>(null);
  const c = chat.conversation;
  useUnread(c?.messages ?? [], host.open, host.reportUnread);

  useEffect(() => {
    if (host.open) input.current?.focus();
  }, [host.open]);
  const shown = (c?.messages.length ?? 0) + chat.pending.length;
  // The log's own scroll position, not scrollIntoView, which would scroll the host page along with it.
  useEffect(() => {
    const box = log.current;
    if (box) box.scrollTop = box.scrollHeight;
  }, [shown, ending, c?.rating]);
  useEffect(() => {
    setEnding(false);
  }, [c?.id]);

  const survey = c?.messages.findLast((m) => m.survey);
  const rated = c !== null && c.rating !== null;
  const askRating = c !== null && !rated && (c.ended || survey !== undefined || ending);
  const last = c?.messages.at(-1);
  const waiting = c !== null && !c.ended && !rated && last?.from === "customer" && chat.pending.length === 0;
  const starting = c === null && chat.pending.some((p) => p.failed === null);
  // Timed on this browser's clock from when the customer's message showed, so a skewed clock cannot hurry it.
  const [quietSince, setQuietSince] = useState(() => Date.now());
  useEffect(() => {
    setQuietSince(Date.now());
  }, [last?.id]);
  const slow = Date.now() - quietSince > SLOW_REPLY_MS;

  return (
    <div
      style={{ "--chat-accent": accent } as CSSProperties}
      className="flex h-dvh flex-col bg-zinc-50 text-[14px] leading-5 text-zinc-900"
      onKeyDown={(e) => {
        if (e.key === "Escape" && host.embedded) host.close();
      }}
    >
      <header className="flex items-center gap-2 bg-(--chat-accent) px-4 py-3 text-white">
        <div className="min-w-0 flex-1">
          <h1 className="truncate text-[15px] font-semibold">{heading}</h1>
          <p className="truncate text-[12px] text-white/85">{c?.withPerson ? "A person from our team is here" : "Virtual assistant · people on hand"}</p>
        </div>
        {c !== null && !rated && !askRating && (
          <button type="button" onClick={() => setEnding(true)} className="rounded-md px-2 py-1 text-[12px] font-medium text-white/95 ring-1 ring-white/50 hover:bg-white/15">
            End chat
          </button>
        )}
        {host.embedded && (
          <button type="button" onClick={host.close} aria-label="Close chat" className="grid size-8 place-items-center rounded-md hover:bg-white/15">
            <X aria-hidden className="size-5" />
          </button>
        )}
      </header>

      <div ref={log} role="log" aria-label="Conversation" aria-live="polite" className="flex-1 overflow-y-auto px-4 py-4">
        <p className="mb-3 max-w-[85%] rounded-2xl rounded-tl-md border border-zinc-200 bg-white px-3.5 py-2">{GREETING}</p>
        {chat.notice && (
          <p role="status" className="mb-3 rounded-lg bg-amber-50 px-3 py-2 text-[13px] text-amber-900">
            {chat.notice}
          </p>
        )}
        {chat.loading ? (
          <p className="text-center text-[12px] text-zinc-500">Loading your conversation…</p>
        ) : (
          <ChatMessages messages={c?.messages ?? []} pending={chat.pending} onRetry={chat.retry} />
        )}
        {waiting && (
          <p className="mt-3 text-[12px] text-zinc-500">
            {c?.withPerson
              ? "Someone from our team will reply here. You can close this window: your conversation stays open."
              : slow
                ? "Thanks, we have your message. Someone from our team will reply here as soon as they can."
                : "Looking into it…"}
          </p>
        )}
        {askRating && (
          <div className="mt-4">
            <RatingCard question={survey?.body ?? "How would you rate this conversation?"} maxComment={limits.comment} onRate={chat.rate} />
            {ending && !c?.ended && (
              <button type="button" onClick={() => setEnding(false)} className="mt-2 w-full text-center text-[12px] text-zinc-600 underline">
                Not yet, back to the chat
              </button>
            )}
          </div>
        )}
        {rated && (
          <p role="status" className="mt-4 rounded-xl border border-emerald-200 bg-emerald-50 px-3.5 py-3 text-emerald-900">
            Thank you for rating this conversation {c?.rating} out of 5.
          </p>
        )}
      </div>

      {c === null && !chat.loading && <ContactFields value={contact} limits={limits} onChange={setContact} />}
      {rated || c?.ended || askRating ? (
        <div className="border-t border-zinc-200 bg-white px-3 py-2.5">
          <button type="button" onClick={chat.startOver} className="w-full rounded-xl border border-zinc-300 px-3 py-2 font-medium text-zinc-800 hover:bg-zinc-50">
            Start a new conversation
          </button>
        </div>
      ) : (
        <Composer
          ref={input}
          maxLength={limits.message}
          disabled={chat.loading || starting}
          placeholder={c === null ? "Ask a question…" : "Write a reply…"}
          onSend={(text) => chat.send(text, { name: contact.name.trim() || undefined, email: contact.email.trim() || undefined })}
        />
      )}
    </div>
  );
}
