import { describe, expect, it } from "vitest";
import { clusterIntoCategories, minClusterSize } from "./cluster-categories";

const stolen = ["my card was stolen", "card stolen on the train", "someone stole my card, card stolen", "stolen card please block it"];
const password = ["reset my password", "password reset link broken", "forgot password need reset", "how to reset password"];

describe("clusterIntoCategories", () => {
  it("names clusters of similar tickets by their top words and folds strays into the nearest", () => {
    const texts = [...stolen, ...password, "password for the app"];
    const labels = clusterIntoCategories(texts);
    const stolenLabel = labels[0]!;
    const passwordLabel = labels[4]!;
    expect(stolenLabel).toMatch(/card|stolen/);
    expect(passwordLabel).toMatch(/password|reset/);
    expect(stolenLabel).not.toBe(passwordLabel);
    expect(labels.slice(0, 4)).toEqual(Array(4).fill(stolenLabel));
    expect(labels.slice(4, 8)).toEqual(Array(4).fill(passwordLabel));
    // Too short to lead a cluster of three, it joins the password category.
    expect(labels[8]).toBe(passwordLabel);
  });

  it("needs 0.5% of the tickets, at least 3, for a category", () => {
    expect(minClusterSize(100)).toBe(3);
    expect(minClusterSize(20_000)).toBe(100);
  });

  it("returns nothing for nothing", () => {
    expect(clusterIntoCategories([])).toEqual([]);
  });
});
