import { cx } from "@/components/ui/cx";
import type { SaveState } from "./useAutosave";

const TEXT: Record<SaveState, string> = { saved: "Saved", saving: "Saving…", unsaved: "Unsaved", error: "Not saved" };

export function SaveIndicator({ state, error }: { state: SaveState; error?: string }) {
  return (
    <span
      role="status"
      title={error}
      data-testid="save-state"
      className={cx("text-xs", state === "error" ? "font-medium text-red-600" : state === "saved" ? "text-emerald-700" : "text-zinc-500")}
    >
      {TEXT[state]}
      {state === "error" && error ? `: ${error.slice(0, 80)}` : ""}
    </span>
  );
}
