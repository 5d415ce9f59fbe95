// Worker entry when the library runs from its TypeScript sources (tests, benches under tsx):
// tsx's loader hooks are per thread, so the worker registers them before loading worker.ts.
// The built library (dist/) starts worker.js directly and never loads this file.
import { register } from "tsx/esm/api";

register();
await import("./worker.ts");
