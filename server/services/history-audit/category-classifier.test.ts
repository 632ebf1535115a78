import { describe, expect, it } from "vitest";
import { classifyByNearestCentroid } from "./category-classifier";

describe("classifyByNearestCentroid", () => {
  it("labels texts like the labelled tickets they resemble", () => {
    const labelled = [
      { text: "Card stolen. My card was stolen at the market", category: "lost_card" },
      { text: "Lost card. I lost my card", category: "lost_card" },
      { text: "Refund. Where is my refund", category: "refund" },
      { text: "Refund late. The refund is late", category: "refund" },
    ];
    expect(classifyByNearestCentroid(labelled, ["my refund has not arrived", "lost my card yesterday"])).toEqual(["refund", "lost_card"]);
  });
});
