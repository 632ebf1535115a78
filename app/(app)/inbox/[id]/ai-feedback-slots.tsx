import type { ReactNode } from "react";
import { api } from "@/composition/rsc-caller";
import { load } from "@/server/api/load";
import { can } from "@/lib/auth/roles";
import { requireUser } from "@/server/auth/page-guard";
import { AiFeedbackControl } from "@/components/tickets/AiFeedbackControl";

/**
 * The feedback control under each AI message of a ticket: its flags, and the form for roles that may flag.
 * The corrected-intent choices are the labels the workspace's classifier answers with (the unsure label left out:
 * a ticket is never really about "unknown").
 */
export async function aiFeedbackSlots(ticketId: string, messages: Array<{ id: string; author: string }>): Promise<Record<string, ReactNode>> {
  const ai = messages.filter((m) => m.author === "ai");
  if (ai.length === 0) return {};
  const user = await requireUser();
  const [flags, labels] = await Promise.all([load(() => api.tickets.aiFeedback({ ticketId })), load(() => api.aiModels.intentLabels())]);
  // The conversation still shows when the flags cannot be read; only the control is left out.
  if (!flags.ok) return {};
  const intentLabels = labels.ok ? labels.data.labels.filter((l) => l !== "unknown") : [];
  return Object.fromEntries(
    ai.map((m) => [
      m.id,
      <AiFeedbackControl key={m.id} ticketId={ticketId} messageId={m.id} initial={flags.data} intentLabels={intentLabels} canFlag={can(user.role, "tickets.feedback")} />,
    ]),
  );
}
