import "server-only";
import { createHash } from "node:crypto";
import { z } from "zod";
import type { TIntentModel } from "./model";

/**
 * Binary form of a model, for the database: a small JSON header (labels, settings, calibration, curve) followed by
 * the typed arrays, little-endian. Compact (no JSON numbers for the weights) and exact: predictions are identical
 * after a round trip.
 */
// Format 4 adds the sentence encoder's part (float32 [class][dim] weights and biases, after the network's arrays);
// format 3 (the hidden-layer network: int8 embedding rows with scales, float32 rest) is still read, as a model
// without the encoder. Format 2 (int8 weights with per-row scales, linear model only) is refused, so such a model
// falls back to the baseline until retrained; format 1 (float32 weights) was never released beyond development.
// Format 5 adds the unfamiliar-text check (familiarity.ts: float32 [class][dim] centroids, after the encoder's
// arrays, and its threshold in the header); it needs the encoder's part.
const MAGIC = { 3: "INTENT3\n", 4: "INTENT4\n", 5: "INTENT5\n" } as const;
const MAGIC_LENGTH = 8;

const ZIntentModelHeaderSchema = z.object({
  formatVersion: z.union([z.literal(3), z.literal(4), z.literal(5)]),
  classes: z.array(z.string()).min(2),
  abstainLabel: z.string().nullable(),
  features: z.object({
    hashBits: z.number().int().min(8).max(24),
    wordMaxN: z.number().int().min(1),
    charMinN: z.number().int().min(1),
    charMaxN: z.number().int().min(1),
    wordWeight: z.number(),
    charWeight: z.number(),
    skipBigrams: z.boolean(),
    stem: z.boolean(),
    charScope: z.enum(["word", "text"]),
  }),
  unseenIdf: z.number(),
  temperature: z.number().positive(),
  mlp: z.object({ hidden: z.number().int().min(0), weight: z.number().min(0).max(1), temperature: z.number().positive() }),
  encoder: z
    .object({ name: z.string(), dim: z.number().int().positive(), weight: z.number().min(0).max(1), gate: z.number().positive(), temperature: z.number().positive() })
    .nullable()
    .default(null),
  familiarity: z
    .object({ threshold: z.number(), rule: z.string(), heldOutFlagged: z.number(), inScopeFlagged: z.number() })
    .nullable()
    .default(null),
  threshold: z.number().min(0).max(1),
  thresholdRule: z.string(),
  curve: z.array(
    z.object({
      threshold: z.number(),
      precision: z.number(),
      coverage: z.number(),
      oosRejected: z.number().optional(),
      inScopeAccuracy: z.number().optional(),
    }),
  ),
  trainedOn: z.object({ rows: z.number().int(), folds: z.number().int(), seed: z.number() }),
  lengths: z.object({ buckets: z.number().int(), weights: z.number().int() }),
});

export function serializeIntentModel(model: TIntentModel): Buffer {
  // The per-intent curves are a training report (the model's metrics hold them), not needed to predict.
  const { buckets, idf, rowScales, bias, weights, mlp, encoder, familiarity: anyFamiliarity, intentCurves: _report, ...rest } = model;
  const { embed, embedScales, hiddenBias, out, outBias, ...mlpHeader } = mlp;
  const { weights: encoderWeights, bias: encoderBias, ...encoderHeader } = encoder ?? { weights: new Float32Array(0), bias: new Float32Array(0) };
  const familiarity = encoder ? (anyFamiliarity ?? null) : null;
  const { centroids, ...familiarityHeader } = familiarity ?? { centroids: new Float32Array(0) };
  const formatVersion = familiarity ? 5 : encoder ? 4 : 3;
  const header = Buffer.from(
    JSON.stringify({
      ...rest,
      formatVersion,
      mlp: mlpHeader,
      ...(encoder ? { encoder: encoderHeader } : {}),
      ...(familiarity ? { familiarity: familiarityHeader } : {}),
      lengths: { buckets: buckets.length, weights: weights.length },
    }),
    "utf8",
  );
  const length = Buffer.alloc(4);
  length.writeUInt32LE(header.length);
  const parts: Buffer[] = [Buffer.from(MAGIC[formatVersion], "latin1"), length, header];
  const pad = (8 - ((MAGIC_LENGTH + 4 + header.length) % 8)) % 8;
  parts.push(Buffer.alloc(pad));
  for (const array of [buckets, idf, rowScales, bias, weights, embed, embedScales, hiddenBias, out, outBias, encoderWeights, encoderBias, centroids]) {
    parts.push(Buffer.from(array.buffer, array.byteOffset, array.byteLength));
  }
  return Buffer.concat(parts);
}

