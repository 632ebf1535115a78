import { describe, expect, it } from "vitest";
import { planCustomer, ratingOf, seededRand, type CustomerPlan, type SimText } from "./customer-plan";

const TEXTS: SimText[] = [
  { category: "card_arrival", text: "My new card still hasn't arrived, it has been two weeks already and nothing" },
  { category: "refund", text: "I was charged twice" },
];

function plans(seed: number, count: number): CustomerPlan[] {
  const rand = seededRand(seed);
  const out: CustomerPlan[] = [];
  for (let n = 1; n <= count; n++) out.push(planCustomer(rand, n, "r", TEXTS, out));
  return out;
}

describe("planCustomer", () => {
  it("plays the same customers for the same seed", () => {
    expect(plans(5, 50)).toEqual(plans(5, 50));
    expect(plans(5, 50)).not.toEqual(plans(6, 50));
  });

  it("brings some customers back about the same topic, as the same customer", () => {
    const all = plans(1, 400);
    const returning = all.filter((p) => p.customerId !== `sim-r-c${p.n}`);
    expect(returning.length).toBeGreaterThan(10);
    for (const p of returning) {
      const first = all.find((q) => q.customerId === p.customerId && q.n < p.n)!;
      expect(p.category).toBe(first.category);
    }
  });

  it("shortens long texts into a subject and gives only chat and web a page", () => {
    const all = plans(2, 100);
    expect(all.find((p) => p.category === "card_arrival")!.subject).toBe("My new card still hasn't arrived, it…");
    expect(all.filter((p) => p.channel === "email").every((p) => p.pageUrl === null)).toBe(true);
    expect(all.filter((p) => p.channel !== "email").every((p) => p.pageUrl?.startsWith("https://"))).toBe(true);
  });
});

describe("ratingOf", () => {
  it("rates from 1 to 5, lower when the customer had to ask for a person", () => {
    const plan = plans(3, 1)[0]!;
    for (const mood of [0, 0.5, 1]) {
      const helped = ratingOf({ ...plan, mood, followUp: "thanks" }, false);
      const asked = ratingOf({ ...plan, mood, followUp: "wants-human" }, true);
      expect(helped).toBeGreaterThanOrEqual(1);
      expect(helped).toBeLessThanOrEqual(5);
      expect(asked).toBeLessThan(helped);
    }
  });
});
