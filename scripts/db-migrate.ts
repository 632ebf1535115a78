// `npm run db:migrate`: make sure the database exists (DATABASE_URL, or the embedded server under .data/) and apply
// the committed migrations. An embedded server started here stops again when this script ends.
import { ensureDatabase } from "../server/db/embedded-postgres";
import { migrateDatabase, redactUrl } from "../server/db/migrate";

const db = await ensureDatabase();
try {
  await migrateDatabase(db.url);
  // The embedded server's URL has only local, fixed credentials; an external one may carry a real password.
  console.log(`Database is up to date: ${db.embedded ? `${db.url} (embedded PostgreSQL)` : redactUrl(db.url)}`);
} finally {
  await db.stop();
}
