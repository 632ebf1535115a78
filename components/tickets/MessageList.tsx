import type { ReactNode } from "react";
import { Bot, Headset, Info, User } from "lucide-react";
import type { RouterOutputs } from "@/server/api/root";
import { Badge, type Tone } from "@/components/ui/Badge";
import { DateTime } from "@/components/ui/DateTime";
import { percent } from "@/components/ui/format";
import { cx } from "@/components/ui/cx";

type Message = RouterOutputs["tickets"]["get"]["messages"][number];

const AUTHOR: Record<Message["author"], { icon: typeof User; tone: Tone; label: string }> = {
  customer: { icon: User, tone: "neutral", label: "Customer" },
  agent: { icon: Headset, tone: "blue", label: "Agent" },
  ai: { icon: Bot, tone: "violet", label: "AI" },
  system: { icon: Info, tone: "neutral", label: "System" },
};

function aiConfidence(meta: unknown): string | null {
  if (meta && typeof meta === "object" && "confidence" in meta && typeof meta.confidence === "number") {
    return percent(meta.confidence);
  }
  return null;
}

/** `aiActions`: what to show under an AI message (its feedback flags), by message id. */
export function MessageList({ messages, aiActions }: { messages: Message[]; aiActions?: Record<string, ReactNode> }) {
  if (messages.length === 0) return <p className="text-zinc-500">No messages on this ticket.</p>;
  return (
    <ol className="space-y-2" aria-label="Conversation">
      {messages.map((m) => {
        const author = AUTHOR[m.author];
        const Icon = author.icon;
        const confidence = m.author === "ai" ? aiConfidence(m.aiMeta) : null;
        return (
          <li
            key={m.id}
            className={cx(
              "rounded-lg border bg-white p-3",
              m.internal ? "border-amber-200 bg-amber-50/40" : "border-zinc-200",
            )}
          >
            <div className="mb-1.5 flex flex-wrap items-center gap-2 text-xs">
              <Icon className="size-3.5 text-zinc-500" aria-hidden />
              <span className="font-medium text-zinc-900">{m.authorName ?? author.label}</span>
              <Badge tone={author.tone}>{author.label}</Badge>
              {m.internal && <Badge tone="amber">internal note</Badge>}
              {confidence && <span className="text-zinc-500">confidence {confidence}</span>}
              <span className="ml-auto text-zinc-500">
                <DateTime value={m.createdAt} zone />
              </span>
            </div>
            <p className="whitespace-pre-wrap break-words text-[13px] text-zinc-800">{m.body}</p>
            {m.author === "ai" && aiActions?.[m.id]}
          </li>
        );
      })}
    </ol>
  );
}
