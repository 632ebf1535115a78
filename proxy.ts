import { getSessionCookie } from "better-auth/cookies";
import { NextResponse, type NextRequest } from "next/server";

/**
 * An optimistic check only (cookie present, not verified): sends visitors without a session cookie to the
 * sign-in page early. The (app) layout and every tRPC procedure verify the session for real. Also passes the
 * requested path on, so the layout's redirect can come back to it.
 */
export function proxy(request: NextRequest) {
  const path = request.nextUrl.pathname + request.nextUrl.search;
  if (!getSessionCookie(request)) {
    const url = request.nextUrl.clone();
    url.pathname = "/sign-in";
    url.search = `?next=${encodeURIComponent(path)}`;
    return NextResponse.redirect(url);
  }
  const headers = new Headers(request.headers);
  headers.set("x-studio-path", path);
  return NextResponse.next({ request: { headers } });
}

export const config = {
  // Pages only: the API routes answer for themselves (tRPC 401, signed webhooks, public health). The chat
  // widget (its script and frame) and the demo help centre that hosts it are for customers, who have no session;
  // shared/ pages are read-only links (checked by their token) for people without a seat.
  matcher: ["/((?!api/|sign-in|_next/|icon.svg|favicon.ico|widget.js|widget/|help-centre|shared/).*)"],
};
