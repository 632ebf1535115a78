import type { Role } from "./roles";

/** Where each role lands after signing in: agents work tickets, everyone else starts from the flows. */
export function homeOf(role: Role): string {
  return role === "agent" ? "/inbox" : "/flows";
}
