import { offerOpenLoop } from "../live/sender";
import { planOf } from "../live/schedule";

export interface Offered {
  externalId: string;
  /** HTTP status, or 0 when no answer came (refused, reset, timed out). */
  status: number;
}

/**
 * Offers tickets to the webhook at a fixed rate for `seconds` through the live bench's open-loop sender (a slow answer
 * never delays the next send; each body signed as it goes out; loopback only). Resolves once every request has an
 * answer or has timed out.
 */
export async function offerSigned(o: {
  url: string;
  ratePerSecond: number;
  seconds: number;
  secret: string;
  body: (i: number) => { externalId: string; json: string };
}): Promise<Offered[]> {
  const sent = await offerOpenLoop({ url: o.url, secret: o.secret, plan: planOf(o.ratePerSecond, o.seconds), body: o.body, onSent: () => {} });
  return sent.map(({ externalId, status }) => ({ externalId, status }));
}
