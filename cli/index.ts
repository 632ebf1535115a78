import { Command, CommanderError } from "commander";
import { registerAuditCommand } from "./commands/audit";
import { registerBacktestCommand } from "./commands/backtest";
import { registerCompileCommand } from "./commands/compile";
import { registerEvalIntentCommand } from "./commands/eval-intent";
import { registerImportZendeskTriggerCommand } from "./commands/import-zendesk-trigger";
import { registerImportTicketsCommand } from "./commands/import-tickets";
import { registerKbImportCommand } from "./commands/kb-import";
import { registerSimulateCommand } from "./commands/simulate";
import { registerTrainIntentCommand } from "./commands/train-intent";
import { registerUsersCommand } from "./commands/users";

/**
 * `npm run studio -- <command>`: the studio's command line. Each command lives in its own file under
 * commands/ and registers itself here, so import, audit, backtest and eval can be added side by side.
 */
const program = new Command()
  .name("studio")
  .description("Flow studio for support-ticket automation")
  .showHelpAfterError("(run with --help for usage)")
  // Usage mistakes exit 2, so scripts can tell them from a command that ran and found problems (exit 1).
  .exitOverride((err: CommanderError) => process.exit(err.exitCode === 0 ? 0 : 2));

registerCompileCommand(program);
registerImportZendeskTriggerCommand(program);
registerImportTicketsCommand(program);
registerTrainIntentCommand(program);
registerAuditCommand(program);
registerKbImportCommand(program);
registerEvalIntentCommand(program);
registerBacktestCommand(program);
registerUsersCommand(program);
registerSimulateCommand(program);

await program.parseAsync(process.argv);
