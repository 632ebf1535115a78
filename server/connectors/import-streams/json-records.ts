import "server-only";
import Assembler from "stream-json/assembler.js";
import { jsonParser } from "stream-json/parser.js";
import type { Token } from "stream-json/parser.js";
import { StringDecoder } from "node:string_decoder";

/**
 * What a streamed JSON export contains, in file order. A file is either an array of records, a "page" object
 * whose record array sits under one of `recordKeys` next to sideloads (`users`, `groups`, `next_page`…), several
 * pages concatenated, or an array of pages. Only one record (or one sideload value) is ever assembled at a time.
 */
export type JsonRecordEvent =
  | { kind: "record"; value: unknown }
  | { kind: "pageStart" }
  | { kind: "sideload"; key: string; value: unknown }
  | { kind: "pageEnd" }
  | { kind: "syntaxError"; message: string };

export interface JsonRecordOptions {
  /** Page keys that hold the records, e.g. ["tickets"] or ["conversations"]. */
  recordKeys: readonly string[];
}

// stream-chain's `none` marker (a registered symbol): what the parser returns for "no tokens", and what flushes it.
const NONE = Symbol.for("object-stream.none");

type Mode = "root" | "rootArray" | "pageKey" | "pageValue" | "recordArray";
type Target = "rootElement" | "record" | "sideload";

/** Routes parser tokens to records and sideloads; pure and synchronous so a syntax error loses nothing already routed. */
class TokenRouter {
  private mode: Mode = "root";
  private key = "";
  private asm: Assembler | null = null;
  private target: Target = "record";
  readonly out: JsonRecordEvent[] = [];

  constructor(private readonly recordKeys: readonly string[]) {}

  get midDocument(): boolean {
    return this.mode !== "root" || this.asm !== null;
  }

  push(token: Token): void {
    if (this.asm) {
      this.asm.consume(token);
      if (this.asm.done) {
        const value = this.asm.current;
        this.asm = null;
        this.finish(value);
      }
      return;
    }
    switch (this.mode) {
      case "root":
        if (token.name === "startArray") this.mode = "rootArray";
        else if (token.name === "startObject") {
          this.out.push({ kind: "pageStart" });
          this.mode = "pageKey";
        } else this.startValue(token, "record");
        return;
      case "rootArray":
        if (token.name === "endArray") this.mode = "root";
        else this.startValue(token, "rootElement");
        return;
      case "pageKey":
        if (token.name === "keyValue") {
          this.key = token.value;
          this.mode = "pageValue";
        } else if (token.name === "endObject") {
          this.out.push({ kind: "pageEnd" });
          this.mode = "root";
        }
        return;
      case "pageValue":
        if (token.name === "startArray" && this.recordKeys.includes(this.key)) this.mode = "recordArray";
        else this.startValue(token, "sideload");
        return;
      case "recordArray":
        if (token.name === "endArray") this.mode = "pageKey";
        else this.startValue(token, "record");
        return;
      default: {
        const never: never = this.mode;
        throw new Error(`unknown mode ${String(never)}`);
      }
    }
  }

  private startValue(token: Token, target: Target): void {
    this.target = target;
    if (token.name === "startObject" || token.name === "startArray") {
      this.asm = new Assembler();
      this.asm.consume(token);
      return;
    }
    this.finish(primitive(token));
  }

  private finish(value: unknown): void {
    switch (this.target) {
      case "record":
        this.out.push({ kind: "record", value });
        return;
      case "sideload":
        this.out.push({ kind: "sideload", key: this.key, value });
        this.mode = "pageKey";
        return;
      case "rootElement":
        if (isPage(value, this.recordKeys)) this.expandPage(value);
        else this.out.push({ kind: "record", value });
        return;
      default: {
        const never: never = this.target;
        throw new Error(`unknown target ${String(never)}`);
      }
    }
  }

  /** A page inside an array of pages is already assembled: sideloads first, so no record waits for them. */
  private expandPage(page: Record<string, unknown>): void {
    this.out.push({ kind: "pageStart" });
    for (const [key, value] of Object.entries(page)) {
      if (!this.recordKeys.includes(key)) this.out.push({ kind: "sideload", key, value });
    }
    for (const key of this.recordKeys) {
      const records = page[key];
      if (Array.isArray(records)) for (const value of records) this.out.push({ kind: "record", value });
    }
    this.out.push({ kind: "pageEnd" });
  }
}

function isPage(value: unknown, recordKeys: readonly string[]): value is Record<string, unknown> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  return recordKeys.some((k) => Array.isArray((value as Record<string, unknown>)[k]));
}

function primitive(token: Token): unknown {
  switch (token.name) {
    case "stringValue":
      return token.value;
    case "numberValue":
      return Number(token.value);
    case "nullValue":
      return null;
    case "trueValue":
      return true;
    case "falseValue":
      return false;
    default:
      return undefined;
  }
}

/**
 * Text is fed to the parser in pieces that end right after each "}", so every record's closing token is routed
 * before the parser can meet a syntax error further on: a broken file keeps every record that precedes the break.
 */
function* piecesEndingAtBraces(text: string): Generator<string> {
  let start = 0;
  for (;;) {
    const brace = text.indexOf("}", start);
    if (brace < 0) {
      if (start < text.length) yield text.slice(start);
      return;
    }
    yield text.slice(start, brace + 1);
    start = brace + 1;
  }
}

/** Streams a JSON export as events without holding more than one record (or one sideload) in memory. */
export async function* readJsonRecords(
  input: AsyncIterable<Buffer | string>,
  opts: JsonRecordOptions,
): AsyncGenerator<JsonRecordEvent> {
  const parse = jsonParser({ jsonStreaming: true, streamValues: false });
  const router = new TokenRouter(opts.recordKeys);
  const decoder = new StringDecoder("utf8");
  let first = true;

  const feed = (piece: string | typeof NONE): string | null => {
    try {
      const result = (parse as (v: unknown) => unknown)(piece);
      if (result !== NONE) for (const token of (result as { values: Token[] }).values) router.push(token);
      return null;
    } catch (err) {
      return err instanceof Error ? err.message : String(err);
    }
  };

  for await (const chunk of input) {
    let text = typeof chunk === "string" ? chunk : decoder.write(chunk);
    if (first && text.length > 0) {
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      first = false;
    }
    for (const piece of piecesEndingAtBraces(text)) {
      const error = feed(piece);
      yield* router.out.splice(0);
      if (error !== null) {
        yield { kind: "syntaxError", message: error };
        return;
      }
    }
  }
  const tail = decoder.end();
  const error = (tail ? feed(tail) : null) ?? feed(NONE);
  yield* router.out.splice(0);
  if (error !== null) yield { kind: "syntaxError", message: error };
  else if (router.midDocument) yield { kind: "syntaxError", message: "the file ends in the middle of the JSON document" };
}
