import type { TNodeKind } from "@/workflows/model";
import { EDITOR_KINDS } from ".";

export function KindIcon({ kind, className }: { kind: TNodeKind; className?: string }) {
  const Icon = EDITOR_KINDS[kind].icon;
  return <Icon className={className ?? "size-3.5"} aria-hidden />;
}
