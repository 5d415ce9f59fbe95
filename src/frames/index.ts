/** Stage `frames`: results → tidy rows and danfojs DataFrames. */
import * as dfd from "danfojs";

/** danfojs, re-exported so that notebooks (tslab resolves modules the Node10 way) get it with types. */
export { dfd };
