import { ArrowRight } from "lucide-react";
import type { OutlineOutput } from "./graph-outline";

/** Where each of a node's outputs goes, as links to the target's row in the same outline. */
export function NodeOutputs({ outputs, href }: { outputs: readonly OutlineOutput[]; href: (nodeId: string) => string }) {
  if (outputs.length === 0) return <span className="text-zinc-500">ends the run</span>;
  return (
    <ul className="space-y-0.5">
      {outputs.map((o, j) => (
        <li key={`${o.handle}-${j}`} className="flex items-center gap-1.5">
          <span className={o.unknownHandle ? "text-red-700" : "text-zinc-500"}>{o.label}</span>
          <ArrowRight className="size-3 text-zinc-500" aria-label="goes to" />
          {o.target ? (
            <a href={href(o.target.id)} className="rounded text-indigo-700 hover:underline">
              {o.target.label}
            </a>
          ) : (
            <span className="text-zinc-500">not connected (run ends)</span>
          )}
        </li>
      ))}
    </ul>
  );
}
