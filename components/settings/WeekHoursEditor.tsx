"use client";

import type { FieldErrors } from "@/lib/errors/issue-sentences";
import { WEEKDAYS, type TWeekHours } from "@/workflows/model/calendar";
import { Button } from "@/components/ui/Button";
import { FieldError, inputClass } from "./form-parts";

/** Monday first, as people read a working week. */
const ORDER = [1, 2, 3, 4, 5, 6, 0];

/**
 * The open hours of each day of the week: a day is open or closed, and an open day has a start and an end.
 * Hours are kept in day order, so `errors` paths ("hours.2.end") name the listed days in that order.
 */
export function WeekHoursEditor({
  id,
  value,
  onChange,
  errors,
  path,
  disabled,
  legend,
}: {
  id: string;
  value: TWeekHours;
  onChange: (next: TWeekHours) => void;
  errors: FieldErrors;
  /** The dotted path of the hours in the validated value, e.g. "hours" or "workingHours". */
  path: string;
  disabled?: boolean;
  legend: string;
}) {
  const byDay = new Map(value.map((d, index) => [d.day, { ...d, index }]));
  const firstOpen = ORDER.map((day) => byDay.get(day)).find((d) => d !== undefined);

  const set = (next: TWeekHours) => onChange([...next].sort((a, b) => a.day - b.day));
  const toggle = (day: number, open: boolean) =>
    set(open ? [...value, { day, start: firstOpen?.start ?? "09:00", end: firstOpen?.end ?? "17:00" }] : value.filter((d) => d.day !== day));
  const edit = (day: number, field: "start" | "end", time: string) => set(value.map((d) => (d.day === day ? { ...d, [field]: time } : d)));
  const sameForAll = () => firstOpen && set(value.map((d) => ({ ...d, start: firstOpen.start, end: firstOpen.end })));

  return (
    <fieldset className="space-y-1.5" disabled={disabled}>
      <legend className="mb-1 text-[13px] font-medium text-zinc-700">{legend}</legend>
      <FieldError id={`${id}-error`} error={errors[path]} />
      {ORDER.map((day) => {
        const hours = byDay.get(day);
        const name = WEEKDAYS[day];
        const startError = hours ? errors[`${path}.${hours.index}.start`] : undefined;
        const endError = hours ? (errors[`${path}.${hours.index}.end`] ?? errors[`${path}.${hours.index}.day`]) : undefined;
        const error = startError ?? endError;
        return (
          <div key={day} className="grid grid-cols-[8.5rem_1fr] items-start gap-2">
            <label className="flex h-8 items-center gap-2 text-[13px] text-zinc-800">
              <input type="checkbox" checked={hours !== undefined} onChange={(e) => toggle(day, e.target.checked)} className="size-4 rounded border-zinc-300 text-indigo-600 focus-visible:ring-2 focus-visible:ring-indigo-500" />
              {name}
            </label>
            {hours ? (
              <div>
                <div className="flex items-center gap-2">
                  <input
                    type="time"
                    aria-label={`${name} opens at`}
                    value={hours.start}
                    required
                    onChange={(e) => edit(day, "start", e.target.value)}
                    aria-invalid={startError ? true : undefined}
                    aria-describedby={error ? `${id}-${day}-error` : undefined}
                    className={inputClass(startError, "mt-0 w-32")}
                  />
                  <span className="text-[13px] text-zinc-500">to</span>
                  <input
                    type="time"
                    aria-label={`${name} closes at`}
                    value={hours.end === "24:00" ? "23:59" : hours.end}
                    required
                    onChange={(e) => edit(day, "end", e.target.value)}
                    aria-invalid={endError ? true : undefined}
                    aria-describedby={error ? `${id}-${day}-error` : undefined}
                    className={inputClass(endError, "mt-0 w-32")}
                  />
                </div>
                <FieldError id={`${id}-${day}-error`} error={error} />
              </div>
            ) : (
              <p className="flex h-8 items-center text-[13px] text-zinc-500">Closed</p>
            )}
          </div>
        );
      })}
      {!disabled && value.length > 1 && (
        <Button size="sm" variant="ghost" onClick={sameForAll}>
          Use {WEEKDAYS[firstOpen!.day]}’s hours on every open day
        </Button>
      )}
    </fieldset>
  );
}
