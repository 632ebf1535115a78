"use client";

import type { TModelView } from "@/server/services/intent-models/model-view";
import { Button } from "@/components/ui/Button";
import { Note } from "@/components/ui/Note";
import { Section } from "@/components/ui/Section";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/Table";
import { cx } from "@/components/ui/cx";
import { versionComparison, type THeldOutComparison } from "./version-comparison";

const pct = (x: number | null) => (x === null ? "—" : `${(x * 100).toFixed(1)}%`);

/**
 * The newest version against the one that was active when it finished training: cross-validated figures side by
 * side, then both scored on the same held-out rows, and what was decided (made active, or not and why), with the
 * button for a person who decides otherwise.
 */
export function HeldOutComparison({ models, canTrain, activating, onActivate }: { models: TModelView[]; canTrain: boolean; activating: number | null; onActivate: (version: number) => void }) {
  const comparison = versionComparison(models);
  if (comparison === null) return null;
  const { candidate, compared, heldOut, rows } = comparison;
  const versus = heldOut?.active ?? null;
  const activateButton = canTrain && candidate.status === "ready" && !candidate.active && (
    <div className="mt-3">
      <Button onClick={() => onActivate(candidate.version)} disabled={activating !== null}>
        {activating === candidate.version ? "Activating…" : `Make v${candidate.version} active`}
      </Button>
    </div>
  );
  if (heldOut === null) {
    return (
      <Section title="Comparison with the active version">
        <Note>
          v{candidate.version}, the newest version, was trained before versions were compared on held-out tickets, so it may have learnt from every ticket. The
          next training leaves those tickets out and is compared with the active version on them.
        </Note>
        {activateButton}
      </Section>
    );
  }
  return (
    <Section title={`v${candidate.version} against the active version`} aside={`${heldOut.score.rows.toLocaleString("en")} held-out tickets`}>
      <Note>
        Every version leaves out the same tickets, about {heldOut.percent}% of the history chosen by ticket id, and is scored on them when it finishes training,
        against the version active at that moment, with the labels as they are then (agents&apos; corrections included).
      </Note>
      <Table aria-label="Version comparison">
        <THead>
          <TR>
            <TH>Figure</TH>
            <TH className="text-right">v{candidate.version} (new)</TH>
            {versus && (
              <TH className="text-right">
                v{versus.version} ({compared?.active ? "active" : "active then"}
                {versus.sawHeldOut ? ", trained on the held-out tickets" : ""})
              </TH>
            )}
          </TR>
        </THead>
        <TBody>
          {rows.map((r) => (
            <TR key={r.label}>
              <TD>{r.label}</TD>
              <TD className="text-right tabular-nums">{pct(r.candidate)}</TD>
              {versus && <TD className="text-right tabular-nums">{pct(r.active)}</TD>}
            </TR>
          ))}
        </TBody>
      </Table>
      <Decision heldOut={heldOut} candidate={candidate} />
      {activateButton}
    </Section>
  );
}

/** What the comparison decided, in a sentence: "Made active: 3.1 points better, margin 2". */
function Decision({ heldOut, candidate }: { heldOut: THeldOutComparison; candidate: TModelView }) {
  const { decision } = heldOut;
  const madeActive = decision.activate;
  const later = !madeActive && candidate.active ? " A person made it active afterwards." : "";
  return (
    <p
      role="status"
      aria-label="Activation decision"
      className={cx("mt-3 rounded-md px-3 py-2 text-[13px] ring-1 ring-inset", madeActive ? "bg-emerald-50 text-emerald-900 ring-emerald-200" : "bg-amber-50 text-amber-900 ring-amber-200")}
    >
      <span className="font-medium">{madeActive ? `v${candidate.version} was made active` : `v${candidate.version} was not made active`}:</span> {decision.reason}.
      {later}
    </p>
  );
}
