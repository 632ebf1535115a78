import { describe, expect, it } from "vitest";
import { fillPlaceholders, type PlaceholderValues } from "./bitext-placeholders";

const values: PlaceholderValues = {
  company: "Larkspur",
  website: "www.larkspur.example",
  phone: "+1 555 0100",
  email: "help@larkspur.example",
  hours: "Monday to Friday, 8am to 8pm",
  reference: "LS-4821",
  customerName: "Ava",
  date: "3 May",
};

describe("fillPlaceholders", () => {
  it("fills contact details, references and button names", () => {
    const text =
      "Log in to {{Website Name}}, open {{Order History}} and find {{Order Number Anonymized}}. Call {{Customer Support Phone Number}} ({{Customer Support Hours}}) or use {{Live Chat}}; write to {{Customer Support Email}}. Order {{113542617735902}} for {{Name Field Anonymized}}.";
    expect(fillPlaceholders(text, values)).toBe(
      "Log in to Larkspur, open Order History and find LS-4821. Call +1 555 0100 (Monday to Friday, 8am to 8pm) or use live chat; write to help@larkspur.example. Order LS-4821 for Ava.",
    );
  });

  it("leaves no placeholder behind", () => {
    expect(fillPlaceholders("{{Website URL}} {{number of days}} {{Review Website 2}} {{Purchase Date Anonymized}}", values)).toBe(
      "www.larkspur.example 14 our review page 3 May",
    );
  });
});
