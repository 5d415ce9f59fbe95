/**
 * The normalisation passes, in the order `normalize.ts` runs them (the file names give the order):
 * each takes the offset-keeping text and the pass context and returns new text with its removals
 * and their reasons.
 */
export { applyLayout } from "./00-layout.js";
export { normalizeInvisible } from "./01-invisible.js";
export { normalizeMarkup } from "./02-markup.js";
export { normalizeWidth } from "./03-width.js";
export { normalizeRadicals } from "./04-radicals.js";
export { removePinyin } from "./05-pinyin.js";
export { convertScript } from "./06-script.js";
export { removeMarkdown } from "./07-markdown.js";
export { removeChrome } from "./08-chrome.js";
export { joinBrokenWords } from "./09-broken-words.js";
export { trimLineSpaces } from "./10-spaces.js";
export type { Pass, PassContext, PassNotes } from "./context.js";
