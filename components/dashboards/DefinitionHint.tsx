"use client";

import { useEffect, useId, useRef, useState } from "react";
import { CircleHelp } from "lucide-react";
import { METRIC_DEFINITION_TEXTS, type TMetricId } from "@/lib/metrics/definition-texts";

/**
 * "How this is counted": a small button that opens the figure's definition (lib/metrics/definition-texts.ts).
 * Opens on click or Enter, closes on Escape, a second click or a click elsewhere.
 */
export function DefinitionHint({ id, align = "left" }: { id: TMetricId; align?: "left" | "right" }) {
  const [open, setOpen] = useState(false);
  const popId = useId();
  const box = useRef<HTMLSpanElement>(null);
  const { name, text } = METRIC_DEFINITION_TEXTS[id];

  useEffect(() => {
    if (!open) return;
    const away = (e: PointerEvent) => {
      if (box.current && !box.current.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener("pointerdown", away);
    return () => document.removeEventListener("pointerdown", away);
  }, [open]);

  return (
    <span ref={box} className="relative inline-flex">
      <button
        type="button"
        aria-label={`How ${inSentence(name)} is counted`}
        aria-expanded={open}
        aria-controls={popId}
        onClick={() => setOpen((o) => !o)}
        onKeyDown={(e) => {
          if (e.key === "Escape") setOpen(false);
        }}
        className="rounded-full text-zinc-400 hover:text-zinc-700 focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-indigo-500"
      >
        <CircleHelp className="size-3.5" aria-hidden />
      </button>
      {open && (
        <span
          id={popId}
          role="note"
          className={`absolute top-5 z-30 w-72 rounded-md bg-zinc-900 px-3 py-2 text-left text-xs font-normal normal-case leading-relaxed tracking-normal text-zinc-50 shadow-lg ${align === "right" ? "right-0" : "left-0"}`}
        >
          <span className="mb-0.5 block font-semibold">{name}</span>
          {text}
        </span>
      )}
    </span>
  );
}

/** A name as it reads mid-sentence: "automation rate", but "AI accuracy" and "SLA breaches" keep their capitals. */
function inSentence(name: string): string {
  return /^[A-Z]{2}/.test(name) ? name : name.charAt(0).toLowerCase() + name.slice(1);
}
