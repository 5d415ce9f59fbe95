/** Stage `charts`: see README "Layout". */
export {};
