import "server-only";

/** One batch in: WordPiece ids and their mask, [rows][length]. Out: last_hidden_state, [rows][length][dim]. */
export interface TOnnxBatch {
  ids: BigInt64Array;
  mask: BigInt64Array;
  rows: number;
  length: number;
}

/**
 * Runs the encoder's ONNX session on batches. Only on the caller's thread: sessions on worker threads ran a few per
 * cent faster, but a process that exits while a worker's run is in flight (a training stopped by SIGTERM, or whose
 * database went away) is aborted by ONNX Runtime's binding instead of exiting with its own code.
 */
export interface OnnxRunner {
  run(batch: TOnnxBatch): Promise<Float32Array>;
}

export type TOnnxSessionOptions = import("onnxruntime-node").InferenceSession.SessionOptions;

function feeds(ort: typeof import("onnxruntime-node"), b: TOnnxBatch) {
  const shape = [b.rows, b.length];
  return {
    input_ids: new ort.Tensor("int64", b.ids, shape),
    attention_mask: new ort.Tensor("int64", b.mask, shape),
    token_type_ids: new ort.Tensor("int64", new BigInt64Array(b.ids.length), shape),
  };
}

/** The session on the caller's thread: ONNX Runtime's Node binding runs it synchronously, blocking that thread. */
export async function inThreadRunner(modelPath: string, options: TOnnxSessionOptions): Promise<OnnxRunner> {
  const ort = await import("onnxruntime-node");
  const session = await ort.InferenceSession.create(modelPath, options);
  return {
    run: async (batch) => (await session.run(feeds(ort, batch))).last_hidden_state!.data as Float32Array,
  };
}
