import type { ActivityOutcome, StepOutcome } from "../../interpret/step-kit";

/**
 * Effects (escalate, notify, update, survey) run as activities. Success adds no trace line (the line
 * written when the effect was asked for says what it does); a failure that reaches the flow is one that can never
 * succeed (the infrastructure's are waited out by the driver): it is traced and the flow carries on.
 */
export function resumeEffect(decision: string, outcome: ActivityOutcome): StepOutcome {
  return outcome.ok
    ? { kind: "go", handle: "next", decision, reason: "Done", quiet: true }
    : { kind: "go", handle: "next", decision: "failed", reason: `Failed: ${outcome.error}` };
}

/** The resume of a kind whose activity only acts: `phase` is what the step did ("updated", "notified"…). */
export function resumeAfterEffect(_node: unknown, _ctx: unknown, phase: string, outcome: ActivityOutcome): StepOutcome {
  return resumeEffect(phase, outcome);
}
