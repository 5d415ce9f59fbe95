/**
 * Typed errors. A broken contract (wrong argument, unknown option) throws one of
 * these at once; messy data never throws, it becomes a `Diagnostic`.
 * Messages read `<stage>: <what>; expected <x>, found <y>`.
 */
export class KitError extends Error {
  readonly code: string;
  constructor(message: string, code: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
    this.code = code;
  }
}

/** A caller passed something the function cannot take. */
export class InvalidInputError extends KitError {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, "invalid_input", options);
  }
}

/** An option with an unknown or out-of-range value. */
export class InvalidOptionError extends KitError {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, "invalid_option", options);
  }
}

/** A file could not be read at all (I/O failure, not a format problem). */
export class ReadError extends KitError {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, "read_error", options);
  }
}

/** Describe a value for an error message: `"abc"`, `number 3`, `null`. */
export function describe(value: unknown): string {
  if (value === null) return "null";
  if (value === undefined) return "undefined";
  if (typeof value === "string") return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (Array.isArray(value)) return `array of ${value.length}`;
  return `${typeof value} ${String(value).slice(0, 40)}`;
}
