import type { Command } from "commander";
import { dataDir } from "../../server/env";
import { ROLES } from "../../lib/auth/roles";
import { ServiceError } from "../../server/services/lib/service-error";
import { provisionUser } from "../../server/services/users/provision-user";
import { resetPassword } from "../../server/services/users/reset-password";
import { listUsers } from "../../server/services/users/users";
import { withDatabase } from "../lib/with-database";

/** The audit log's actor for everything done from a shell. */
const ACTOR = "cli";

/**
 * `studio users reset-password <email> [--stdin]`, `studio users create <email> --role <role> [--name] [--stdin]`,
 * `studio users list`: for people who lost access, and for scripted set-ups. A password is made up and printed
 * unless --stdin gives one. Reading stdin only when asked (not whenever it is not a terminal): under ssh or a CI
 * runner stdin is often a pipe that never closes, and the command would wait forever.
 * Exit 0 done, 1 the command ran and could not (unknown or existing email), 2 usage mistakes (bad role, short password).
 */
export function registerUsersCommand(program: Command): void {
  const users = program.command("users").description("Reset passwords, create and list users (who can sign in, and with which role)");

  users
    .command("reset-password")
    .description("Give a user a new password (printed, or read from stdin with --stdin) and sign them out everywhere")
    .argument("<email>", "the user's email")
    .option("--stdin", "read the new password from stdin instead of making one up")
    .action(async (email: string, flags: { stdin?: boolean }) => {
      process.exitCode = await run(async () => {
        const password = flags.stdin ? await readPassword() : undefined;
        const result = await withDatabase((prisma) => resetPassword(prisma, { email, password, actor: ACTOR, dataDir: dataDir() }));
        const out = [`Password reset for ${result.email}.`];
        if (result.generated) out.push(`New password: ${result.password}`);
        out.push(`${result.sessionsRevoked === 1 ? "1 session was" : `${result.sessionsRevoked} sessions were`} signed out.`);
        process.stdout.write(`${out.join("\n")}\n`);
      });
    });

  users
    .command("create")
    .description("Create a user who signs in with email and password (printed, or read from stdin with --stdin)")
    .argument("<email>", "the new user's email")
    .requiredOption("--role <role>", `one of ${ROLES.join(", ")}`)
    .option("--name <name>", "the name shown in the studio (default: the part of the email before the @)")
    .option("--stdin", "read the password from stdin instead of making one up")
    .action(async (email: string, flags: { role: string; name?: string; stdin?: boolean }) => {
      process.exitCode = await run(async () => {
        const password = flags.stdin ? await readPassword() : undefined;
        const user = await withDatabase((prisma) => provisionUser(prisma, { email, role: flags.role, name: flags.name, password, actor: ACTOR }));
        const out = [`Created ${user.email} (${user.name}) with the ${user.role} role.`];
        if (user.generated) out.push(`Password: ${user.password}`);
        process.stdout.write(`${out.join("\n")}\n`);
      });
    });

  users
    .command("list")
    .description("List the users: email, role and name")
    .action(async () => {
      process.exitCode = await run(async () => {
        const rows = await withDatabase((prisma) => listUsers(prisma));
        const width = Math.max(5, ...rows.map((u) => u.email.length));
        const lines = [`${"email".padEnd(width)}  ${"role".padEnd(9)}  name`, ...rows.map((u) => `${u.email.padEnd(width)}  ${u.role.padEnd(9)}  ${u.name}`)];
        process.stdout.write(`${lines.join("\n")}\n`);
      });
    });
}

/** Runs a command body; the services' deliberate errors become a message and an exit code. */
async function run(body: () => Promise<void>): Promise<number> {
  try {
    await body();
    return 0;
  } catch (error) {
    if (error instanceof UsageError || (error instanceof ServiceError && error.kind === "invalid")) {
      process.stderr.write(`${error.message}\n`);
      return 2;
    }
    if (error instanceof ServiceError) {
      const hint = error.kind === "not-found" ? " `npm run studio -- users list` shows who there is." : "";
      process.stderr.write(`${error.message}${hint}\n`);
      return 1;
    }
    throw error;
  }
}

class UsageError extends Error {}

/** The whole of stdin, less the one line break `echo` or a here-string adds. */
async function readPassword(): Promise<string> {
  if (process.stdin.isTTY) process.stderr.write("Type the password, then Enter and Ctrl-D:\n");
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(typeof chunk === "string" ? Buffer.from(chunk) : chunk);
  const password = Buffer.concat(chunks).toString("utf8").replace(/\r?\n$/, "");
  if (password === "") throw new UsageError("--stdin was given but stdin is empty: pipe the password in, e.g. `printf %s \"$PASSWORD\" | …`.");
  return password;
}
