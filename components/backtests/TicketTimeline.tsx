import { DateTime } from "@/components/ui/DateTime";
import { Timeline, TimelineItem } from "@/components/ui/Timeline";
import type { Tone } from "@/components/ui/Badge";

interface Message {
  author: string;
  body: string;
  createdAt: Date | string;
}

const AUTHOR_TONE: Record<string, Tone> = { customer: "neutral", agent: "blue", ai: "violet", system: "neutral" };

/** The ticket's conversation as recorded: what the replay fed the flow, at the recorded times. */
export function TicketTimeline({ messages }: { messages: readonly Message[] }) {
  if (messages.length === 0) return <p className="text-[13px] text-zinc-500">No messages recorded.</p>;
  return (
    <Timeline label="Ticket timeline">
      {messages.map((m, i) => (
        <TimelineItem key={i} tone={AUTHOR_TONE[m.author] ?? "neutral"} title={<span className="capitalize">{m.author}</span>} aside={<DateTime value={m.createdAt} zone />}>
          <p className="line-clamp-6 whitespace-pre-wrap break-words">{m.body}</p>
        </TimelineItem>
      ))}
    </Timeline>
  );
}
