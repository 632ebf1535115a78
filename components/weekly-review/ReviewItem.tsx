"use client";

import { createContext, useContext, useId, useState, type ReactNode } from "react";
import type { TReviewCheck, TReviewNote } from "@/lib/weekly-review/snapshot";
import { Button } from "@/components/ui/Button";
import { DateTime } from "@/components/ui/DateTime";
import { cx } from "@/components/ui/cx";

/** What every item of a review needs: its check and note, whether the reader may change them, and how. */
export interface ReviewMarks {
  checks: Record<string, TReviewCheck>;
  notes: Record<string, TReviewNote>;
  canEdit: boolean;
  busyKey: string | null;
  setCheck(key: string, checked: boolean): Promise<boolean>;
  setNote(key: string, text: string): Promise<boolean>;
}

export const ReviewMarksContext = createContext<ReviewMarks | null>(null);

function useMarks(): ReviewMarks {
  const marks = useContext(ReviewMarksContext);
  if (!marks) throw new Error("ReviewItem must sit inside a ReviewMarksContext");
  return marks;
}

/** One item of the review: checked off by a reviewer (who and when shown), with its note. */
export function ReviewItem({ itemKey, title, children }: { itemKey: string; title: string; children?: ReactNode }) {
  const marks = useMarks();
  const check = marks.checks[itemKey] ?? null;
  // The box follows the click at once; the stored check (who and when) follows when the server answers.
  const [pending, setPending] = useState<boolean | null>(null);
  const id = useId();
  return (
    <li aria-label={title} className={cx("rounded-lg border bg-white px-3 py-2.5", check ? "border-emerald-200 bg-emerald-50/40" : "border-zinc-200")}>
      <div className="flex items-start gap-3">
        <input
          id={id}
          type="checkbox"
          className="mt-0.5 size-4 shrink-0 accent-emerald-600"
          checked={pending ?? check !== null}
          disabled={!marks.canEdit || marks.busyKey === itemKey}
          aria-label={`Checked off: ${title}`}
          onChange={async (e) => {
            setPending(e.target.checked);
            await marks.setCheck(itemKey, e.target.checked);
            setPending(null);
          }}
        />
        <div className="min-w-0 flex-1 space-y-1">
          <label htmlFor={id} className="block text-[13px] font-medium text-zinc-900">
            {title}
          </label>
          {children && <div className="text-xs text-zinc-700">{children}</div>}
          {check && (
            <p className="text-xs text-emerald-800">
              Checked off by {check.by}, <DateTime value={check.at} zone />
            </p>
          )}
          <NoteEditor noteKey={itemKey} label={`Note on ${title}`} addLabel={`Add a note on ${title}`} editLabel={`Edit note on ${title}`} />
        </div>
      </div>
    </li>
  );
}

/** A note, shown with who wrote it and when; reviewers add, change or clear it in place. */
export function NoteEditor(props: { noteKey: string; label: string; addLabel: string; editLabel: string; wide?: boolean }) {
  const { noteKey, label, wide = false } = props;
  const marks = useMarks();
  const note = marks.notes[noteKey] ?? null;
  const [draft, setDraft] = useState<string | null>(null);
  const id = useId();
  if (draft !== null) {
    return (
      <form
        className="space-y-1.5 pt-1"
        onSubmit={async (e) => {
          e.preventDefault();
          if (await marks.setNote(noteKey, draft)) setDraft(null);
        }}
      >
        <label htmlFor={id} className="sr-only">
          {label}
        </label>
        <textarea
          id={id}
          autoFocus
          rows={wide ? 4 : 2}
          maxLength={5000}
          className="block w-full rounded-md border border-zinc-300 px-2 py-1.5 text-[13px] focus:border-indigo-500 focus:outline-none"
          value={draft}
          onChange={(e) => setDraft(e.target.value)}
          onKeyDown={(e) => e.key === "Escape" && setDraft(null)}
        />
        <div className="flex gap-2">
          <Button size="sm" variant="primary" type="submit" disabled={marks.busyKey === noteKey}>
            Save note
          </Button>
          <Button size="sm" variant="ghost" onClick={() => setDraft(null)}>
            Cancel
          </Button>
        </div>
      </form>
    );
  }
  return (
    <div className="pt-0.5 text-xs">
      {note && (
        <blockquote className="whitespace-pre-wrap border-l-2 border-zinc-300 pl-2 text-[13px] text-zinc-800">
          {note.text}
          <footer className="mt-0.5 text-xs text-zinc-500">
            {note.by}, <DateTime value={note.at} zone />
          </footer>
        </blockquote>
      )}
      {marks.canEdit && (
        <button type="button" className="mt-0.5 text-indigo-700 hover:underline" aria-label={note ? props.editLabel : props.addLabel} onClick={() => setDraft(note?.text ?? "")}>
          {note ? "Edit note" : "Add a note"}
        </button>
      )}
    </div>
  );
}
