"use client";

import { useId, useState, type FormEvent } from "react";
import { Button } from "@/components/ui/Button";
import { errorText, fieldError } from "@/components/ui/error-text";
import { MAX_AGENT_CAPACITY, ZAgentFormSchema, type TAgentForm } from "@/lib/settings/agent-schema";
import { skillsOfText } from "@/lib/settings/queue-schema";
import { DEFAULT_WEEK_HOURS, type TWeekHours } from "@/workflows/model/calendar";
import { describedBy, errorsOf, Field, FormStatus, inputClass } from "./form-parts";
import { WeekHoursEditor } from "./WeekHoursEditor";

/** An agent's details, skills, capacity, queue and working hours; each error next to its field as it is typed. */
export function AgentForm({
  initial,
  queues,
  submitLabel,
  busy,
  serverError,
  serverPrefix = "",
  onSubmit,
  onCancel,
}: {
  initial: TAgentForm;
  queues: Array<{ id: string; name: string }>;
  submitLabel: string;
  busy: boolean;
  serverError: unknown;
  /** Where the agent sits in the procedure's input ("agent." when updating), for the server's field errors. */
  serverPrefix?: string;
  onSubmit: (agent: TAgentForm) => void;
  onCancel: () => void;
}) {
  const id = useId();
  const [name, setName] = useState(initial.name);
  const [email, setEmail] = useState(initial.email);
  const [skills, setSkills] = useState(initial.skills.join(", "));
  const [capacity, setCapacity] = useState(String(initial.capacity));
  const [queueId, setQueueId] = useState(initial.queueId ?? "");
  const [ownHours, setOwnHours] = useState<TWeekHours | null>(initial.workingHours);
  const [lastOwnHours, setLastOwnHours] = useState<TWeekHours>(initial.workingHours ?? DEFAULT_WEEK_HOURS);
  const [tried, setTried] = useState(false);

  const value = {
    name,
    email,
    skills: skillsOfText(skills),
    capacity: capacity.trim() === "" ? Number.NaN : Number(capacity),
    workingHours: ownHours,
    queueId: queueId === "" ? null : queueId,
  };
  const errors = errorsOf(ZAgentFormSchema, value);
  const show = (field: string, typed: boolean) => (tried || typed ? errors[field] : undefined) ?? fieldError(serverError, `${serverPrefix}${field}`);
  const nameError = show("name", name !== initial.name);
  const emailError = show("email", email !== initial.email) ?? (isConflict(serverError) ? errorText(serverError) : undefined);
  const skillsError = show("skills", skills !== initial.skills.join(", "));
  const capacityError = show("capacity", capacity !== String(initial.capacity));

  function submit(event: FormEvent) {
    event.preventDefault();
    setTried(true);
    if (Object.keys(errors).length === 0) onSubmit(ZAgentFormSchema.parse(value));
  }

  return (
    <form onSubmit={submit} aria-label={initial.name ? `Edit agent ${initial.name}` : "New agent"} className="space-y-4">
      <div className="grid grid-cols-1 gap-3 md:grid-cols-3">
        <Field id={`${id}-name`} label="Name" error={nameError}>
          <input id={`${id}-name`} value={name} maxLength={120} required autoFocus onChange={(e) => setName(e.target.value)} className={inputClass(nameError)} {...describedBy(`${id}-name`, nameError)} />
        </Field>
        <Field id={`${id}-email`} label="Email" error={emailError}>
          <input id={`${id}-email`} type="email" value={email} required onChange={(e) => setEmail(e.target.value)} className={inputClass(emailError)} {...describedBy(`${id}-email`, emailError)} />
        </Field>
        <Field id={`${id}-queue`} label="Queue">
          <select id={`${id}-queue`} value={queueId} onChange={(e) => setQueueId(e.target.value)} className={inputClass(undefined)}>
            <option value="">No queue</option>
            {queues.map((q) => (
              <option key={q.id} value={q.id}>
                {q.name}
              </option>
            ))}
          </select>
        </Field>
        <Field id={`${id}-skills`} label="Skills" error={skillsError} hint="Separate with commas: spanish, chargebacks" className="md:col-span-2">
          <input id={`${id}-skills`} value={skills} onChange={(e) => setSkills(e.target.value)} className={inputClass(skillsError)} {...describedBy(`${id}-skills`, skillsError, true)} />
        </Field>
        <Field id={`${id}-capacity`} label="Capacity (most open tickets at once)" error={capacityError}>
          <input
            id={`${id}-capacity`}
            type="number"
            inputMode="numeric"
            min={1}
            max={MAX_AGENT_CAPACITY}
            step={1}
            value={capacity}
            onChange={(e) => setCapacity(e.target.value)}
            className={inputClass(capacityError, "max-w-32")}
            {...describedBy(`${id}-capacity`, capacityError)}
          />
        </Field>
      </div>
      <fieldset className="space-y-2">
        <legend className="text-[13px] font-medium text-zinc-700">Working hours</legend>
        <div className="flex gap-4 text-[13px] text-zinc-800">
          <label className="flex items-center gap-2">
            <input
              type="radio"
              name={`${id}-hours`}
              checked={ownHours === null}
              onChange={() => {
                if (ownHours !== null) setLastOwnHours(ownHours);
                setOwnHours(null);
              }}
            />
            The workspace’s business hours
          </label>
          <label className="flex items-center gap-2">
            <input type="radio" name={`${id}-hours`} checked={ownHours !== null} onChange={() => setOwnHours(lastOwnHours)} />
            Own hours
          </label>
        </div>
        {ownHours !== null && (
          <WeekHoursEditor id={`${id}-week`} legend="Own working hours" value={ownHours} onChange={setOwnHours} errors={tried || ownHours !== initial.workingHours ? errors : {}} path="workingHours" />
        )}
      </fieldset>
      <div className="flex items-center gap-2">
        <Button type="submit" variant="primary" disabled={busy}>
          {busy ? "Saving…" : submitLabel}
        </Button>
        <Button onClick={onCancel} disabled={busy}>
          Cancel
        </Button>
        <FormStatus
          error={
            tried && Object.keys(errors).length > 0
              ? "Fix the fields marked in red, then save again."
              : serverError && !isConflict(serverError)
                ? errorText(serverError)
                : null
          }
        />
      </div>
    </form>
  );
}

function isConflict(error: unknown): boolean {
  return (error as { data?: { code?: string } } | null)?.data?.code === "CONFLICT";
}
