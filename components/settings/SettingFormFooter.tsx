"use client";

import { Button } from "@/components/ui/Button";
import { errorText } from "@/components/ui/error-text";
import { FormStatus } from "./form-parts";

/**
 * The end of a connection's or data source's form: whether it is turned on (and what that means for this kind of
 * setting), then save, cancel and the server's answer. A server error already placed on its fields is only pointed at.
 */
export function SettingFormFooter(props: {
  enabled: boolean;
  onEnabled: (enabled: boolean) => void;
  enabledHelp: string;
  busy: boolean;
  submitLabel: string;
  onCancel?: () => void;
  serverError: unknown;
  placed: boolean;
}) {
  const { busy, serverError } = props;
  return (
    <>
      <label className="flex items-start gap-2 text-[13px] text-zinc-800">
        <input type="checkbox" className="mt-0.5" checked={props.enabled} onChange={(e) => props.onEnabled(e.target.checked)} />
        <span>
          <span className="font-medium">Turned on</span>
          <span className="block text-xs text-zinc-500">{props.enabledHelp}</span>
        </span>
      </label>
      <div className="flex flex-wrap items-center gap-2">
        <Button type="submit" variant="primary" disabled={busy}>
          {busy ? "Saving…" : props.submitLabel}
        </Button>
        {props.onCancel && (
          <Button onClick={props.onCancel} disabled={busy}>
            Cancel
          </Button>
        )}
        <FormStatus error={serverError ? (props.placed ? "Fix the fields marked in red, then save again." : errorText(serverError)) : null} />
      </div>
    </>
  );
}
