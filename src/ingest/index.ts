/** Stage `ingest`: see README "Layout". */
export {};
