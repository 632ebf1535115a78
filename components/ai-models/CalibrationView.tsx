"use client";

import { useId, useState } from "react";
import { CartesianGrid, Legend, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { TModelView } from "@/server/services/intent-models/model-view";
import { calibrationAt } from "./calibration-at";

type Metrics = NonNullable<TModelView["metrics"]>;

/**
 * Precision and coverage of the model at each confidence threshold, from cross-validated predictions on the
 * workspace's own history: ops pick a classify-intent or ai-reply threshold from data instead of guessing.
 */
export function CalibrationView({ metrics, modelName }: { metrics: Metrics; modelName: string }) {
  const [threshold, setThreshold] = useState(round2(metrics.threshold));
  const [intent, setIntent] = useState("");
  const sliderId = useId();
  const intentId = useId();
  const { curve, at, intent: one } = calibrationAt(metrics, intent, threshold);
  const data = curve.map((p) => ({ threshold: p.threshold, precision: pctNumber(p.precision), coverage: pctNumber(p.coverage) }));

  return (
    <div className="rounded-lg border border-zinc-200 bg-white p-4 shadow-xs">
      <div className="h-64" role="img" aria-label={`Precision and coverage by threshold for ${modelName}`}>
        <ResponsiveContainer width="100%" height="100%">
          <LineChart data={data} margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
            <CartesianGrid strokeDasharray="3 3" stroke="#e4e4e7" />
            <XAxis dataKey="threshold" type="number" domain={[0, 1]} tickCount={11} fontSize={11} />
            <YAxis domain={[0, 100]} unit="%" fontSize={11} />
            <Tooltip formatter={(v) => `${v}%`} labelFormatter={(t) => `Threshold ${Number(t).toFixed(2)}`} />
            <Legend />
            <ReferenceLine x={threshold} stroke="#6366f1" strokeDasharray="4 2" />
            <Line type="monotone" dataKey="precision" name="Precision" stroke="#059669" dot={false} isAnimationActive={false} />
            <Line type="monotone" dataKey="coverage" name="Coverage" stroke="#4f46e5" dot={false} isAnimationActive={false} />
          </LineChart>
        </ResponsiveContainer>
      </div>
      <div className="mt-3 flex flex-wrap items-center gap-4">
        {metrics.intentCurves.length > 0 && (
          <>
            <label htmlFor={intentId} className="text-xs font-medium text-zinc-700">
              Intent
            </label>
            <select id={intentId} value={intent} onChange={(e) => setIntent(e.target.value)} className="h-8 max-w-56 rounded-md border border-zinc-300 bg-white px-2 text-[13px]">
              <option value="">All intents</option>
              {metrics.intentCurves.map((c) => (
                <option key={c.label} value={c.label}>
                  {c.label} ({c.predicted.toLocaleString("en")})
                </option>
              ))}
            </select>
          </>
        )}
        <label htmlFor={sliderId} className="text-xs font-medium text-zinc-700">
          Threshold
        </label>
        <input id={sliderId} type="range" min={0} max={0.99} step={0.01} value={threshold} onChange={(e) => setThreshold(Number(e.target.value))} className="w-64" />
        <output htmlFor={sliderId} role="status" className="text-sm tabular-nums text-zinc-800">
          {one
            ? `At ${threshold.toFixed(2)}: of the ${one.predicted.toLocaleString("en")} tickets labelled "${one.label}", ${pct(at.coverage)} answered, ${pct(at.precision)} of those right`
            : `At ${threshold.toFixed(2)}: ${pct(at.precision)} of answered tickets right, ${pct(at.coverage)} answered`}
        </output>
      </div>
      <p className="mt-2 text-xs text-zinc-500">
        The model abstains below {metrics.threshold.toFixed(2)} ({metrics.thresholdRule}). Use a value from this curve as a classify-intent
        node&apos;s minimum confidence, or pick an intent to see its own curve and set it under &quot;Thresholds by intent&quot;
        {metrics.intentCurves.length > 0 ? " (its curve is coarser: 20 thresholds)" : ""}.
      </p>
    </div>
  );
}

const round2 = (x: number) => Math.round(x * 100) / 100;
const pctNumber = (x: number) => Math.round(x * 1000) / 10;
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
