/** Run an external tool with a time limit, in a private temporary directory. */
import { execFile } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** Outcome of a tool run: its stdout, or what went wrong. */
export type RunResult = { readonly ok: true; readonly stdout: string } | { readonly ok: false; readonly error: string };

/**
 * `message` with every occurrence of the temporary directory `dir` written `<tmp>`: a random
 * path in a diagnostic would make the same file give a different report on every run.
 */
export function scrubTempDir(message: string, dir: string | undefined): string {
  return dir === undefined || dir === "" ? message : message.split(dir).join("<tmp>");
}

/**
 * Run `cmd args`; never throws: failures and timeouts come back as `{ok: false}`, their
 * message with the temporary directory `tempDir` (when given) written `<tmp>`.
 */
export function runTool(cmd: string, args: readonly string[], timeoutMs: number, tempDir?: string): Promise<RunResult> {
  return new Promise((resolve) => {
    execFile(
      cmd,
      [...args],
      {
        timeout: timeoutMs,
        maxBuffer: 256 * 1024 * 1024,
        encoding: "utf8",
        killSignal: "SIGKILL",
        env: { ...process.env, OMP_THREAD_LIMIT: "1" },
      },
      (err, stdout, stderr) => {
        if (err === null) resolve({ ok: true, stdout });
        else {
          const why = (err as { killed?: boolean }).killed
            ? `timed out after ${timeoutMs} ms`
            : err.message.split("\n")[0];
          const detail = stderr ? ` (${stderr.trim().slice(0, 200)})` : "";
          resolve({ ok: false, error: scrubTempDir(`${cmd}: ${why}${detail}`, tempDir) });
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
