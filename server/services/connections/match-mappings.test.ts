import { describe, expect, it } from "vitest";
import { matchAgents, matchQueues, sameName } from "./match-mappings";

const groups = [
  { id: "g1", name: "Billing EMEA" },
  { id: "g2", name: "Tech Support" },
  { id: "g3", name: "VIP" },
];
const users = [
  { id: "u1", name: "Maya Okafor", email: "MAYA@acme.example" },
  { id: "u2", name: "Tom Fischer", email: "tom@elsewhere.example" },
  { id: "u3", name: "Ana Ruiz", email: null },
];

describe("sameName", () => {
  it("ignores case, spaces, hyphens and underscores", () => {
    expect(sameName("billing-emea", "Billing EMEA")).toBe(true);
    expect(sameName("tech_support", "Tech  Support")).toBe(true);
    expect(sameName("billing", "Billing EMEA")).toBe(false);
  });
});

describe("matchQueues", () => {
  it("keeps a saved mapping, suggests a group by name, and leaves the rest unmapped", () => {
    const matches = matchQueues(["billing-emea", "tech support", "general"], groups, [{ local: "billing-emea", remoteId: "g3", remoteName: "old name" }]);
    expect(matches).toEqual([
      { local: "billing-emea", remoteId: "g3", remoteName: "VIP", source: "saved" },
      { local: "tech support", remoteId: "g2", remoteName: "Tech Support", source: "suggested" },
      { local: "general", remoteId: null, remoteName: null, source: null },
    ]);
  });

  it("shows the saved name of a group the helpdesk no longer lists", () => {
    expect(matchQueues(["vip"], [], [{ local: "vip", remoteId: "g9", remoteName: "Gone" }])[0]).toEqual({ local: "vip", remoteId: "g9", remoteName: "Gone", source: "saved" });
  });
});

describe("matchAgents", () => {
  it("matches by email in any case first, then by name, and keeps saved ones", () => {
    const matches = matchAgents(
      [
        { email: "maya@acme.example", name: "Maya O." },
        { email: "tom@acme.example", name: "tom fischer" },
        { email: "Li@acme.example", name: "Li Wei" },
        { email: "ana@acme.example", name: "Ana Ruiz" },
      ],
      users,
      [{ local: "ana@acme.example", remoteId: "u2", remoteName: null }],
    );
    expect(matches).toEqual([
      { local: "maya@acme.example", name: "Maya O.", remoteId: "u1", remoteName: "Maya Okafor", source: "suggested" },
      { local: "tom@acme.example", name: "tom fischer", remoteId: "u2", remoteName: "Tom Fischer", source: "suggested" },
      { local: "li@acme.example", name: "Li Wei", remoteId: null, remoteName: null, source: null },
      { local: "ana@acme.example", name: "Ana Ruiz", remoteId: "u2", remoteName: "Tom Fischer", source: "saved" },
    ]);
  });
});
