/**
 * A progress bar on stderr for long commands (import, backtest). On a terminal it redraws one line; in a log
 * (CI, a pipe) it prints a line at every 10% instead, so logs stay readable. stdout stays free for results.
 */
export interface ProgressBar {
  update(done: number, total: number, detail?: string): void;
  finish(detail?: string): void;
}

const WIDTH = 30;

export function progressBar(label: string, stream: NodeJS.WriteStream = process.stderr): ProgressBar {
  const started = performance.now();
  let lastDecile = -1;
  const render = (share: number, detail: string) => {
    const filled = Math.round(share * WIDTH);
    return `${label} [${"#".repeat(filled)}${".".repeat(WIDTH - filled)}] ${(share * 100).toFixed(0).padStart(3)}% ${detail}`;
  };
  return {
    update(done, total, detail = "") {
      const share = total > 0 ? Math.min(1, done / total) : 0;
      const elapsed = (performance.now() - started) / 1000;
      const eta = share > 0 && share < 1 ? ` ETA ${formatSeconds((elapsed / share) * (1 - share))}` : "";
      const line = render(share, `${detail}${eta}`);
      if (stream.isTTY) stream.write(`\r${line.padEnd(stream.columns ?? 100)}`);
      else if (Math.floor(share * 10) > lastDecile) {
        lastDecile = Math.floor(share * 10);
        stream.write(`${line}\n`);
      }
    },
    finish(detail = "") {
      const line = render(1, `${detail} in ${formatSeconds((performance.now() - started) / 1000)}`);
      stream.write(stream.isTTY ? `\r${line.padEnd(stream.columns ?? 100)}\n` : `${line}\n`);
    },
  };
}

export function formatSeconds(seconds: number): string {
  if (seconds < 60) return `${seconds.toFixed(seconds < 10 ? 1 : 0)}s`;
  const m = Math.floor(seconds / 60);
  return m < 60 ? `${m}m${String(Math.round(seconds % 60)).padStart(2, "0")}s` : `${Math.floor(m / 60)}h${String(m % 60).padStart(2, "0")}m`;
}
