import "server-only";
import { readFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import { ENCODER, installedEncoderFiles, type TEncoderFiles } from "./encoder-files";
import { inThreadRunner, type OnnxRunner, type TOnnxSessionOptions } from "./onnx-runner";
import { WordPieceTokenizer } from "./wordpiece";

/** Turns texts into unit-length vectors whose dot product says how alike they mean. */
export interface SentenceEncoder {
  readonly name: string;
  readonly dim: number;
  /** One row of `dim` floats per text, in order. */
  embed(texts: readonly string[]): Promise<Float32Array>;
}

/**
 * Tokens per text: a ticket's intent is in its first sentences, and attention costs grow with the square of the
 * length. 128 WordPiece tokens is about 100 words.
 */
export const MAX_TOKENS = 128;
/** Texts per ONNX run: on 2 cores, batches of 16 and 64 Banking77 texts ran at the same rate, 256 a quarter slower. */
const BATCH = 32;

/**
 * all-MiniLM-L6-v2 through ONNX Runtime: WordPiece ids in, token vectors out, mean-pooled over the real tokens and
 * normalised (the sentence-transformers recipe the model was trained for). Texts are sorted by length before
 * batching so a batch pads little. Calls that arrive while a run is in flight are queued and go together in the
 * next run, so many concurrent single-text calls (a worker classifying tickets) still batch.
 */
export class OnnxSentenceEncoder implements SentenceEncoder {
  readonly name = ENCODER.name;
  readonly dim = ENCODER.dim;
  private queue: { texts: readonly string[]; resolve: (v: Float32Array) => void; reject: (e: unknown) => void }[] = [];
  private running = false;

  private constructor(
    private readonly runner: OnnxRunner,
    private readonly tokenizer: WordPieceTokenizer,
  ) {}

  static async load(files: TEncoderFiles, threads = Math.min(2, availableParallelism())): Promise<OnnxSentenceEncoder> {
    const vocab = JSON.parse(readFileSync(files.tokenizer, "utf8")) as { model?: { vocab?: Record<string, number> } };
    if (!vocab.model?.vocab) throw new Error(`${files.tokenizer} has no WordPiece vocabulary.`);
    const tokenizer = new WordPieceTokenizer({ ids: new Map(Object.entries(vocab.model.vocab)) });
    const options: TOnnxSessionOptions = {
      intraOpNumThreads: threads,
      interOpNumThreads: 1,
      graphOptimizationLevel: "all",
      // ONNX Runtime's pool threads busy-wait after each run by default. A worker classifies one ticket at a time,
      // so they would spin between nearly every call, burning a core the database and Temporal need; batches of
      // texts (training) run as fast without it.
      extra: { session: { intra_op: { allow_spinning: "0" }, inter_op: { allow_spinning: "0" } } },
    };
    return new OnnxSentenceEncoder(await inThreadRunner(files.model, options), tokenizer);
  }

  embed(texts: readonly string[]): Promise<Float32Array> {
    return new Promise((resolve, reject) => {
      this.queue.push({ texts, resolve, reject });
      this.pump();
    });
  }

  /** Starts the queued calls as one run, when no run is under way. */
  private pump(): void {
    if (this.running || this.queue.length === 0) return;
    const calls = this.queue;
    this.queue = [];
    this.running = true;
    this.embedNow(calls.flatMap((c) => c.texts))
      .then((all) => {
        let offset = 0;
        for (const call of calls) {
          call.resolve(all.slice(offset * this.dim, (offset + call.texts.length) * this.dim));
          offset += call.texts.length;
        }
      })
      .catch((error: unknown) => {
        for (const call of calls) call.reject(error);
      })
      .finally(() => {
        this.running = false;
        this.pump();
      });
  }

  private async embedNow(texts: readonly string[]): Promise<Float32Array> {
    const out = new Float32Array(texts.length * this.dim);
    const ids = texts.map((t) => this.tokenizer.encode(t, MAX_TOKENS));
    const order = ids.map((_, i) => i).sort((a, b) => ids[a]!.length - ids[b]!.length);
    const runs: Promise<void>[] = [];
    for (let start = 0; start < order.length; start += BATCH) {
      const batch = order.slice(start, start + BATCH);
      const length = Math.max(...batch.map((i) => ids[i]!.length));
      const inputIds = new BigInt64Array(batch.length * length);
      const mask = new BigInt64Array(batch.length * length);
      batch.forEach((row, b) => ids[row]!.forEach((id, j) => {
        inputIds[b * length + j] = BigInt(id);
        mask[b * length + j] = 1n;
      }));
      runs.push(this.runner.run({ ids: inputIds, mask, rows: batch.length, length }).then((hidden) => {
        batch.forEach((row, b) => meanPoolInto(out, row * this.dim, hidden, b * length * this.dim, ids[row]!.length, this.dim));
      }));
    }
    await Promise.all(runs);
    return out;
  }
}

/** Mean of the first `tokens` token vectors, scaled to unit length, written at out[at…]. */
export function meanPoolInto(out: Float32Array, at: number, hidden: Float32Array, from: number, tokens: number, dim: number): void {
  for (let t = 0; t < tokens; t++) for (let d = 0; d < dim; d++) out[at + d]! += hidden[from + t * dim + d]!;
  let norm = 0;
  for (let d = 0; d < dim; d++) norm += out[at + d]! * out[at + d]!;
  const scale = norm > 0 ? 1 / Math.sqrt(norm) : 0;
  for (let d = 0; d < dim; d++) out[at + d]! *= scale;
}

let shared: Promise<SentenceEncoder | null> | null = null;

/**
 * The process's encoder, loaded on first use; null when its files are not installed (or STUDIO_ENCODER=off).
 * A load failure (a broken file, no native runtime) is logged once and also gives null, so classification goes on
 * without the encoder rather than failing every ticket.
 */
export function sharedSentenceEncoder(): Promise<SentenceEncoder | null> {
  shared ??= (async () => {
    const files = installedEncoderFiles();
    if (!files) return null;
    try {
      return await OnnxSentenceEncoder.load(files);
    } catch (error) {
      console.warn(`[ai] the sentence encoder in ${files.dir} could not be loaded: ${(error as Error).message}`);
      return null;
    }
  })();
  return shared;
}
