import { redirect } from "next/navigation";
import { connection } from "next/server";
import { currentWeek } from "@/lib/weekly-review/week-label";

/** /review opens this week's review, so a plain link always lands on the week under way. */
export default async function ReviewIndexPage() {
  await connection();
  redirect(`/review/${currentWeek(new Date())}`);
}
