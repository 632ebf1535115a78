import "server-only";
/**
 * Weights as int8 with one float scale per feature row: a quarter of the float32 size, so a model of 150 categories
 * stays a few megabytes in the database. The model keeps the quantised form itself, so what is stored is exactly
 * what predicts (no drift between a trained model and its reloaded copy).
 */
export function quantizeRows(weights: Float32Array, classes: number): { weights: Int8Array; rowScales: Float32Array } {
  const rows = weights.length / classes;
  const q = new Int8Array(weights.length);
  const rowScales = new Float32Array(rows);
  for (let r = 0; r < rows; r++) {
    let max = 0;
    for (let c = 0; c < classes; c++) max = Math.max(max, Math.abs(weights[r * classes + c]!));
    const scale = max / 127;
    rowScales[r] = scale;
    if (scale === 0) continue;
    for (let c = 0; c < classes; c++) q[r * classes + c] = Math.round(weights[r * classes + c]! / scale);
  }
  return { weights: q, rowScales };
}
