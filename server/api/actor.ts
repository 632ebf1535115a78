/**
 * Who is acting, for authorship and the audit log. There is no sign-in yet: the studio sends an
 * `x-studio-user` header, and anything else acts as "studio". This is the one place sign-in
 * (better-auth, issue 3 part 8) replaces with the session's user.
 */
export const DEFAULT_ACTOR = "studio";

export function actorFromHeaders(headers: Headers): string {
  const raw = headers.get("x-studio-user")?.trim() ?? "";
  // Bounded and single-line: it is shown in tables and stored in every audit row.
  const cleaned = raw.replace(/[\u0000-\u001f\u007f]/g, "").slice(0, 120);
  return cleaned.length > 0 ? cleaned : DEFAULT_ACTOR;
}
