import { describe, expect, it } from "vitest";
import { csvLine } from "./csv-cells";

describe("csvLine", () => {
  it("quotes what needs quoting, doubles quotes, leaves numbers and empty cells bare", () => {
    expect(csvLine(["plain", 'say "hi"', "a, b", "two\nlines", 42, null, ""])).toBe('plain,"say ""hi""","a, b","two\nlines",42,,\r\n');
  });

  it("defuses text a spreadsheet would run as a formula, but not numbers", () => {
    expect(csvLine(["=HYPERLINK(\"http://x\")", "+1 555", "-2", "@sum", "\tx", -3])).toBe(`"'=HYPERLINK(""http://x"")",'+1 555,'-2,'@sum,'\tx,-3\r\n`);
  });
});
