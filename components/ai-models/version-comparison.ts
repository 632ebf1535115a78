import type { TModelView } from "@/server/services/intent-models/model-view";

type Metrics = NonNullable<TModelView["metrics"]>;
export type THeldOutComparison = NonNullable<Metrics["heldOut"]>;

export interface TComparisonRow {
  label: string;
  candidate: number | null;
  active: number | null;
}

/** The share answered at the lowest threshold whose cross-validated precision reaches 97%; null if none does. */
export function coverageAt97(metrics: Metrics | null): number | null {
  return metrics?.curve.find((p) => p.precision >= 0.97 && p.coverage > 0)?.coverage ?? null;
}

/**
 * The newest trained version and the version it was compared with when it finished (active then), with their
 * figures side by side: cross-validated on each one's own training rows, then both on the same held-out rows.
 * Null while no version has trained; `heldOut` null for a version trained before versions were compared.
 */
export function versionComparison(models: readonly TModelView[]): {
  candidate: TModelView;
  compared: TModelView | null;
  heldOut: THeldOutComparison | null;
  rows: TComparisonRow[];
} | null {
  const candidate = models.find((m) => m.status === "ready" && m.metrics !== null);
  if (!candidate) return null;
  const heldOut = candidate.metrics!.heldOut;
  const versus = heldOut?.active ?? null;
  const compared = versus === null ? null : (models.find((m) => m.version === versus.version) ?? null);
  const rows: TComparisonRow[] = [
    { label: "Accuracy, cross-validated on its own training tickets", candidate: candidate.metrics!.crossValidatedAccuracy, active: compared?.metrics?.crossValidatedAccuracy ?? null },
    { label: "Answered at 97% precision, cross-validated", candidate: coverageAt97(candidate.metrics), active: coverageAt97(compared?.metrics ?? null) },
  ];
  if (heldOut) {
    rows.push(
      { label: "Accuracy on the held-out tickets", candidate: heldOut.score.accuracy, active: versus?.score?.accuracy ?? null },
      { label: "Answered at 97% precision on the held-out tickets", candidate: heldOut.score.coverageAt97, active: versus?.score?.coverageAt97 ?? null },
    );
  }
  return { candidate, compared, heldOut, rows };
}
