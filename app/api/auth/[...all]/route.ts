import { handleAuthRequest } from "@/server/auth/auth-route";

// The auth object is built on the first request, not at import (see getAuth).
export async function GET(req: Request) {
  return handleAuthRequest(req, "GET");
}

export async function POST(req: Request) {
  return handleAuthRequest(req, "POST");
}
