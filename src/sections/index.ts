/** Stage `sections`: see README "Layout". */
export {};
