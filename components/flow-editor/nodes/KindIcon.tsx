import { Bell, Bot, Brain, CircleCheck, CircleStop, Gauge, GitBranch, Hourglass, Inbox, Layers, PenLine, Siren, Smile, Split, Star, Tag, Timer, Zap, type LucideIcon } from "lucide-react";
import { assertNever, type TNodeKind } from "@/workflows/model";

function iconOf(kind: TNodeKind): LucideIcon {
  switch (kind) {
    case "trigger":
      return Zap;
    case "condition":
      return GitBranch;
    case "switch":
      return Split;
    case "classify-intent":
      return Brain;
    case "detect-sentiment":
      return Smile;
    case "score-priority":
      return Gauge;
    case "set-tier":
      return Layers;
    case "route":
      return Inbox;
    case "ai-reply":
      return Bot;
    case "wait-for":
      return Hourglass;
    case "sla-timer":
      return Timer;
    case "escalate":
      return Siren;
    case "notify":
      return Bell;
    case "set-fields":
      return PenLine;
    case "tag":
      return Tag;
    case "resolve":
      return CircleCheck;
    case "csat-survey":
      return Star;
    case "end":
      return CircleStop;
    default:
      return assertNever(kind);
  }
}

export function KindIcon({ kind, className }: { kind: TNodeKind; className?: string }) {
  const Icon = iconOf(kind);
  return <Icon className={className ?? "size-3.5"} aria-hidden />;
}
