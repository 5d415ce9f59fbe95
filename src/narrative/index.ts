/** Stage `narrative`: see README "Layout". */
export {};
