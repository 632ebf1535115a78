"use client";
import { BookOpen, Bot, UserRound } from "lucide-react";
import type { TChatConversation } from "./chat-api";

type Message = TChatConversation["messages"][number];

/** A message typed here that the server has not confirmed yet. */
export interface TPendingMessage {
  clientId: string;
  body: string;
  failed: string | null;
}

const time = (iso: string) => new Date(iso).toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" });

export function ChatMessages({ messages, pending, onRetry }: { messages: Message[]; pending: TPendingMessage[]; onRetry: (clientId: string) => void }) {
  return (
    <ol className="space-y-3">
      {messages.map((m) => (
        <li key={m.id}>
          <ChatMessage message={m} />
        </li>
      ))}
      {pending.map((p) => (
        <li key={p.clientId} className="flex flex-col items-end">
          <p className="max-w-[85%] whitespace-pre-line break-words rounded-2xl rounded-br-md bg-(--chat-accent) px-3.5 py-2 text-white opacity-80">{p.body}</p>
          {p.failed === null ? (
            <span className="mt-1 text-[11px] text-zinc-500">Sending…</span>
          ) : (
            <span className="mt-1 text-right text-[11px] text-red-700">
              Not sent: {p.failed}{" "}
              <button type="button" onClick={() => onRetry(p.clientId)} className="font-medium underline">
                Try again
              </button>
            </span>
          )}
        </li>
      ))}
    </ol>
  );
}

function ChatMessage({ message: m }: { message: Message }) {
  if (m.from === "customer") {
    return (
      <div className="flex flex-col items-end">
        <p className="max-w-[85%] whitespace-pre-line break-words rounded-2xl rounded-br-md bg-(--chat-accent) px-3.5 py-2 text-white">{m.body}</p>
        <span className="mt-1 text-[11px] text-zinc-500">
          <span className="sr-only">You, </span>
          {time(m.at)}
        </span>
      </div>
    );
  }
  if (m.from === "notice" && !m.survey) {
    return <p className="px-6 text-center text-[12px] text-zinc-500">{m.body}</p>;
  }
  const agent = m.from === "agent";
  const who = agent ? (m.name ?? "Support team") : "Virtual assistant";
  return (
    <div className="flex items-start gap-2">
      <span
        aria-hidden
        className={`mt-5 grid size-7 shrink-0 place-items-center rounded-full ${agent ? "bg-emerald-100 text-emerald-800" : m.handoff ? "bg-amber-100 text-amber-800" : "bg-zinc-100 text-zinc-600"}`}
      >
        {agent ? <UserRound className="size-4" /> : <Bot className="size-4" />}
      </span>
      <div className="min-w-0 max-w-[85%]">
        <p className="mb-1 text-[11px] text-zinc-500">
          <span className="font-medium text-zinc-700">{who}</span>
          {agent && m.name !== null ? " · Support team" : ""} · {time(m.at)}
        </p>
        <div className={`rounded-2xl rounded-tl-md px-3.5 py-2 ${m.handoff ? "border border-amber-200 bg-amber-50" : agent ? "border border-emerald-200 bg-white" : "border border-zinc-200 bg-white"}`}>
          {m.handoff && <p className="mb-1 text-[11px] font-semibold uppercase tracking-wide text-amber-800">Passing you to a person</p>}
          <p className="whitespace-pre-line break-words text-zinc-900">{m.body}</p>
          {m.sources.length > 0 && (
            <div className="mt-2 border-t border-zinc-100 pt-2">
              <p className="text-[11px] font-medium text-zinc-500">{m.sources.length === 1 ? "Source" : "Sources"}</p>
              <ul aria-label="Sources" className="mt-0.5 space-y-0.5">
                {m.sources.map((s) => (
                  <li key={s.title} className="flex items-center gap-1.5 text-[12px] text-zinc-700">
                    <BookOpen aria-hidden className="size-3.5 shrink-0 text-zinc-400" />
                    {s.title}
                  </li>
                ))}
              </ul>
            </div>
          )}
        </div>
      </div>
    </div>
  );
}
