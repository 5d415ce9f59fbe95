/**
 * One HTTP exchange with undici: a GET without following redirects, with a time limit for the
 * headers and between body chunks plus an overall deadline, and a size cap past which the body
 * is cut off. What was sent and what came back are returned for the WARC writer; nothing throws
 * for network trouble, it is an `error` on the exchange.
 */
import { STATUS_CODES } from "node:http";
import { gunzipSync, inflateSync, brotliDecompressSync } from "node:zlib";
import { Agent, request } from "undici";

export interface Exchange {
  readonly url: string;
  readonly requestHeaders: Readonly<Record<string, string>>;
  /** Milliseconds since the epoch when the request was sent. */
  readonly startedAt: number;
  readonly status: number | null;
  readonly statusLine: string | null;
  /** Response headers as [name, value] pairs. */
  readonly headers: readonly (readonly [string, string])[];
  readonly body: Uint8Array;
  /** The body was cut off at the size cap. */
  readonly truncated: boolean;
  readonly remoteAddress: string | null;
  /** A network failure (timeout, reset, refused); null when a response arrived in full. */
  readonly error: string | null;
  /** The failure is a timeout or a reset worth retrying. */
  readonly retryable: boolean;
}

export interface HttpOptions {
  readonly userAgent: string;
  readonly timeoutMs: number;
  readonly maxBytes: number;
  readonly signal?: AbortSignal;
}

/** An undici agent with one connection per origin and, optionally, fixed addresses for host names. */
export function createAgent(resolve: ReadonlyMap<string, string> = new Map()): Agent {
  return new Agent({
    connections: 1,
    pipelining: 1,
    connect: {
      lookup: (hostname, options, callback) => {
        const fixed = resolve.get(hostname.toLowerCase());
        if (fixed === undefined) {
          import("node:dns").then((dns) => dns.lookup(hostname, options, callback as never), callback as never);
          return;
        }
        const family = fixed.includes(":") ? 6 : 4;
        if ((options as { all?: boolean }).all === true)
          (callback as (e: null, a: object[]) => void)(null, [{ address: fixed, family }]);
        else callback(null, fixed, family);
      },
    },
  });
}

function header(headers: readonly (readonly [string, string])[], name: string): string | null {
  for (const [k, v] of headers) if (k.toLowerCase() === name) return v;
  return null;
}

export { header as headerValue };

/** Undo a Content-Encoding the server applied although none was asked for; the header is renamed in the record. */
function decodeContent(body: Uint8Array, encoding: string | null): Uint8Array | null {
  const e = (encoding ?? "identity").toLowerCase().trim();
  try {
    if (e === "gzip" || e === "x-gzip") return gunzipSync(body);
    if (e === "deflate") return inflateSync(body);
    if (e === "br") return brotliDecompressSync(body);
  } catch {
    return null;
  }
  return body;
}

/** GET `url` once. */
export async function fetchOnce(url: string, agent: Agent, opts: HttpOptions): Promise<Exchange> {
  const requestHeaders = {
    "user-agent": opts.userAgent,
    accept: "text/html,application/xhtml+xml,application/pdf,*/*;q=0.8",
    "accept-encoding": "identity",
  };
  const startedAt = Date.now();
  const deadline = AbortSignal.timeout(opts.timeoutMs * 10);
  const signal = opts.signal === undefined ? deadline : AbortSignal.any([deadline, opts.signal]);
  const base = { url, requestHeaders, startedAt };
  try {
    const res = await request(url, {
      method: "GET",
      dispatcher: agent,
      headers: requestHeaders,
      headersTimeout: opts.timeoutMs,
      bodyTimeout: opts.timeoutMs,
      signal,
    });
    const headers: [string, string][] = [];
    for (const [k, v] of Object.entries(res.headers)) {
      if (v === undefined) continue;
      for (const one of Array.isArray(v) ? v : [v]) headers.push([k, one]);
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let truncated = false;
    for await (const chunk of res.body) {
      const c = chunk as Buffer;
      if (size + c.length > opts.maxBytes) {
        chunks.push(c.subarray(0, opts.maxBytes - size));
        size = opts.maxBytes;
        truncated = true;
        res.body.destroy();
        break;
      }
      chunks.push(c);
      size += c.length;
    }
    let body: Uint8Array = Buffer.concat(chunks);
    let outHeaders: (readonly [string, string])[] = headers;
    const enc = header(headers, "content-encoding");
    if (!truncated && enc !== null && enc.toLowerCase() !== "identity") {
      const decoded = decodeContent(body, enc);
      if (decoded !== null) {
        body = decoded;
        outHeaders = headers.map(([k, v]) =>
          k === "content-encoding"
            ? (["x-archive-orig-content-encoding", v] as const)
            : k === "content-length"
              ? (["x-archive-orig-content-length", v] as const)
              : ([k, v] as const),
        );
      }
    }
    outHeaders = outHeaders.filter(([k]) => k !== "transfer-encoding");
    const status = res.statusCode;
    return {
      ...base,
      status,
      statusLine: `HTTP/1.1 ${status} ${STATUS_CODES[status] ?? ""}`.trimEnd(),
      headers: outHeaders,
      body,
      truncated,
      remoteAddress: null,
      error: null,
      retryable: false,
    };
  } catch (err) {
    const e = err as Error & { code?: string };
    const code = e.code ?? e.name;
    const timeout = /TIMEOUT|AbortError|TimeoutError/i.test(code) && opts.signal?.aborted !== true;
    const reset = /ECONNRESET|ECONNREFUSED|EPIPE|SOCKET|UND_ERR_CLOSED|ETIMEDOUT|EAI_AGAIN/i.test(code);
    return {
      ...base,
      status: null,
      statusLine: null,
      headers: [],
      body: new Uint8Array(0),
      truncated: false,
      remoteAddress: null,
      error: `${timeout ? "timeout" : "network error"} (${code}: ${e.message})`,
      retryable: timeout || reset,
    };
  }
}

/** Milliseconds a Retry-After header asks for (seconds or an HTTP date), or null. */
export function retryAfterMs(value: string | null, now: number): number | null {
  if (value === null) return null;
  const v = value.trim();
  if (/^\d+$/.test(v)) return Number(v) * 1000;
  const t = Date.parse(v);
  return Number.isNaN(t) ? null : Math.max(0, t - now);
}
