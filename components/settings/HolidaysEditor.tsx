"use client";

import { useId, useState } from "react";
import { Trash2 } from "lucide-react";
import type { FieldErrors } from "@/lib/errors/issue-sentences";
import { ZHolidaySchema, type THoliday } from "@/workflows/model/calendar";
import { Button } from "@/components/ui/Button";
import { errorsOf, Field, FieldError, describedBy, inputClass } from "./form-parts";

/** The days the workspace is closed, by date; a new one is checked as it is typed and added to the list. */
export function HolidaysEditor({
  value,
  onChange,
  errors,
  disabled,
}: {
  value: THoliday[];
  onChange: (next: THoliday[]) => void;
  errors: FieldErrors;
  disabled?: boolean;
}) {
  const id = useId();
  const [draft, setDraft] = useState({ date: "", name: "" });
  const [tried, setTried] = useState(false);
  const draftErrors: FieldErrors = { ...errorsOf(ZHolidaySchema, draft) };
  if (!draftErrors.date && value.some((h) => h.date === draft.date)) draftErrors.date = `${draft.date} is already a holiday`;
  const shown = (field: "date" | "name") => (tried || draft[field] !== "" ? draftErrors[field] : undefined);

  const add = () => {
    setTried(true);
    if (Object.keys(draftErrors).length > 0) return;
    onChange([...value, { date: draft.date, name: draft.name.trim() }].sort((a, b) => a.date.localeCompare(b.date)));
    setDraft({ date: "", name: "" });
    setTried(false);
  };

  return (
    <fieldset className="space-y-3" disabled={disabled}>
      <legend className="mb-1 text-[13px] font-medium text-zinc-700">Holidays</legend>
      {value.length === 0 ? (
        <p className="text-[13px] text-zinc-500">No holidays: every open day of the week counts.</p>
      ) : (
        <ul className="divide-y divide-zinc-100 rounded-md ring-1 ring-zinc-200" aria-label="Holidays">
          {value.map((holiday, index) => (
            <li key={holiday.date} className="flex items-center gap-3 px-3 py-1.5 text-[13px]">
              <span className="w-28 tabular-nums text-zinc-700">{holiday.date}</span>
              <span className="flex-1 text-zinc-900">{holiday.name}</span>
              <FieldError id={`${id}-${index}`} error={errors[`holidays.${index}.date`] ?? errors[`holidays.${index}.name`]} />
              {!disabled && (
                <Button size="sm" variant="ghost" aria-label={`Remove ${holiday.name} (${holiday.date})`} onClick={() => onChange(value.filter((h) => h !== holiday))}>
                  <Trash2 className="size-3.5" aria-hidden />
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}
      <FieldError id={`${id}-list`} error={errors.holidays} />
      {!disabled && (
        <div
          className="grid grid-cols-[10rem_1fr_auto] items-start gap-2"
          onKeyDown={(e) => {
            // Enter in either box adds the holiday instead of saving the whole calendar.
            if (e.key === "Enter") {
              e.preventDefault();
              add();
            }
          }}
        >
          <Field id={`${id}-date`} label="Date" error={shown("date")}>
            <input
              id={`${id}-date`}
              type="date"
              value={draft.date}
              onChange={(e) => setDraft({ ...draft, date: e.target.value })}
              className={inputClass(shown("date"))}
              {...describedBy(`${id}-date`, shown("date"))}
            />
          </Field>
          <Field id={`${id}-name`} label="Holiday name" error={shown("name")}>
            <input
              id={`${id}-name`}
              value={draft.name}
              placeholder="e.g. New Year's Day"
              maxLength={80}
              onChange={(e) => setDraft({ ...draft, name: e.target.value })}
              className={inputClass(shown("name"))}
              {...describedBy(`${id}-name`, shown("name"))}
            />
          </Field>
          <Button className="mt-6" onClick={add}>
            Add holiday
          </Button>
        </div>
      )}
    </fieldset>
  );
}