export class IntentModelFormatError extends Error {}

export function deserializeIntentModel(data: Uint8Array): TIntentModel {
  const buf = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  const magic = buf.subarray(0, MAGIC_LENGTH).toString("latin1");
  if (magic !== MAGIC[3] && magic !== MAGIC[4] && magic !== MAGIC[5]) {
    throw new IntentModelFormatError(
      magic.startsWith("INTENT") ? `Intent model format ${magic.trim()} is not supported by this version; retrain the model.` : "Not an intent model (bad magic).",
    );
  }
  const headerLength = buf.readUInt32LE(MAGIC_LENGTH);
  const headerStart = MAGIC_LENGTH + 4;
  const parsed = ZIntentModelHeaderSchema.safeParse(JSON.parse(buf.subarray(headerStart, headerStart + headerLength).toString("utf8")));
  if (!parsed.success) throw new IntentModelFormatError(`Intent model header is invalid: ${parsed.error.message}`);
  const { lengths, ...header } = parsed.data;
  let offset = headerStart + headerLength;
  offset += (8 - (offset % 8)) % 8;
  // Copy out of the buffer: it may not be aligned for typed-array views, and the model should not pin it.
  const take = <T extends Int32Array | Float32Array | Int8Array>(Ctor: { new (b: ArrayBuffer): T; BYTES_PER_ELEMENT: number }, count: number): T => {
    const bytes = count * Ctor.BYTES_PER_ELEMENT;
    if (offset + bytes > buf.length) throw new IntentModelFormatError("Intent model data is truncated.");
    const copy = new Uint8Array(bytes);
    copy.set(buf.subarray(offset, offset + bytes));
    offset += bytes;
    return new Ctor(copy.buffer);
  };
  const buckets = take(Int32Array, lengths.buckets);
  const idf = take(Float32Array, lengths.buckets);
  const rowScales = take(Float32Array, lengths.buckets);
  const bias = take(Float32Array, header.classes.length);
  const weights = take(Int8Array, lengths.weights);
  if (weights.length !== buckets.length * header.classes.length) throw new IntentModelFormatError("Intent model weights do not match its buckets and classes.");
  const H = header.mlp.hidden;
  const stored = H > 0 ? buckets.length : 0;
  const mlp = {
    ...header.mlp,
    embed: take(Int8Array, stored * H),
    embedScales: take(Float32Array, stored),
    hiddenBias: take(Float32Array, H),
    out: take(Float32Array, H * header.classes.length),
    outBias: take(Float32Array, H > 0 ? header.classes.length : 0),
  };
  const encoder = header.encoder
    ? { ...header.encoder, weights: take(Float32Array, header.classes.length * header.encoder.dim), bias: take(Float32Array, header.classes.length) }
    : null;
  const familiarity =
    header.familiarity && encoder ? { ...header.familiarity, centroids: take(Float32Array, header.classes.length * encoder.dim) } : null;
  if (offset !== buf.length) throw new IntentModelFormatError("Intent model data has trailing bytes.");
  return { ...header, mlp, encoder, familiarity, buckets, idf, rowScales, bias, weights };
}

/** Content hash of the serialized model: the model's version, so a backtest can name exactly the model it used. */
export function modelFingerprint(model: TIntentModel): string {
  return createHash("sha256").update(serializeIntentModel(model)).digest("hex").slice(0, 16);
}
