import { Button } from "@/components/ui/Button";
import { EXAMPLE_TRIGGER, pathLabel, type IssueRow } from "./lib/zendesk-import";

/** Why the pasted text could not be read, path by path. */
export function ImportProblems({ problems }: { problems: IssueRow[] }) {
  return (
    <div role="alert" className="rounded-lg border border-red-200 bg-red-50/60 p-4">
      <h2 className="text-sm font-semibold text-red-900">
        {problems.some((p) => p.message.startsWith("Not valid JSON")) ? "This text is not valid JSON" : "This is not a Zendesk trigger or automation we can read"}
      </h2>
      <ul className="mt-2 space-y-1 text-[13px] text-red-800">
        {problems.map((p, i) => (
          <li key={i} className="flex flex-wrap gap-x-2">
            <code className="font-mono text-xs font-semibold text-red-900">{pathLabel(p.path)}</code>
            <span>{p.message}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Before anything is pasted: where to get the JSON, and a small example to try. */
export function ImportEmptyState({ onPasteExample }: { onPasteExample: () => void }) {
  return (
    <div className="rounded-lg border border-dashed border-zinc-300 bg-white p-5">
      <h2 className="text-sm font-semibold text-zinc-900">Nothing pasted yet</h2>
      <p className="mt-1 max-w-2xl text-[13px] text-zinc-600">
        Copy a trigger from Zendesk (Admin Center → Objects and rules → Triggers, or <code>GET /api/v2/triggers/&lt;id&gt;.json</code>) and paste it above. Or start from this
        small example: its group <code>20001</code> can be mapped to a queue, and its <code>assignee_id</code> action has no equivalent, so it will be listed.
      </p>
      <pre tabIndex={0} aria-label="Example trigger" className="mt-3 max-h-72 overflow-auto rounded-md bg-zinc-50 p-3 font-mono text-[11px] leading-relaxed text-zinc-700 ring-1 ring-inset ring-zinc-200">{EXAMPLE_TRIGGER}</pre>
      <Button size="sm" className="mt-3" onClick={onPasteExample}>
        Paste this example
      </Button>
    </div>
  );
}
