/**
 * How many tRPC calls one HTTP request may carry. The server refuses a longer batch, so one request can never queue
 * an unbounded amount of work; the app's own client sends at most `TRPC_CLIENT_BATCH_ITEMS` (well under the
 * server's limit) and splits anything longer into several requests, so a busy page is never refused.
 */
export const TRPC_MAX_BATCH_CALLS = 50;
export const TRPC_CLIENT_BATCH_ITEMS = 20;
/** Batched queries travel in the URL: the client splits a batch before its address passes what servers accept. */
export const TRPC_CLIENT_MAX_URL_LENGTH = 8_000;
