import { describe, expect, it } from "vitest";
import { charsThatFit, truncateLabel } from "./truncate-label";

describe("truncateLabel", () => {
  it("leaves a label that fits as it is", () => {
    expect(truncateLabel("card_arrival", 20)).toBe("card_arrival");
    expect(truncateLabel("exactly_ten", 11)).toBe("exactly_ten");
  });

  it("cuts a long name with an ellipsis, within the limit", () => {
    const cut = truncateLabel("rect_debit_payment_not_recognised", 24);
    expect(cut.endsWith("…")).toBe(true);
    expect(Array.from(cut).length).toBeLessThanOrEqual(24);
    expect("rect_debit_payment_not_recognised".startsWith(cut.slice(0, -1))).toBe(true);
  });

  it("prefers a word boundary near the end", () => {
    expect(truncateLabel("rect_debit_payment_not_recognised", 26)).toBe("rect_debit_payment_not…");
  });

  it("cuts inside a word when no boundary is close", () => {
    expect(truncateLabel("supercalifragilistic", 8)).toBe("superca…");
  });
});

describe("charsThatFit", () => {
  it("scales with the width and the font", () => {
    expect(charsThatFit(192)).toBe(30);
    expect(charsThatFit(192, 22)).toBe(15);
    expect(charsThatFit(0)).toBe(4);
  });
});
