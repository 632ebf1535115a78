import { RE2JS } from "re2js";

/**
 * The engine every user-written pattern runs on (rule operator `matches_regex`, regex guardrails). It is RE2:
 * its time grows with the text's length and nothing else, so no pattern and no customer text can stall a flow, a
 * backtest or a draft check, where a backtracking engine takes hours on `(a+)+$` against a long line. The price is
 * what RE2 leaves out (look-around, back-references), which `regexProblem` explains at save time.
 *
 * Patterns are case-insensitive and read whole characters, as they were on JavaScript's engine with the "iu"
 * flags. A few spellings people bring from JavaScript mean the same here: `\uXXXX` and `\u{…}` are written
 * `\x{…}` for RE2, and `\s` / `\S` keep JavaScript's Unicode spaces (a non-breaking space in an email is a space;
 * RE2's own `\s` is ASCII only). Pure and client-safe: the editor checks with it too.
 */
export interface UserRegex {
  /** Whether the pattern occurs anywhere in the text. */
  test(text: string): boolean;
  /** The first occurrence, or null. */
  find(text: string): string | null;
}

export function compileUserRegex(pattern: string): UserRegex {
  const re = RE2JS.compile(toRe2Syntax(pattern), RE2JS.CASE_INSENSITIVE);
  return {
    test: (text) => re.test(text),
    find: (text) => {
      const m = re.matcher(text);
      return m.find() ? m.group(0) : null;
    },
  };
}

/** JavaScript's white space (what `\s` matches there), as the inside of an RE2 character class. */
const SPACE = "\\t\\n\\x{b}\\f\\r \\x{a0}\\x{1680}\\x{2000}-\\x{200a}\\x{2028}\\x{2029}\\x{202f}\\x{205f}\\x{3000}\\x{feff}";
/** Everything else, as ranges: a class such as [\S\d] needs the complement spelled out, not negated. */
const NOT_SPACE =
  "\\x{0}-\\x{8}\\x{e}-\\x{1f}\\x{21}-\\x{9f}\\x{a1}-\\x{167f}\\x{1681}-\\x{1fff}\\x{200b}-\\x{2027}\\x{202a}-\\x{202e}\\x{2030}-\\x{205e}\\x{2060}-\\x{2fff}\\x{3001}-\\x{fefe}\\x{ff00}-\\x{10ffff}";

/**
 * Rewrites the JavaScript-only spellings above and leaves everything else as written (RE2 then accepts or
 * rejects it). One pass over the pattern, tracking only whether it is inside a [...] class and what is escaped.
 */
export function toRe2Syntax(pattern: string): string {
  let out = "";
  let inClass = false;
  let i = 0;
  while (i < pattern.length) {
    const ch = pattern[i]!;
    if (ch === "\\" && i + 1 < pattern.length) {
      const next = pattern[i + 1]!;
      if (next === "s" || next === "S") {
        const inner = next === "s" ? SPACE : NOT_SPACE;
        out += inClass ? inner : `[${inner}]`;
        i += 2;
        continue;
      }
      if (next === "u") {
        const code = unicodeEscape(pattern, i);
        if (code !== null) {
          out += `\\x{${code.value.toString(16)}}`;
          i = code.end;
          continue;
        }
      }
      if (next === "Q") {
        // \Q…\E quotes literally: copy it whole so nothing inside is rewritten.
        const end = pattern.indexOf("\\E", i + 2);
        const stop = end < 0 ? pattern.length : end + 2;
        out += pattern.slice(i, stop);
        i = stop;
        continue;
      }
      out += ch + next;
      i += 2;
      continue;
    }
    if (inClass && ch === "[" && pattern[i + 1] === ":") {
      // a POSIX class such as [[:alpha:]] inside a class: its ] does not close the outer one
      const end = pattern.indexOf(":]", i + 2);
      if (end >= 0) {
        out += pattern.slice(i, end + 2);
        i = end + 2;
        continue;
      }
    }
    if (!inClass && ch === "[") {
      inClass = true;
      out += ch;
      i++;
      // a ] right after [ or [^ is a literal, not the end of the class
      if (pattern[i] === "^") out += pattern[i++];
      if (pattern[i] === "]") out += pattern[i++];
      continue;
    }
    if (inClass && ch === "]") inClass = false;
    out += ch;
    i++;
  }
  return out;
}

/** A \uXXXX (joining a surrogate pair written as two escapes) or \u{…} escape at `at`, or null when it is neither. */
function unicodeEscape(pattern: string, at: number): { value: number; end: number } | null {
  const braced = /^\\u\{([0-9a-fA-F]{1,6})\}/.exec(pattern.slice(at, at + 10));
  if (braced) return { value: parseInt(braced[1]!, 16), end: at + braced[0].length };
  const four = /^\\u([0-9a-fA-F]{4})/.exec(pattern.slice(at, at + 6));
  if (!four) return null;
  const high = parseInt(four[1]!, 16);
  const low = /^\\u([dD][c-fC-F][0-9a-fA-F]{2})/.exec(pattern.slice(at + 6, at + 12));
  if (high >= 0xd800 && high <= 0xdbff && low) {
    return { value: 0x10000 + ((high - 0xd800) << 10) + (parseInt(low[1]!, 16) - 0xdc00), end: at + 12 };
  }
  return { value: high, end: at + 6 };
}
