"use client";

import type { TModelView } from "@/server/services/intent-models/model-view";
import { Badge } from "@/components/ui/Badge";
import { Button } from "@/components/ui/Button";
import { DateTime } from "@/components/ui/DateTime";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/Table";

/** The model versions: figures, who trained them, which one is active, and the switch to another. */
export function ModelsTable({ models, canTrain, activating, onActivate, onShow }: { models: TModelView[]; canTrain: boolean; activating: number | null; onActivate: (version: number) => void; onShow: (version: number) => void }) {
  return (
    <Table aria-label="Intent model versions">
      <THead>
        <tr>
          <TH>Version</TH>
          <TH>Status</TH>
          <TH className="text-right">Categories</TH>
          <TH className="text-right">Tickets</TH>
          <TH className="text-right">CV accuracy</TH>
          <TH className="text-right">Abstains below</TH>
          <TH>Sentence encoder</TH>
          <TH>Trained by</TH>
          <TH>Finished (UTC)</TH>
          <TH />
        </tr>
      </THead>
      <TBody>
        {models.map((m) => (
          <TR key={m.version}>
            <TD className="font-medium">
              v{m.version} <span className="text-xs font-normal text-zinc-500">{m.name}</span>
            </TD>
            <TD>
              <StatusBadge model={m} />
              {m.error && <p className="mt-1 max-w-64 text-xs text-rose-700">{m.error}</p>}
            </TD>
            <TD className="text-right tabular-nums">{m.labels || "—"}</TD>
            <TD className="text-right tabular-nums">{m.trainedOn ? m.trainedOn.toLocaleString("en") : "—"}</TD>
            <TD className="text-right tabular-nums">{m.metrics?.crossValidatedAccuracy != null ? `${(m.metrics.crossValidatedAccuracy * 100).toFixed(1)}%` : "—"}</TD>
            <TD className="text-right tabular-nums">{m.metrics ? m.metrics.threshold.toFixed(2) : "—"}</TD>
            <TD className="text-xs text-zinc-600">{m.metrics ? <EncoderCell encoder={m.metrics.encoder} /> : "—"}</TD>
            <TD>{m.author}</TD>
            <TD>
              <DateTime value={m.finishedAt} />
            </TD>
            <TD className="whitespace-nowrap text-right">
              {m.metrics && (
                <Button size="sm" variant="ghost" onClick={() => onShow(m.version)}>
                  Calibration
                </Button>
              )}
              {canTrain && m.status === "ready" && !m.active && (
                <Button size="sm" onClick={() => onActivate(m.version)} disabled={activating !== null}>
                  {activating === m.version ? "Activating…" : "Make active"}
                </Button>
              )}
            </TD>
          </TR>
        ))}
      </TBody>
    </Table>
  );
}

/** Whether the version uses the sentence encoder, and for which texts; or why not. */
function EncoderCell({ encoder }: { encoder: NonNullable<TModelView["metrics"]>["encoder"] }) {
  if (encoder === null) return <span title="Trained without the sentence encoder (not installed: npm run encoder:install)">none</span>;
  if (encoder.weight === 0) return <span title="Trained with the encoder, and left out: the n-grams alone did as well in cross-validation">not needed</span>;
  const when = encoder.gate === null || encoder.gate > 1 ? "every ticket" : `tickets below ${encoder.gate.toFixed(2)} confidence`;
  return (
    <span title={`Mixed with the n-gram model for ${when}`}>
      {encoder.name} <span className="text-zinc-500">({when})</span>
    </span>
  );
}

function StatusBadge({ model }: { model: TModelView }) {
  if (model.active) return <Badge tone="green">active</Badge>;
  if (model.status === "failed" && model.interrupted) return <Badge tone="amber">interrupted</Badge>;
  return <Badge tone={model.status === "failed" ? "red" : model.status === "training" ? "blue" : "neutral"}>{model.status}</Badge>;
}
