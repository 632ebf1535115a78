import { describe, expect, it } from "vitest";
import { listenHost, webUrlFor } from "./web";

describe("where the web app listens", () => {
  it("is this machine only unless HOST says otherwise", () => {
    expect(listenHost({})).toBe("127.0.0.1");
    expect(listenHost({ HOST: " " })).toBe("127.0.0.1");
    expect(listenHost({ HOST: "0.0.0.0" })).toBe("0.0.0.0");
  });

  it("is reached over loopback when it listens everywhere, else at its own address", () => {
    expect(webUrlFor("127.0.0.1", 3000)).toBe("http://127.0.0.1:3000");
    expect(webUrlFor("0.0.0.0", 3000)).toBe("http://127.0.0.1:3000");
    expect(webUrlFor("::", 3000)).toBe("http://127.0.0.1:3000");
    expect(webUrlFor("10.1.2.3", 3001)).toBe("http://10.1.2.3:3001");
    expect(webUrlFor("fd00::5", 3001)).toBe("http://[fd00::5]:3001");
  });
});
