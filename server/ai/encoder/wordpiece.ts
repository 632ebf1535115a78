import "server-only";
/**
 * BERT's uncased WordPiece tokenizer, as the sentence encoder was trained with it (HuggingFace `BertNormalizer` with
 * lowercase and accent stripping, `BertPreTokenizer`, `WordPiece` with "##" continuations). Pure: the vocabulary is
 * handed in, read from the encoder's tokenizer.json by whoever loads it.
 */
export interface TWordPieceVocab {
  /** Token → id, including "[CLS]", "[SEP]" and "[UNK]". */
  ids: Map<string, number>;
}

/** Longer words are one [UNK], as in BERT (max_input_chars_per_word). */
const MAX_WORD_CHARS = 100;
const CONTINUATION = "##";

export class WordPieceTokenizer {
  readonly cls: number;
  readonly sep: number;
  readonly unk: number;
  /** Words seen before, to their pieces: support texts repeat their vocabulary, so most words are looked up once. */
  private readonly cache = new Map<string, readonly number[]>();

  constructor(private readonly vocab: TWordPieceVocab) {
    this.cls = required(vocab, "[CLS]");
    this.sep = required(vocab, "[SEP]");
    this.unk = required(vocab, "[UNK]");
  }

  /** [CLS] pieces… [SEP], at most `maxTokens` ids in all (the text's end is cut, never the markers). */
  encode(text: string, maxTokens: number): number[] {
    const ids = [this.cls];
    const room = maxTokens - 1;
    for (const word of basicTokens(text)) {
      for (const id of this.pieces(word)) {
        if (ids.length >= room) break;
        ids.push(id);
      }
      if (ids.length >= room) break;
    }
    ids.push(this.sep);
    return ids;
  }

  private pieces(word: string): readonly number[] {
    const cached = this.cache.get(word);
    if (cached) return cached;
    const found = this.split(word);
    if (this.cache.size < 100_000) this.cache.set(word, found);
    return found;
  }

  /** Greedy longest match from the left; a word with any part not in the vocabulary is one [UNK]. */
  private split(word: string): number[] {
    const chars = [...word];
    if (chars.length > MAX_WORD_CHARS) return [this.unk];
    const out: number[] = [];
    let start = 0;
    while (start < chars.length) {
      let end = chars.length;
      let id: number | undefined;
      while (start < end) {
        const piece = (start > 0 ? CONTINUATION : "") + chars.slice(start, end).join("");
        id = this.vocab.ids.get(piece);
        if (id !== undefined) break;
        end--;
      }
      if (id === undefined) return [this.unk];
      out.push(id);
      start = end;
    }
    return out;
  }
}

function required(vocab: TWordPieceVocab, token: string): number {
  const id = vocab.ids.get(token);
  if (id === undefined) throw new Error(`The tokenizer vocabulary has no ${token} token.`);
  return id;
}

/**
 * BERT's basic tokenization: drop control characters, lowercase, strip accents, split on whitespace, and make every
 * punctuation character and CJK ideograph a word of its own.
 */
export function basicTokens(text: string): string[] {
  const words: string[] = [];
  let current = "";
  const flush = () => {
    if (current) words.push(current);
    current = "";
  };
  for (const ch of text.toLowerCase().normalize("NFD")) {
    const code = ch.codePointAt(0)!;
    if (code === 0 || code === 0xfffd || isControl(ch)) continue;
    if (/\p{Mn}/u.test(ch)) continue;
    if (/\s/u.test(ch)) flush();
    else if (isPunctuation(ch, code) || isCjk(code)) {
      flush();
      words.push(ch);
    } else current += ch;
  }
  flush();
  return words;
}

function isControl(ch: string): boolean {
  if (ch === "\t" || ch === "\n" || ch === "\r") return false;
  return /[\p{Cc}\p{Cf}]/u.test(ch);
}

/** BERT counts all non-alphanumeric ASCII (e.g. "$", "^", "`") as punctuation, as well as Unicode's P categories. */
function isPunctuation(ch: string, code: number): boolean {
  if ((code >= 33 && code <= 47) || (code >= 58 && code <= 64) || (code >= 91 && code <= 96) || (code >= 123 && code <= 126)) return true;
  return /\p{P}/u.test(ch);
}

function isCjk(code: number): boolean {
  return (
    (code >= 0x4e00 && code <= 0x9fff) ||
    (code >= 0x3400 && code <= 0x4dbf) ||
    (code >= 0x20000 && code <= 0x2a6df) ||
    (code >= 0x2a700 && code <= 0x2b73f) ||
    (code >= 0x2b740 && code <= 0x2b81f) ||
    (code >= 0x2b820 && code <= 0x2ceaf) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0x2f800 && code <= 0x2fa1f)
  );
}
