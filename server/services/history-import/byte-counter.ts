import "server-only";
import { Transform } from "node:stream";

/** A pass-through stream that counts the bytes flowing through it, so progress can be shown as a share of the file. */
export function byteCounter(onBytes: (total: number) => void): Transform {
  let total = 0;
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      total += chunk.length;
      onBytes(total);
      done(null, chunk);
    },
  });
}
