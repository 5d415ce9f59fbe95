/** Stage `similarity`: see README "Layout". */
export {};
