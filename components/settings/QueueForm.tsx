"use client";

import { useId, useState, type FormEvent } from "react";
import { Button } from "@/components/ui/Button";
import { errorText, fieldError } from "@/components/ui/error-text";
import { skillsOfText, ZQueueFormSchema, type TQueueForm } from "@/lib/settings/queue-schema";
import { describedBy, errorsOf, Field, FormStatus, inputClass } from "./form-parts";

/** The fields of one queue; errors show next to their field as they are typed, the server's after Save. */
export function QueueForm({
  initial,
  submitLabel,
  busy,
  serverError,
  onSubmit,
  onCancel,
  serverPrefix = "",
}: {
  initial: TQueueForm;
  /** Where the queue sits in the procedure's input ("queue." when updating), for the server's field errors. */
  serverPrefix?: string;
  submitLabel: string;
  busy: boolean;
  serverError: unknown;
  onSubmit: (queue: TQueueForm) => void;
  onCancel: () => void;
}) {
  const id = useId();
  const [name, setName] = useState(initial.name);
  const [description, setDescription] = useState(initial.description);
  const [skills, setSkills] = useState(initial.skills.join(", "));
  const [tried, setTried] = useState(false);
  const value = { name, description, skills: skillsOfText(skills) };
  const errors = errorsOf(ZQueueFormSchema, value);
  const show = (field: keyof TQueueForm, typed: boolean) => (tried || typed ? errors[field] : undefined) ?? fieldError(serverError, `${serverPrefix}${field}`);
  const nameError = show("name", name !== initial.name) ?? (isConflict(serverError) ? errorText(serverError) : undefined);
  const descriptionError = show("description", description !== initial.description);
  const skillsError = show("skills", skills !== initial.skills.join(", "));

  function submit(event: FormEvent) {
    event.preventDefault();
    setTried(true);
    if (Object.keys(errors).length === 0) onSubmit(ZQueueFormSchema.parse(value));
  }

  return (
    <form onSubmit={submit} aria-label={initial.name ? `Edit queue ${initial.name}` : "New queue"} className="grid grid-cols-1 gap-3 md:grid-cols-[14rem_1fr_16rem]">
      <Field id={`${id}-name`} label="Name" error={nameError} hint="Flows route to the queue by this name.">
        <input
          id={`${id}-name`}
          value={name}
          maxLength={60}
          required
          autoFocus
          onChange={(e) => setName(e.target.value)}
          className={inputClass(nameError)}
          {...describedBy(`${id}-name`, nameError, true)}
        />
      </Field>
      <Field id={`${id}-description`} label="Description" error={descriptionError}>
        <input
          id={`${id}-description`}
          value={description}
          maxLength={300}
          onChange={(e) => setDescription(e.target.value)}
          className={inputClass(descriptionError)}
          {...describedBy(`${id}-description`, descriptionError)}
        />
      </Field>
      <Field id={`${id}-skills`} label="Skills" error={skillsError} hint="Separate with commas: spanish, chargebacks">
        <input
          id={`${id}-skills`}
          value={skills}
          onChange={(e) => setSkills(e.target.value)}
          className={inputClass(skillsError)}
          {...describedBy(`${id}-skills`, skillsError, true)}
        />
      </Field>
      <div className="col-span-full flex items-center gap-2">
        <Button type="submit" variant="primary" disabled={busy}>
          {busy ? "Saving…" : submitLabel}
        </Button>
        <Button onClick={onCancel} disabled={busy}>
          Cancel
        </Button>
        <FormStatus error={serverError && !isConflict(serverError) && !fieldError(serverError, `${serverPrefix}name`) ? errorText(serverError) : null} />
      </div>
    </form>
  );
}

/** A refusal about the name (taken, or in use by a flow): shown under the name field. */
function isConflict(error: unknown): boolean {
  return (error as { data?: { code?: string } } | null)?.data?.code === "CONFLICT";
}
