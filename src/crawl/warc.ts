/**
 * WARC 1.1 output with warcio: a warcinfo record, then a request and a response record (linked by
 * WARC-Concurrent-To) for every exchange, each record its own gzip member, SHA-256 digests in hex.
 * Each record is serialised in memory and appended with one synchronous write, so a killed crawl
 * leaves whole records; every run writes a new file (`xxgk-<time>-<pid>-<n>.warc.gz`), rotated at 1 GB.
 */
import { closeSync, mkdirSync, openSync, writeSync } from "node:fs";
import { join } from "node:path";
import { WARCRecord, WARCSerializer } from "warcio";
import type { Exchange } from "./http.js";

const DIGEST: NonNullable<Parameters<typeof WARCSerializer.serialize>[1]>["digest"] = {
  algo: "sha-256",
  prefix: "sha256:",
  base32: false,
};
const ROTATE_BYTES = 1 << 30;

/** Where a response record went. */
export interface WarcRef {
  readonly file: string;
  readonly recordId: string;
  readonly payloadDigest: string | null;
}

async function* once(bytes: Uint8Array): AsyncGenerator<Uint8Array> {
  if (bytes.length > 0) yield bytes;
}

export class WarcWriter {
  private fd: number | null = null;
  private size = 0;
  private part = 0;
  private readonly stamp: string;
  readonly files: string[] = [];

  constructor(
    private readonly dir: string,
    private readonly software: string,
  ) {
    this.stamp = new Date().toISOString().replace(/[-:]/g, "").replace(/\..*$/, "");
  }

  private async open(): Promise<number> {
    if (this.fd !== null && this.size < ROTATE_BYTES) return this.fd;
    if (this.fd !== null) closeSync(this.fd);
    mkdirSync(this.dir, { recursive: true });
    const name = `xxgk-${this.stamp}-${process.pid}-${this.part++}.warc.gz`;
    this.fd = openSync(join(this.dir, name), "a");
    this.size = 0;
    this.files.push(name);
    const info = WARCRecord.createWARCInfo(
      { filename: name, warcVersion: "WARC/1.1" },
      {
        software: this.software,
        format: "WARC File Format 1.1",
        conformsTo: "https://iipc.github.io/warc-specifications/specifications/warc-format/warc-1.1/",
      },
    );
    this.append(await WARCSerializer.serialize(info, { gzip: true, digest: DIGEST }));
    return this.fd;
  }

  private append(bytes: Uint8Array): void {
    writeSync(this.fd!, bytes);
    this.size += bytes.length;
  }

  /** Write the request record, and the response record when a response came; returns the response's place. */
  async write(x: Exchange): Promise<WarcRef | null> {
    await this.open();
    const date = new Date(x.startedAt).toISOString();
    const u = new URL(x.url);
    const warcHeaders: Record<string, string> = {};
    let ref: WarcRef | null = null;
    if (x.status !== null && x.statusLine !== null) {
      if (x.truncated) warcHeaders["WARC-Truncated"] = "length";
      if (x.remoteAddress !== null) warcHeaders["WARC-IP-Address"] = x.remoteAddress;
      const response = WARCRecord.create(
        {
          url: x.url,
          date,
          type: "response",
          warcVersion: "WARC/1.1",
          statusline: x.statusLine,
          httpHeaders: x.headers.map(([k, v]) => [k, v]) as [string, string][],
          warcHeaders,
        },
        once(x.body),
      );
      const bytes = await WARCSerializer.serialize(response, { gzip: true, digest: DIGEST });
      this.append(bytes);
      ref = {
        file: this.files[this.files.length - 1]!,
        recordId: response.warcHeader("WARC-Record-ID") ?? "",
        payloadDigest: response.warcPayloadDigest ?? null,
      };
    }
    const request = WARCRecord.create(
      {
        url: x.url,
        date,
        type: "request",
        warcVersion: "WARC/1.1",
        statusline: `GET ${u.pathname}${u.search} HTTP/1.1`,
        httpHeaders: { host: u.host, ...x.requestHeaders },
        warcHeaders: ref === null ? {} : { "WARC-Concurrent-To": ref.recordId },
      },
      [],
    );
    this.append(await WARCSerializer.serialize(request, { gzip: true, digest: DIGEST }));
    return ref;
  }

  close(): void {
    if (this.fd !== null) closeSync(this.fd);
    this.fd = null;
  }
}
