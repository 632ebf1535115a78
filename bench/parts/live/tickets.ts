import { sampleTexts } from "../sample-texts";

/** The webhook's source for every bench ticket, so the bench's reads never touch the demo history. */
export const BENCH_SOURCE = "bench-live";

/**
 * Webhook bodies with real customer texts (Banking77, in a fixed shuffled order: the file is sorted by category,
 * and a run of one topic would take one branch of the flow). Ids are unique per bench run and phase, and so is
 * each customer: one in ten is an enterprise one, so the flow's enterprise branch runs too.
 */
export function ticketBodies(runTag: string): (phase: string, i: number) => { externalId: string; json: string } {
  const texts = shuffled(sampleTexts(20_000));
  return (phase, i) => {
    const text = texts[i % texts.length]!;
    const externalId = `${runTag}-${phase}-${i}`;
    const json = JSON.stringify({
      source: BENCH_SOURCE,
      externalId,
      subject: text.split(/\s+/).slice(0, 8).join(" ").slice(0, 120),
      body: text,
      channel: "email",
      customer: { externalId: `${externalId}-c`, name: `Customer ${i}`, enterprise: i % 10 === 0 },
    });
    return { externalId, json };
  };
}

/** Fisher-Yates with a fixed seed (mulberry32), so every run offers the same texts in the same order. */
export function shuffled<T>(items: readonly T[], seed = 77): T[] {
  const out = [...items];
  let state = seed >>> 0;
  const random = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}
