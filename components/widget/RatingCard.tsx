"use client";
import { Star } from "lucide-react";
import { useId, useState, type FormEvent } from "react";

const WORDS = ["", "Very poor", "Poor", "OK", "Good", "Excellent"] as const;

/** "How did we do?": 1 to 5 stars and an optional comment. */
export function RatingCard({
  question,
  maxComment,
  onRate,
}: {
  question: string;
  maxComment: number;
  onRate: (score: number, comment: string) => Promise<string | null>;
}) {
  const [score, setScore] = useState(0);
  const [hover, setHover] = useState(0);
  const [comment, setComment] = useState("");
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const ids = useId();
  const shown = hover || score;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (score === 0) return setError("Choose a rating from 1 to 5 stars.");
    setSending(true);
    setError(await onRate(score, comment.trim()));
    setSending(false);
  }

  return (
    <form onSubmit={submit} aria-labelledby={`${ids}-q`} className="rounded-xl border border-zinc-200 bg-white p-3.5 shadow-sm">
      <p id={`${ids}-q`} className="font-medium text-zinc-900">
        {question}
      </p>
      <div role="radiogroup" aria-labelledby={`${ids}-q`} className="mt-2 flex items-center gap-1" onMouseLeave={() => setHover(0)}>
        {[1, 2, 3, 4, 5].map((n) => (
          <button
            key={n}
            type="button"
            role="radio"
            aria-checked={score === n}
            aria-label={`${n} out of 5: ${WORDS[n]}`}
            tabIndex={score === n || (score === 0 && n === 1) ? 0 : -1}
            onClick={() => {
              setScore(n);
              setError(null);
            }}
            onMouseEnter={() => setHover(n)}
            onKeyDown={(e) => {
              const next = e.key === "ArrowRight" || e.key === "ArrowUp" ? Math.min(5, (score || 0) + 1) : e.key === "ArrowLeft" || e.key === "ArrowDown" ? Math.max(1, (score || 2) - 1) : 0;
              if (next === 0) return;
              e.preventDefault();
              setScore(next);
              (e.currentTarget.parentElement?.children[next - 1] as HTMLElement | undefined)?.focus();
            }}
            className="rounded p-0.5"
          >
            <Star aria-hidden className={`size-7 ${n <= shown ? "fill-amber-400 text-amber-500" : "text-zinc-300"}`} />
          </button>
        ))}
        <span className="ml-2 text-[12px] text-zinc-600" aria-hidden>
          {WORDS[shown]}
        </span>
      </div>
      <label htmlFor={`${ids}-c`} className="mt-3 block text-[12px] font-medium text-zinc-700">
        Anything you would like to add? <span className="font-normal text-zinc-500">(optional)</span>
      </label>
      <textarea
        id={`${ids}-c`}
        value={comment}
        maxLength={maxComment}
        onChange={(e) => setComment(e.target.value)}
        rows={2}
        className="mt-1 block w-full resize-none rounded-lg border border-zinc-300 px-2.5 py-1.5 text-[14px] focus:border-(--chat-accent) focus:outline-none"
      />
      {error && (
        <p role="alert" className="mt-2 text-[12px] text-red-700">
          {error}
        </p>
      )}
      <button
        type="submit"
        disabled={sending}
        className="mt-3 w-full rounded-lg bg-(--chat-accent) px-3 py-2 font-medium text-white hover:opacity-90 disabled:opacity-60"
      >
        {sending ? "Sending…" : "Send rating"}
      </button>
    </form>
  );
}
