/** Stage `rules`: see README "Layout". */
export {};
