import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { signStudioRequest } from "../../../tests/fakes/studio-receiver";
import { studioConnector } from "./connector";
import { SHELL_SIGNATURE_LINE } from "./setup-guide";
import { studioSignature, studioSignatureHeaders } from "./signature";

const url = "https://studio.example.com/api/webhooks/helpdesk/c1";

function hasOpenssl(): boolean {
  try {
    execFileSync("openssl", ["version"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

describe("studioConnector", () => {
  it("asks for an optional callback address and a signing secret it makes up when left empty", () => {
    expect(studioConnector.fields.map((f) => [f.key, f.secret, f.generated === true])).toEqual([
      ["callbackUrl", false, false],
      ["signingSecret", true, true],
    ]);
    const made = studioConnector.secretsSchema.parse({});
    const again = studioConnector.secretsSchema.parse({});
    expect(made.signingSecret).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(again.signingSecret).not.toBe(made.signingSecret);
    expect(studioConnector.secretsSchema.safeParse({ signingSecret: "short" }).success).toBe(false);
    expect(studioConnector.settingsSchema.parse({ callbackUrl: "" })).toEqual({ callbackUrl: undefined });
    expect(studioConnector.settingsSchema.safeParse({ callbackUrl: "ftp://example.com/x" }).success).toBe(false);
  });

  it("acts outside the studio only with a callback address, and takes the studio's own queue names", () => {
    expect(studioConnector.sendsEffects?.(studioConnector.settingsSchema.parse({}))).toBe(false);
    expect(studioConnector.sendsEffects?.(studioConnector.settingsSchema.parse({ callbackUrl: "https://desk.example.com/cb" }))).toBe(true);
    expect(studioConnector.takesStudioNames).toBe(true);
  });

  it("signs as the guide says, so a request signed the guide's way passes its own check", () => {
    const at = new Date("2026-12-07T10:00:00Z");
    const body = '{"externalId":"T-1"}';
    expect(studioSignatureHeaders("k".repeat(40), body, at)).toEqual({
      "X-Studio-Timestamp": "1796637600",
      "X-Studio-Signature": `v1=${studioSignature("k".repeat(40), "1796637600", body)}`,
    });
    const headers = signStudioRequest("k".repeat(40), body, at);
    expect(studioConnector.verify({ rawBody: body, headers, receivedAt: at }, { signingSecret: "k".repeat(40) }).ok).toBe(true);
  });

  it("gives set-up steps with the headers, example bodies that it reads back, and Node and shell signing code", () => {
    const guide = studioConnector.setupGuide(studioConnector.settingsSchema.parse({}), url);
    const text = guide.steps.join("\n");
    expect(text).toContain("X-Studio-Timestamp");
    expect(text).toContain('"<timestamp>.<body>"');
    expect(text).toContain("inbound only");
    for (const body of [guide.webhookBody!, ...guide.examples!.slice(0, 3).map((e) => e.code)]) {
      expect(studioConnector.parse({ rawBody: body, headers: {}, receivedAt: new Date() }, {}).length).toBeGreaterThan(0);
    }
    const code = guide.examples!.map((e) => e.code).join("\n");
    expect(code).toContain(url);
    expect(code).toContain('createHmac("sha256", process.env.STUDIO_SIGNING_SECRET)');
    expect(code).toContain(SHELL_SIGNATURE_LINE);

    const withCallback = studioConnector.setupGuide(studioConnector.settingsSchema.parse({ callbackUrl: "https://desk.example.com/cb" }), url);
    expect(withCallback.steps.join("\n")).toContain("https://desk.example.com/cb");
    expect(withCallback.steps.join("\n")).toContain("Idempotency-Key");
  });

  it.skipIf(!hasOpenssl())("has a shell signing line that computes the same signature as the studio", () => {
    const secret = "shell-secret-0123456789-abcdefghijklmnop";
    const body = '{"externalId":"T-1","subject":"Où est ma commande?"}';
    const sig = execFileSync("sh", ["-c", `${SHELL_SIGNATURE_LINE}\nprintf '%s' "$SIG"`], {
      env: { ...process.env, TS: "1796637600", BODY: body, STUDIO_SIGNING_SECRET: secret },
    }).toString();
    expect(sig).toBe(studioSignature(secret, "1796637600", body));
  });
});
