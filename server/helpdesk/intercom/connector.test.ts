import { describe, expect, it } from "vitest";
import { connectorFor } from "../connectors";
import { intercomConnector } from "./connector";
import { INTERCOM_TOPICS } from "./parse-webhook";

describe("intercomConnector", () => {
  it("is the registry's Intercom connector", () => {
    expect(connectorFor("intercom")).toBe(intercomConnector);
  });

  it("reads the connection form's text values, with defaults for empty boxes", () => {
    expect(intercomConnector.settingsSchema.parse({ region: " EU ", adminId: " 5017691 ", snoozeHours: "48", baseUrl: "" })).toEqual({
      region: "eu",
      adminId: "5017691",
      snoozeHours: 48,
    });
    expect(intercomConnector.settingsSchema.parse({ region: "", adminId: "", snoozeHours: "" })).toEqual({ region: "us", snoozeHours: 24 });
    expect(intercomConnector.settingsSchema.parse({ baseUrl: "http://127.0.0.1:4010" })).toMatchObject({ baseUrl: "http://127.0.0.1:4010" });
  });

  it("explains bad settings in plain words", () => {
    const bad = intercomConnector.settingsSchema.safeParse({ region: "asia", adminId: "ava", snoozeHours: "1.5", baseUrl: "ftp://x" });
    expect(bad.success).toBe(false);
    const messages = bad.error!.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
    expect(messages).toEqual([
      "region: Region must be us, eu or au (where your Intercom workspace is hosted)",
      "adminId: The admin id is a number, e.g. 5017691",
      "snoozeHours: Snooze hours must be a whole number",
      "baseUrl: The API address must start with http:// or https://",
    ]);
    expect(intercomConnector.secretsSchema.safeParse({ accessToken: " ", clientSecret: "s" }).error?.issues[0]?.message).toMatch(/access token/);
  });

  it("asks for both secrets as secret fields and shows the settings again", () => {
    const byKey = Object.fromEntries(intercomConnector.fields.map((f) => [f.key, f.secret]));
    expect(byKey).toEqual({ region: false, adminId: false, snoozeHours: false, baseUrl: false, accessToken: true, clientSecret: true });
    for (const field of intercomConnector.fields) expect(field.help, field.key).toBeTruthy();
  });

  it("guides the set-up in the Developer Hub with the webhook URL and every topic it reads", () => {
    const settings = intercomConnector.settingsSchema.parse({});
    const guide = intercomConnector.setupGuide(settings, "https://studio.example.com/api/webhooks/helpdesk/c_123");
    const text = guide.steps.join("\n");
    expect(text).toContain("Developer Hub");
    expect(text).toContain("Basic information");
    expect(text).toContain("Authentication");
    expect(text).toContain("Endpoint URL: https://studio.example.com/api/webhooks/helpdesk/c_123");
    for (const topic of INTERCOM_TOPICS) expect(text).toContain(topic);
    expect(guide.webhookBody).toBeUndefined();
    expect(guide.conditions).toHaveLength(INTERCOM_TOPICS.length);
  });
});
