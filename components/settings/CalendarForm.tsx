"use client";

import { useEffect, useId, useMemo, useState, type FormEvent } from "react";
import { useRouter } from "next/navigation";
import { useMutation } from "@tanstack/react-query";
import { useTRPC } from "@/components/providers/trpc-provider";
import { Button } from "@/components/ui/Button";
import { errorText } from "@/components/ui/error-text";
import { ZWorkspaceCalendarSchema, type TWorkspaceCalendar } from "@/workflows/model/calendar";
import { describedBy, errorsOf, Field, FormStatus, inputClass } from "./form-parts";
import { HolidaysEditor } from "./HolidaysEditor";
import { WeekHoursEditor } from "./WeekHoursEditor";
import { ZoneClock } from "./ZoneClock";

/**
 * The workspace calendar: business hours per day, the time zone they are read in, and holidays. Every value is
 * checked as it is typed, with the sentence next to its input; Save sends the whole calendar at once.
 */
export function CalendarForm({ initial, canEdit }: { initial: TWorkspaceCalendar; canEdit: boolean }) {
  const id = useId();
  const trpc = useTRPC();
  const router = useRouter();
  const save = useMutation(trpc.workspaceCalendar.save.mutationOptions());
  const [saved, setSaved] = useState(initial);
  const [value, setValue] = useState(initial);
  const [done, setDone] = useState<string | null>(null);
  const [tried, setTried] = useState(false);
  const zones = useTimeZones();
  const errors = useMemo(() => errorsOf(ZWorkspaceCalendarSchema, value), [value]);
  const invalid = Object.keys(errors).length;
  const dirty = JSON.stringify(value) !== JSON.stringify(saved);

  const change = (next: TWorkspaceCalendar) => {
    setValue(next);
    setDone(null);
  };

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setTried(true);
    if (invalid > 0) return;
    const stored = await save.mutateAsync(value).catch(() => null);
    if (stored === null) return;
    setSaved(stored);
    setValue(stored);
    setTried(false);
    setDone("Saved. Tickets that arrive from now on, and backtests started from now on, count with these hours.");
    router.refresh();
  }

  return (
    <form onSubmit={onSubmit} aria-label="Business hours" className="max-w-3xl space-y-6 rounded-lg bg-white p-4 ring-1 ring-zinc-200">
      <fieldset disabled={!canEdit} className="space-y-1">
        <Field
          id={`${id}-zone`}
          label="Time zone"
          error={errors.timeZone}
          hint={<ZoneClock calendar={errors.timeZone ? null : value} />}
        >
          <input
            id={`${id}-zone`}
            list={`${id}-zones`}
            value={value.timeZone}
            spellCheck={false}
            autoComplete="off"
            onChange={(e) => change({ ...value, timeZone: e.target.value })}
            className={inputClass(errors.timeZone, "max-w-sm")}
            {...describedBy(`${id}-zone`, errors.timeZone, true)}
          />
          <datalist id={`${id}-zones`}>
            {zones.map((zone) => (
              <option key={zone} value={zone} />
            ))}
          </datalist>
        </Field>
      </fieldset>
      <WeekHoursEditor
        id={`${id}-hours`}
        legend="Business hours"
        value={value.hours}
        onChange={(hours) => change({ ...value, hours })}
        errors={errors}
        path="hours"
        disabled={!canEdit}
      />
      <HolidaysEditor value={value.holidays} onChange={(holidays) => change({ ...value, holidays })} errors={errors} disabled={!canEdit} />
      {canEdit && (
        <div className="flex flex-wrap items-center gap-3 border-t border-zinc-100 pt-4">
          <Button type="submit" variant="primary" disabled={save.isPending}>
            {save.isPending ? "Saving…" : "Save business hours"}
          </Button>
          {dirty && !save.isPending && <span className="text-[13px] text-amber-700">Unsaved changes</span>}
          <FormStatus
            error={tried && invalid > 0 ? `Fix the ${invalid === 1 ? "field" : `${invalid} fields`} marked in red, then save again.` : save.error ? errorText(save.error) : null}
            done={done}
          />
        </div>
      )}
    </form>
  );
}

/** The runtime's time-zone names, read after mount so the server's and the browser's lists never disagree. */
function useTimeZones(): string[] {
  const [zones, setZones] = useState<string[]>([]);
  useEffect(() => {
    const supported = (Intl as { supportedValuesOf?: (key: string) => string[] }).supportedValuesOf;
    setZones(supported ? ["UTC", ...supported("timeZone").filter((z) => z !== "UTC")] : ["UTC"]);
  }, []);
  return zones;
}
