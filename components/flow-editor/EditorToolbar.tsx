"use client";

import Link from "next/link";
import { ArrowLeft, FlaskConical, LayoutGrid, MessageSquareText, Pencil, Redo2, Undo2 } from "lucide-react";
import { useCan } from "@/components/providers/viewer";
import { Button } from "@/components/ui/Button";
import { SaveIndicator } from "./SaveIndicator";
import { ShortcutsHelp } from "./ShortcutsHelp";
import type { SaveState } from "./useAutosave";

interface Props {
  flowId: string;
  name: string;
  description: string | null;
  save: { state: SaveState; error?: string };
  canUndo: boolean;
  canRedo: boolean;
  problems: number;
  pending: boolean;
  published?: number;
  onUndo: () => void;
  onRedo: () => void;
  onLayout: () => void;
  onPublish: () => void;
  /** Opens the backtest dialog for the draft. */
  onBacktest: () => void;
  /** Opens the name and description dialog. */
  onEditDetails: () => void;
  /** Whether the test-ticket panel is open, and its toggle. */
  testing?: boolean;
  onTest?: () => void;
}

export function EditorToolbar(p: Props) {
  const canPublish = useCan("flows.publish");
  const canBacktest = useCan("backtests.run");
  const blocked = p.problems > 0 || p.pending;
  return (
    <header className="flex h-11 shrink-0 items-center gap-2 border-b border-zinc-200 bg-white px-3">
      <Link href={`/flows/${p.flowId}`} className="flex items-center gap-1 text-xs text-zinc-500 hover:text-zinc-800" aria-label="Back to the flow">
        <ArrowLeft className="size-3.5" />
      </Link>
      <h1 className="min-w-0 truncate text-sm font-semibold text-zinc-900" title={p.description ?? undefined} data-testid="flow-name">
        {p.name}
      </h1>
      <Button size="sm" variant="ghost" aria-label="Rename or describe the flow" title="Rename or describe the flow" onClick={p.onEditDetails}>
        <Pencil className="size-3.5" aria-hidden />
      </Button>
      <SaveIndicator state={p.save.state} error={p.save.error} />
      {p.published !== undefined && <span className="text-xs text-emerald-700">Published v{p.published}</span>}
      <div className="ml-auto flex items-center gap-1">
        <Button size="sm" variant="ghost" aria-label="Undo (Ctrl+Z)" title="Undo (Ctrl+Z)" disabled={!p.canUndo} onClick={p.onUndo}>
          <Undo2 className="size-3.5" />
        </Button>
        <Button size="sm" variant="ghost" aria-label="Redo (Ctrl+Shift+Z)" title="Redo (Ctrl+Shift+Z)" disabled={!p.canRedo} onClick={p.onRedo}>
          <Redo2 className="size-3.5" />
        </Button>
        <Button size="sm" variant="ghost" onClick={p.onLayout} title="Arrange left to right">
          <LayoutGrid className="size-3.5" /> Auto-layout
        </Button>
        <ShortcutsHelp />
        {p.onTest && (
          <Button size="sm" onClick={p.onTest} aria-pressed={p.testing ?? false} className={p.testing ? "bg-indigo-50 text-indigo-800 ring-indigo-300" : undefined} data-testid="test-ticket-button" title="Try the flow as a customer, with a test ticket (T)">
            <MessageSquareText className="size-3.5" aria-hidden /> Test
          </Button>
        )}
        {canBacktest && (
          <Button size="sm" onClick={p.onBacktest} disabled={p.problems > 0} title={p.problems > 0 ? "Fix the problems before backtesting the draft" : "Replay the draft over historical tickets"}>
            <FlaskConical className="size-3.5" aria-hidden /> Backtest
          </Button>
        )}
        {/* Hidden, not disabled, for roles that may not publish; the server refuses them regardless. */}
        {canPublish && <Button
          size="sm"
          variant="primary"
          onClick={p.onPublish}
          disabled={blocked}
          data-testid="publish"
          title={p.problems > 0 ? `Fix ${p.problems} problem${p.problems === 1 ? "" : "s"} before publishing` : p.pending ? "Checking…" : "Publish a new version"}
        >
          Publish
        </Button>}
      </div>
    </header>
  );
}
