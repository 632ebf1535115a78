import { CitedArticles } from "@/components/knowledge/CitedArticles";
import { Badge } from "@/components/ui/Badge";
import { Button } from "@/components/ui/Button";
import { percent } from "@/components/ui/format";

/** The AI draft the reply box opened with, as the composer offers it. */
export interface DraftOffer {
  id: string;
  text: string;
  confidence: number;
  citations: ReadonlyArray<{ articleId: string; title: string }>;
}

/** Above the reply box while it holds an AI draft: whose words these are, how sure the AI was, its sources, and a way out. */
export function DraftBanner({ draft, discarding, onDiscard }: { draft: DraftOffer; discarding: boolean; onDiscard: () => void }) {
  return (
    <div role="note" aria-label="AI draft" className="mb-2 flex flex-wrap items-center gap-x-2 gap-y-1 rounded-md bg-violet-50 px-2.5 py-1.5 text-xs text-violet-900">
      <Badge tone="violet">AI draft</Badge>
      <span>confidence {percent(draft.confidence)}</span>
      <CitedArticles citations={draft.citations} className="min-w-0 text-zinc-700" />
      <span className="text-zinc-600">Edit it as you like; what you send is compared with the draft.</span>
      <Button size="sm" variant="ghost" className="ml-auto" onClick={onDiscard} disabled={discarding}>
        {discarding ? "Discarding…" : "Discard draft"}
      </Button>
    </div>
  );
}
