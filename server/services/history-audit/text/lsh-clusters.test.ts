import { describe, expect, it } from "vitest";
import { lshClusters } from "./lsh-clusters";
import { createMinHasher } from "./minhash";
import { normaliseReply } from "./normalise-reply";
import { wordShingles } from "./shingles";

const hasher = createMinHasher(128);
const sign = (text: string) => hasher.signature(wordShingles(normaliseReply(text)));

const REFUND = (name: string, days: number) =>
  `Hi ${name}, thank you for reaching out. I have issued a refund for your last payment and it will reach your account within ${days} working days. Let us know if there is anything else.`;
const PIN = (name: string) =>
  `Hello ${name}, you can change your PIN at any cash machine of our network: insert your card, choose PIN services and follow the steps on the screen.`;

describe("lshClusters", () => {
  it("puts near-identical replies together and keeps different templates apart", () => {
    const texts = [
      REFUND("Ada", 3),
      REFUND("Bob", 5),
      REFUND("Chen", 10) + " Kind regards.",
      PIN("Dana"),
      PIN("Eli"),
      "Could you send me a screenshot of the error you see when you open the app?",
    ];
    const ids = lshClusters(texts.map(sign));
    expect(ids[0]).toBe(ids[1]);
    expect(ids[0]).toBe(ids[2]);
    expect(ids[3]).toBe(ids[4]);
    expect(ids[0]).not.toBe(ids[3]);
    expect(new Set([ids[0], ids[3], ids[5]]).size).toBe(3);
  });

  it("does not link replies that share only a greeting and sign-off", () => {
    const a = sign("Hi Ada, thanks for your message. Your parcel left our warehouse this morning. Best regards, the support team");
    const b = sign("Hi Bob, thanks for your message. We cannot open an account without a valid ID. Best regards, the support team");
    const [x, y] = lshClusters([a, b]);
    expect(x).not.toBe(y);
  });

  it("clusters hundreds of variants of one template into one cluster", () => {
    const texts = Array.from({ length: 300 }, (_, i) => REFUND(`Name${i}`, i % 14));
    const ids = lshClusters(texts.map(sign));
    expect(new Set(ids).size).toBe(1);
  });
});
