import { redirect } from "next/navigation";
import { homeOf } from "@/lib/auth/home";
import { requireUser } from "@/server/auth/page-guard";

/** "/" is each role's home: the sign-in form comes back here when no other page was asked for. */
export default async function Home(): Promise<never> {
  const user = await requireUser();
  redirect(homeOf(user.role));
}
