/** Stage `tables`: see README "Layout". */
export {};
