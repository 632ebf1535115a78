"use client";

import { useEffect, useRef } from "react";
import { useRouter } from "next/navigation";
import { ChevronLeft, ChevronRight } from "lucide-react";
import { ButtonLink } from "@/components/ui/Button";

function typing(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName));
}

/**
 * The week under review and the way to others: previous and next (← and → when not typing), or any week from the
 * browser's week field. There is no next week from the week under way.
 */
export function WeekPicker({ week, previousWeek, nextWeek, currentWeek }: { week: string; previousWeek: string; nextWeek: string | null; currentWeek: string }) {
  const router = useRouter();
  const weeks = useRef({ previousWeek, nextWeek });
  weeks.current = { previousWeek, nextWeek };
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (typing(event.target) || event.metaKey || event.ctrlKey || event.altKey || event.shiftKey) return;
      const { previousWeek, nextWeek } = weeks.current;
      if (event.key === "ArrowLeft") router.push(`/review/${previousWeek}`);
      else if (event.key === "ArrowRight" && nextWeek) router.push(`/review/${nextWeek}`);
      else return;
      event.preventDefault();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [router]);

  return (
    <nav aria-label="Weeks" className="flex flex-wrap items-center gap-2 text-xs text-zinc-600">
      <ButtonLink size="sm" href={`/review/${previousWeek}`} aria-label={`Previous week, ${previousWeek}`}>
        <ChevronLeft className="size-3.5" aria-hidden /> {previousWeek}
      </ButtonLink>
      <label className="flex items-center gap-1.5">
        <span className="sr-only">Week</span>
        <input
          type="week"
          className="h-7 rounded-md border border-zinc-300 px-2 text-xs"
          value={week}
          max={currentWeek}
          onChange={(e) => e.target.value && e.target.value !== week && router.push(`/review/${e.target.value}`)}
        />
      </label>
      {nextWeek ? (
        <ButtonLink size="sm" href={`/review/${nextWeek}`} aria-label={`Next week, ${nextWeek}`}>
          {nextWeek} <ChevronRight className="size-3.5" aria-hidden />
        </ButtonLink>
      ) : (
        <span className="text-zinc-500">This week</span>
      )}
      {week !== currentWeek && (
        <ButtonLink size="sm" variant="ghost" href={`/review/${currentWeek}`}>
          This week
        </ButtonLink>
      )}
      <span className="hidden text-zinc-500 sm:inline">
        Keys: <kbd>←</kbd> previous · <kbd>→</kbd> next
      </span>
    </nav>
  );
}
