"use client";

import { useId, useState } from "react";
import { useMutation } from "@tanstack/react-query";
import { FLOW_DESCRIPTION_MAX, FLOW_NAME_MAX, ZFlowDescriptionSchema, ZFlowNameSchema } from "@/lib/flows/flow-details";
import { useTRPC } from "@/components/providers/trpc-provider";
import { ConfirmDialog } from "@/components/ui/ConfirmDialog";
import { cx } from "@/components/ui/cx";
import { placedErrors } from "@/components/ui/error-text";
import { INPUT } from "./panels/inputs";

export interface FlowDetails {
  name: string;
  description: string | null;
}

/** Rename the flow and say what it is for; the sentences under each field say what needs fixing. */
export function FlowDetailsDialog({ flowId, details, onClose, onSaved }: { flowId: string; details: FlowDetails; onClose: () => void; onSaved: (details: FlowDetails) => void }) {
  const trpc = useTRPC();
  const update = useMutation(trpc.flows.updateDetails.mutationOptions());
  const [name, setName] = useState(details.name);
  const [description, setDescription] = useState(details.description ?? "");
  const [errors, setErrors] = useState<{ name?: string; description?: string; other?: string }>({});
  const nameId = useId();
  const descriptionId = useId();

  const submit = async () => {
    const checkedName = ZFlowNameSchema.safeParse(name);
    const checkedDescription = ZFlowDescriptionSchema.safeParse(description);
    if (!checkedName.success || !checkedDescription.success) {
      setErrors({ name: checkedName.error?.issues[0]?.message, description: checkedDescription.error?.issues[0]?.message });
      return;
    }
    setErrors({});
    try {
      const saved = await update.mutateAsync({ flowId, name: checkedName.data, description: checkedDescription.data });
      onSaved({ name: saved.name, description: saved.description });
    } catch (e) {
      setErrors(placedErrors(e, ["name", "description"]));
    }
  };

  return (
    <ConfirmDialog
      open
      onClose={onClose}
      onConfirm={() => void submit()}
      busy={update.isPending}
      title="Flow name and description"
      description="The name shows in the flows list, backtests and the audit log; no two flows share one."
      error={errors.other ?? null}
      confirmLabel="Save"
      busyLabel="Saving…"
    >
      <label htmlFor={nameId} className="block text-[11px] font-medium text-zinc-600">
        Name
      </label>
      <input
        id={nameId}
        className={cx(INPUT, errors.name && "border-red-400")}
        value={name}
        maxLength={FLOW_NAME_MAX + 20}
        aria-invalid={errors.name !== undefined}
        aria-describedby={errors.name ? `${nameId}-error` : undefined}
        onChange={(e) => setName(e.target.value)}
        autoFocus
      />
      {errors.name && (
        <p id={`${nameId}-error`} role="alert" className="text-[11px] text-red-600">
          {errors.name}
        </p>
      )}
      <label htmlFor={descriptionId} className="block text-[11px] font-medium text-zinc-600">
        Description (optional)
      </label>
      <textarea
        id={descriptionId}
        className={cx(INPUT, "h-20 py-1", errors.description && "border-red-400")}
        value={description}
        maxLength={FLOW_DESCRIPTION_MAX + 20}
        placeholder="What this flow does, e.g. Sends billing questions to the billing team first."
        aria-invalid={errors.description !== undefined}
        onChange={(e) => setDescription(e.target.value)}
      />
      {errors.description && (
        <p role="alert" className="text-[11px] text-red-600">
          {errors.description}
        </p>
      )}
    </ConfirmDialog>
  );
}
