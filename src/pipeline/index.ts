/** Stage `pipeline`: see README "Layout". */
export {};
