import { compileUserRegex } from "../interpret/user-regex";

const LINEAR = "patterns run in a linear-time engine so a customer's text can never stall a flow";

/**
 * Why a pattern is not a usable regular expression, in plain words ("a [ is never closed"), or undefined when
 * it is usable. Compiled exactly as the interpreter compiles it (`compileUserRegex`), so a pattern accepted here
 * also runs there, in the worker, the backtest and the editor alike. The engine's own message ("missing closing ]:
 * `[a`") names the pattern in code syntax; people get what is wrong and how to write it instead.
 */
export function regexProblem(pattern: string): string | undefined {
  try {
    compileUserRegex(pattern);
    return undefined;
  } catch (e) {
    const code = typeof (e as { error?: unknown }).error === "string" ? (e as { error: string }).error : e instanceof Error ? e.message : String(e);
    const input = typeof (e as { input?: unknown }).input === "string" ? (e as { input: string }).input : "";
    return problemInWords(code, input);
  }
}

function problemInWords(code: string, input: string): string {
  // What RE2 leaves out on purpose: say so, and why, before any generic reading of the error.
  if (/^\(\?<?[=!]/.test(input)) {
    return `look-around such as (?=…), (?!…), (?<=…) or (?<!…) is not supported: ${LINEAR}`;
  }
  if (/^\\([1-9]|k)/.test(input)) return `back-references such as \\1 or \\k<name> are not supported: ${LINEAR}`;
  if (code === "invalid nested repetition operator") {
    return `a repeat directly follows another one (such as ++ or *+); possessive repeats are not supported: ${LINEAR}. Write a single +, * or ?`;
  }
  if (code === "expression too large" || code === "expression nests too deeply") {
    return "it is too large once its repeat counts are multiplied out; use smaller counts such as {1,50}, or + and *";
  }
  if (code === "invalid repeat count") {
    const counts = /^\{(\d+)(?:,(\d*))?\}$/.exec(input);
    if (counts && counts[2] !== undefined && counts[2] !== "" && Number(counts[2]) < Number(counts[1])) return "a repeat count {min,max} has its larger number first";
    return "a repeat count {…} is above 1000; use + or * instead, or a smaller count";
  }
  if (code === "invalid character class range" && /^\\[pP]/.test(input)) {
    return "a \\p{…} names no Unicode property the engine knows; use short names such as \\p{L} (letters), \\p{N} (digits) or \\p{Greek}";
  }
  return WORDS.find(([engine]) => engine.test(code))?.[1] ?? `it cannot be read as one (${code})`;
}

const WORDS: ReadonlyArray<readonly [RegExp, string]> = [
  [/missing closing \]/, "a [ is never closed; to match a bracket itself, write \\["],
  [/missing closing \)/, "a ( is never closed; to match a parenthesis itself, write \\("],
  [/unexpected \)/, "a ) has no ( before it; to match a parenthesis itself, write \\)"],
  [/missing argument to repetition operator/, "a *, + or ? has nothing before it to repeat; to match the character itself, put a \\ before it"],
  [/trailing backslash/, "it ends with a single \\; write \\\\ to match a backslash"],
  [/invalid character class range/, "a range such as [z-a] runs backwards; write the smaller character first"],
  [/duplicate capture group name/, "two groups have the same name"],
  [/invalid named capture/, "a named group (?<name>…) has a name that is not allowed; use letters, digits and _"],
  [/invalid escape sequence/, "a \\ is followed by a letter that has no meaning here; remove the \\ or write \\\\"],
  [/invalid character class/, "a [...] class cannot be read; to match a bracket itself, write \\["],
  [/invalid or unsupported Perl syntax/, "a group starts with (? followed by something that is not a known group kind; (?:…) groups without capturing"],
  [/invalid UTF-8/, "it contains a character that is not valid text"],
];
