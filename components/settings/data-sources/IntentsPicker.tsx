"use client";

/**
 * The intents whose AI replies may call the source, picked from the workspace's intent labels; an intent saved
 * earlier that the current model no longer has stays listed, so saving never drops it silently.
 */
export function IntentsPicker({ labels, source, value, onChange }: { labels: string[]; source: string | null; value: string[]; onChange: (intents: string[]) => void }) {
  const all = [...new Set([...labels, ...value])].filter((l) => l !== "unknown");
  const toggle = (label: string, on: boolean) => onChange(on ? [...value, label] : value.filter((v) => v !== label));
  return (
    <fieldset>
      <legend className="text-[13px] font-medium text-zinc-700">Intents it answers</legend>
      <p className="mt-0.5 text-xs text-zinc-500">
        AI replies to tickets of these intents may look things up here{source ? ` (labels from ${source})` : ""}. A flow’s lookup step can use it whatever the intent.
      </p>
      {all.length === 0 ? (
        <p className="mt-2 text-[13px] text-zinc-600">No intent labels yet: train an intent model or import history first.</p>
      ) : (
        <div className="mt-2 flex flex-wrap gap-2">
          {all.map((label) => (
            <label key={label} className="flex cursor-pointer items-center gap-1.5 rounded-md px-2.5 py-1 text-[13px] text-zinc-800 ring-1 ring-inset ring-zinc-300 has-[:checked]:bg-indigo-50 has-[:checked]:ring-indigo-500 has-[:focus-visible]:ring-2">
              <input type="checkbox" checked={value.includes(label)} onChange={(e) => toggle(label, e.target.checked)} />
              {label}
              {!labels.includes(label) && <span className="text-xs text-amber-700">(no longer a label)</span>}
            </label>
          ))}
        </div>
      )}
    </fieldset>
  );
}
