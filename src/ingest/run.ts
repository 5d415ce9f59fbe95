/** Run an external tool with a time limit, in a private temporary directory. */
import { execFile } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** Outcome of a tool run: its stdout, or what went wrong. */
export type RunResult = { readonly ok: true; readonly stdout: string } | { readonly ok: false; readonly error: string };

/** Run `cmd args`; never throws: failures and timeouts come back as `{ok: false}`. */
export function runTool(cmd: string, args: readonly string[], timeoutMs: number, cwd?: string): Promise<RunResult> {
  return new Promise((resolve) => {
    execFile(
      cmd,
      [...args],
      {
        timeout: timeoutMs,
        maxBuffer: 256 * 1024 * 1024,
        encoding: "utf8",
        cwd,
        killSignal: "SIGKILL",
        env: { ...process.env, OMP_THREAD_LIMIT: "1" },
      },
      (err, stdout, stderr) => {
        if (err === null) resolve({ ok: true, stdout });
        else {
          const why = (err as { killed?: boolean }).killed
            ? `timed out after ${timeoutMs} ms`
            : err.message.split("\n")[0];
          resolve({ ok: false, error: `${cmd}: ${why}${stderr ? ` (${stderr.trim().slice(0, 200)})` : ""}` });
        }
      },
    );
  });
}

/** Call `fn` with a fresh temporary directory, removed afterwards. */
export async function withTempDir<T>(prefix: string, fn: (dir: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  try {
    return await fn(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
