import "server-only";

/** A refusal the customer reads in the chat: the message is written for them, the status for the frame. */
export class WidgetError extends Error {
  constructor(
    readonly status: 400 | 401 | 404 | 409 | 413 | 429 | 503,
    message: string,
    /** Seconds until trying again makes sense (429). */
    readonly retryAfterSec?: number,
  ) {
    super(message);
  }
}

export const CONVERSATION_GONE = "We could not find this conversation any more. Please start a new one.";
