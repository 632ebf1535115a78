/**
 * Why a pattern is not a usable regular expression, in plain words ("a [ is never closed"), or undefined when
 * it is usable. Compiled with the interpreter's flags ("iu"), so a pattern accepted here also runs there. The
 * engine's own message ("/[a/iu: Unterminated character class") names the pattern in code syntax; people get
 * what is wrong and how to write it instead.
 */
export function regexProblem(pattern: string): string | undefined {
  try {
    new RegExp(pattern, "iu");
    return undefined;
  } catch (e) {
    const reason = engineReason(e instanceof Error ? e.message : String(e));
    return WORDS.find(([engine]) => engine.test(reason))?.[1] ?? `it cannot be read as one (${reason.toLowerCase()})`;
  }
}

/**
 * The engine's reason without the pattern it prefixes: V8 writes "Invalid regular expression: /[a/iu: Unterminated
 * character class", while other engines (the editor compiles in whichever browser people use) give the reason alone.
 */
export function engineReason(message: string): string {
  const i = message.lastIndexOf(": ");
  return (i < 0 ? message : message.slice(i + 2)) || message;
}

const WORDS: ReadonlyArray<readonly [RegExp, string]> = [
  [/Unterminated character class/i, "a [ is never closed; to match a bracket itself, write \\["],
  [/Unterminated group/i, "a ( is never closed; to match a parenthesis itself, write \\("],
  [/Unmatched '\)'/i, "a ) has no ( before it; to match a parenthesis itself, write \\)"],
  [/Lone quantifier brackets/i, "a { or } stands alone; to match a brace itself, write \\{ or \\}"],
  [/Nothing to repeat/i, "a *, + or ? has nothing before it to repeat; to match the character itself, put a \\ before it"],
  [/\\ at end of pattern/i, "it ends with a single \\; write \\\\ to match a backslash"],
  [/numbers out of order/i, "a repeat count {min,max} has its larger number first"],
  [/Incomplete quantifier/i, "a repeat count {…} is never closed"],
  [/Range out of order/i, "a range such as [z-a] runs backwards; write the smaller character first"],
  [/Duplicate capture group name/i, "two groups have the same name"],
  [/Invalid property name/i, "a \\p{…} names no Unicode property"],
  [/Invalid Unicode escape/i, "a \\u escape is not a valid character code"],
  [/Invalid escape|Invalid class escape/i, "a \\ is followed by a letter that has no meaning here; remove the \\ or write \\\\"],
  [/Invalid group/i, "a group starts with (? followed by something that is not a known group kind"],
  [/Invalid named|capture group name/i, "a named group (?<name>…) has a name that is not allowed"],
];
