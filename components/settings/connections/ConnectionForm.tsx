"use client";

import { useId, useState, type FormEvent } from "react";
import { Button } from "@/components/ui/Button";
import { fieldError } from "@/components/ui/error-text";
import { describedBy, Field, inputClass } from "../form-parts";
import { SettingFormFooter } from "../SettingFormFooter";
import { CopyButton } from "./CopyButton";
import type { TConnectionKindOption } from "./types";

export interface TConnectionFormValues {
  name: string;
  enabled: boolean;
  settings: Record<string, string>;
  secrets: Record<string, string>;
}

/**
 * A connection's name, whether it is on, and the helpdesk's own fields. Secrets are password inputs that start
 * empty: once saved they are never sent back, and leaving one empty keeps it.
 */
export function ConnectionForm({
  kind,
  initial,
  secretsSet,
  submitLabel,
  busy,
  serverError,
  onSubmit,
  onCancel,
}: {
  kind: TConnectionKindOption;
  initial: { name: string; enabled: boolean; settings: Record<string, unknown> };
  /** Which secrets are saved already (an update); empty for a new connection. */
  secretsSet: Record<string, boolean>;
  submitLabel: string;
  busy: boolean;
  serverError: unknown;
  onSubmit: (values: TConnectionFormValues) => void;
  onCancel?: () => void;
}) {
  const id = useId();
  const [name, setName] = useState(initial.name);
  const [enabled, setEnabled] = useState(initial.enabled);
  const [values, setValues] = useState<Record<string, string>>(() =>
    Object.fromEntries(kind.fields.map((f) => [f.key, f.secret ? "" : textOf(initial.settings[f.key])])),
  );
  const [tried, setTried] = useState(false);
  // Generated secrets are shown until saved, so the admin can copy them into the helpdesk; typed ones stay hidden.
  const [shown, setShown] = useState<ReadonlySet<string>>(new Set());
  const nameError = (tried || name !== initial.name) && name.trim() === "" ? "Give the connection a name." : fieldError(serverError, "name");
  const placed = ["name", ...kind.fields.map((f) => `${f.secret ? "secrets" : "settings"}.${f.key}`)].some((path) => fieldError(serverError, path));

  function submit(event: FormEvent) {
    event.preventDefault();
    setTried(true);
    if (name.trim() === "") return;
    const pick = (secret: boolean) => Object.fromEntries(kind.fields.filter((f) => f.secret === secret).map((f) => [f.key, values[f.key] ?? ""]));
    onSubmit({ name: name.trim(), enabled, settings: pick(false), secrets: pick(true) });
  }

  return (
    <form onSubmit={submit} aria-label={initial.name ? `Edit connection ${initial.name}` : `New ${kind.title} connection`} className="space-y-4">
      <div className="grid grid-cols-1 gap-3 md:grid-cols-2">
        <Field id={`${id}-name`} label="Name" error={nameError} hint="How the studio names this connection in its lists and settings, e.g. “Acme support desk”.">
          <input id={`${id}-name`} value={name} maxLength={80} required autoFocus={!initial.name} onChange={(e) => setName(e.target.value)} className={inputClass(nameError)} {...describedBy(`${id}-name`, nameError, true)} />
        </Field>
        {kind.fields.map((field) => {
          const inputId = `${id}-${field.key}`;
          const error = fieldError(serverError, `${field.secret ? "secrets" : "settings"}.${field.key}`);
          const saved = field.secret && secretsSet[field.key] === true;
          const hint = saved ? "Saved — leave empty to keep it, or type a new one to replace it." : field.help;
          const value = values[field.key] ?? "";
          return (
            <Field key={field.key} id={inputId} label={field.label} error={error} hint={hint}>
              <input
                id={inputId}
                type={field.secret && !shown.has(field.key) ? "password" : "text"}
                autoComplete={field.secret ? "new-password" : "off"}
                spellCheck={false}
                value={value}
                placeholder={saved ? "saved — leave empty to keep" : field.placeholder}
                onChange={(e) => setValues((v) => ({ ...v, [field.key]: e.target.value }))}
                className={inputClass(error)}
                {...describedBy(inputId, error, hint !== undefined)}
              />
              {field.generated && (
                <span className="mt-1 flex flex-wrap items-center gap-2">
                  <Button
                    size="sm"
                    onClick={() => {
                      setValues((v) => ({ ...v, [field.key]: randomSecret() }));
                      setShown((s) => new Set(s).add(field.key));
                    }}
                  >
                    Generate {field.label.toLowerCase()}
                  </Button>
                  {shown.has(field.key) && value !== "" && <CopyButton text={value} what={field.label.toLowerCase()} />}
                </span>
              )}
            </Field>
          );
        })}
      </div>
      <SettingFormFooter
        enabled={enabled}
        onEnabled={setEnabled}
        enabledHelp="Tickets from this helpdesk start flows, and the flows’ replies, notes and assignments are sent to it."
        busy={busy}
        submitLabel={submitLabel}
        onCancel={onCancel}
        serverError={serverError}
        placed={placed}
      />
    </form>
  );
}

/** 32 random bytes, base64url: long enough for any helpdesk's shared-secret rule. */
function randomSecret(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(32));
  return btoa(String.fromCharCode(...bytes)).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

function textOf(value: unknown): string {
  return value === undefined || value === null ? "" : String(value);
}
