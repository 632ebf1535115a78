"use client";

import type { TModelView } from "@/server/services/intent-models/model-view";
import { HeldOutComparison } from "./HeldOutComparison";
import { RetrainPolicyForm } from "./RetrainPolicyForm";

/** The newest version against the active one on the held-out tickets, and the schedule and margin that decide retraining. */
export function Retraining(props: { models: TModelView[]; canTrain: boolean; activating: number | null; onActivate: (version: number) => void }) {
  return (
    <>
      <HeldOutComparison {...props} />
      <RetrainPolicyForm />
    </>
  );
}
