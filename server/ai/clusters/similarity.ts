import "server-only";
import type { TSparseRows } from "../intent/features";

/** Pairwise cosine similarities of n dense rows of `dim` values, row-major n×n (upper triangle and diagonal filled). */
export function denseCosine(values: Float32Array, n: number, dim: number): Float32Array {
  if (values.length !== n * dim) throw new Error(`denseCosine: expected ${n * dim} values, got ${values.length}`);
  const norms = new Float64Array(n);
  for (let i = 0; i < n; i++) norms[i] = Math.sqrt(dot(values, i * dim, values, i * dim, dim)) || 1;
  const out = new Float32Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let j = i; j < n; j++) out[i * n + j] = dot(values, i * dim, values, j * dim, dim) / (norms[i]! * norms[j]!);
  }
  return out;
}

function dot(a: Float32Array, at: number, b: Float32Array, bt: number, dim: number): number {
  let s = 0;
  for (let k = 0; k < dim; k++) s += a[at + k]! * b[bt + k]!;
  return s;
}

/**
 * Pairwise cosine similarities of sparse rows (indices below `dim`), as denseCosine lays them out. Each row is
 * scattered once into a dense scratch array and dotted with the rows after it, so the cost is n² times a row's
 * terms rather than n² times the hashed space.
 */
export function sparseCosine(rows: TSparseRows, dim: number): Float32Array {
  const n = rows.offsets.length - 1;
  const norms = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let s = 0;
    for (let k = rows.offsets[i]!; k < rows.offsets[i + 1]!; k++) s += rows.values[k]! * rows.values[k]!;
    norms[i] = Math.sqrt(s) || 1;
  }
  const scratch = new Float64Array(dim);
  const out = new Float32Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let k = rows.offsets[i]!; k < rows.offsets[i + 1]!; k++) scratch[rows.indices[k]!]! += rows.values[k]!;
    for (let j = i; j < n; j++) {
      let s = 0;
      for (let k = rows.offsets[j]!; k < rows.offsets[j + 1]!; k++) s += scratch[rows.indices[k]!]! * rows.values[k]!;
      out[i * n + j] = s / (norms[i]! * norms[j]!);
    }
    for (let k = rows.offsets[i]!; k < rows.offsets[i + 1]!; k++) scratch[rows.indices[k]!] = 0;
  }
  return out;
}
