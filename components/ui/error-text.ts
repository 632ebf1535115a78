/**
 * What to show for a failed call: the server already words its refusals as sentences (input errors one per
 * field, in data.fieldErrors by path); a request that never got an answer gets a sentence of its own.
 */
interface ErrorLike {
  message?: unknown;
  data?: { fieldErrors?: Record<string, string> | null; httpStatus?: number } | null;
}

const UNREACHABLE = "The studio could not be reached. Check the connection and try again.";

/** One or more sentences for the error, never a raw object or JSON. */
export function errorText(error: unknown): string {
  if (error === null || error === undefined) return "";
  const e = error as ErrorLike;
  const message = typeof e.message === "string" ? e.message.trim() : "";
  if (message === "" || /^(Failed to fetch|NetworkError|Load failed|fetch failed)/i.test(message)) return UNREACHABLE;
  // A body that is not one of the server's answers (a proxy's error page, a crashed process) is JSON or HTML.
  if (/^[[{<]/.test(message)) return "Something went wrong on the server. Try again; if it keeps happening, tell an admin.";
  return message;
}

/** The sentence about one input (dotted path as the procedure's input has it), when the server sent one. */
export function fieldError(error: unknown, path: string): string | undefined {
  const fields = (error as ErrorLike | null | undefined)?.data?.fieldErrors;
  return fields?.[path] ?? undefined;
}

/**
 * An error placed by the inputs it is about: each listed field's sentence, for under that field; an error about
 * none of them (a connection lost, a refusal of the whole request) as `other`, one sentence for the form.
 */
export function placedErrors<F extends string>(error: unknown, fields: readonly F[]): Partial<Record<F | "other", string>> {
  const placed: Partial<Record<F | "other", string>> = {};
  for (const field of fields) {
    const sentence = fieldError(error, field);
    if (sentence !== undefined) placed[field] = sentence;
  }
  if (Object.keys(placed).length === 0) placed.other = errorText(error);
  return placed;
}

/**
 * Whether an error is one a person caused and the page explains (a refused input, a missing record, a
 * conflict), as opposed to a fault worth a console entry for whoever debugs it.
 */
export function isExpectedError(error: unknown): boolean {
  const status = (error as ErrorLike | null | undefined)?.data?.httpStatus;
  return typeof status === "number" && status >= 400 && status < 500;
}
