import { describe, expect, it } from "vitest";
import { z } from "zod";
import { ServiceError } from "../lib/service-error";
import { generatedSecretsOf, mergeSecrets, parseSettings, secretsSetOf } from "./connector-values";

const connector = {
  title: "Zendesk",
  fields: [
    { key: "subdomain", label: "Subdomain", secret: false },
    { key: "email", label: "Agent email", secret: false },
    { key: "brand", label: "Brand", secret: false },
    { key: "apiToken", label: "API token", secret: true },
    { key: "webhookSecret", label: "Webhook signing secret", secret: true },
  ],
  settingsSchema: z.object({
    subdomain: z.string().regex(/^[a-z0-9-]+$/, "use only the part before .zendesk.com, like acme"),
    email: z.email(),
    brand: z.string().optional(),
  }),
  secretsSchema: z.object({ apiToken: z.string().min(1), webhookSecret: z.string().min(1) }),
};

function refusal(run: () => unknown): ServiceError {
  try {
    run();
  } catch (error) {
    if (error instanceof ServiceError) return error;
    throw error;
  }
  throw new Error("expected a refusal");
}

describe("parseSettings", () => {
  it("keeps the connector's settings, trimmed, dropping blanks and fields it does not have", () => {
    expect(parseSettings(connector, { subdomain: " acme ", email: "ops@acme.example", brand: "  ", apiToken: "leak", extra: "x" })).toEqual({ subdomain: "acme", email: "ops@acme.example" });
  });

  it("names the helpdesk and the field in the refusal, and points the form at the field", () => {
    const custom = refusal(() => parseSettings(connector, { subdomain: "acme.zendesk.com", email: "ops@acme.example" }));
    expect(custom.message).toBe("Zendesk subdomain: Use only the part before .zendesk.com, like acme.");
    expect(custom.field).toBe("settings.subdomain");
    const missing = refusal(() => parseSettings(connector, { subdomain: "acme" }));
    expect(missing.message).toBe("Zendesk agent email is required.");
    expect(missing.field).toBe("settings.email");
    expect(missing.kind).toBe("invalid");
  });

  it("does not repeat a label the connector's message starts with", () => {
    const worded = { ...connector, settingsSchema: z.object({ subdomain: z.string().regex(/^[a-z]+$/, "Subdomain: use letters only"), email: z.string() }) };
    expect(refusal(() => parseSettings(worded, { subdomain: "a1", email: "x" })).message).toBe("Zendesk subdomain: use letters only.");
  });

  it("does not name the helpdesk twice when the label already does", () => {
    const named = { ...connector, fields: [{ key: "subdomain", label: "Zendesk address", secret: false }, ...connector.fields.slice(1)] };
    expect(refusal(() => parseSettings(named, { subdomain: "a b", email: "ops@acme.example" })).message).toBe("Zendesk address: Use only the part before .zendesk.com, like acme.");
  });
});

describe("mergeSecrets", () => {
  it("keeps a saved secret left empty and replaces one typed again", () => {
    expect(mergeSecrets(connector, { apiToken: "old-token", webhookSecret: "old-secret" }, { apiToken: "", webhookSecret: " new-secret " })).toEqual({
      secrets: { apiToken: "old-token", webhookSecret: "new-secret" },
      changed: ["webhookSecret"],
    });
  });

  it("needs every required secret on a first save", () => {
    const error = refusal(() => mergeSecrets(connector, {}, { apiToken: "t" }));
    expect(error.message).toBe("Zendesk webhook signing secret is required.");
    expect(error.field).toBe("secrets.webhookSecret");
  });
});

describe("secretsSetOf", () => {
  it("says which secrets hold a value, and nothing of the values", () => {
    expect(secretsSetOf(connector, { apiToken: "t", webhookSecret: "" })).toEqual({ apiToken: true, webhookSecret: false });
    expect(secretsSetOf(connector, null)).toEqual({ apiToken: false, webhookSecret: false });
  });
});

describe("generatedSecretsOf", () => {
  const own = {
    title: "Your own system",
    fields: [{ key: "signingSecret", label: "Signing secret", secret: true, generated: true }],
    settingsSchema: z.object({}),
    secretsSchema: z.object({ signingSecret: z.string().min(32).default(() => "m".repeat(40)) }),
  };

  it("gives back a secret the connector made up, and none that was typed or kept", () => {
    const made = mergeSecrets(own, {}, { signingSecret: "  " });
    expect(generatedSecretsOf(own, {}, made.changed, made.secrets)).toEqual({ signingSecret: "m".repeat(40) });
    const typed = mergeSecrets(own, {}, { signingSecret: "t".repeat(40) });
    expect(generatedSecretsOf(own, {}, typed.changed, typed.secrets)).toBeUndefined();
    const saved = { signingSecret: "s".repeat(40) };
    const kept = mergeSecrets(own, saved, {});
    expect(generatedSecretsOf(own, saved, kept.changed, kept.secrets)).toBeUndefined();
  });
});
