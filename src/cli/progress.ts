/** Progress on stderr: a one-line bar on a terminal, plain periodic lines otherwise. */
import type { Progress } from "../job/index.js";

function fmtTime(seconds: number): string {
  if (!Number.isFinite(seconds)) return "?";
  const s = Math.round(seconds);
  return s >= 3600
    ? `${Math.floor(s / 3600)}h${Math.floor((s % 3600) / 60)}m`
    : s >= 60
      ? `${Math.floor(s / 60)}m${s % 60}s`
      : `${s}s`;
}

/** A progress reporter for `total` inputs (null when unknown). */
export function progressReporter(total: number | null, stream: NodeJS.WriteStream = process.stderr) {
  const started = performance.now();
  const tty = stream.isTTY === true;
  let lastLine = Number.NEGATIVE_INFINITY;
  const line = (p: Progress): string => {
    const elapsed = (performance.now() - started) / 1000;
    const rate = p.done / Math.max(elapsed, 1e-3);
    const eta = total === null ? Number.NaN : (total - p.done) / Math.max(rate, 1e-9);
    const pct = total === null || total === 0 ? "" : ` ${((100 * p.done) / total).toFixed(0).padStart(3)}%`;
    const bar =
      total === null || total === 0 ? "" : ` [${"#".repeat(Math.round((20 * p.done) / total)).padEnd(20, ".")}]`;
    return `${bar}${pct} ${p.done}${total === null ? "" : `/${total}`} 份 · ok ${p.status.ok} · partial ${p.status.partial} · error ${p.status.error} · 缓存 cached ${p.cached} · ${rate.toFixed(1)}/s · ETA ${fmtTime(eta)}`;
  };
  return {
    update(p: Progress): void {
      if (tty) stream.write(`\r${line(p)}\x1b[K`);
      else if (performance.now() - lastLine > 5000 || p.done === total) {
        lastLine = performance.now();
        stream.write(`xxgk analyze:${line(p)}\n`);
      }
    },
    end(): void {
      if (tty) stream.write("\n");
    },
  };
}
