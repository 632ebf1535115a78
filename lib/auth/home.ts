import type { Role } from "./roles";

/** Where each role lands after signing in: agents work tickets, managers read the dashboards, the rest start from the flows. */
export function homeOf(role: Role): string {
  if (role === "agent") return "/inbox";
  return role === "manager" ? "/dashboards" : "/flows";
}
