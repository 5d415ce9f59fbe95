/**
 * Whether two agency names are the same agency for scoring (evaluation and generator tests):
 * equal canonical keys, or one is the other with more of its place chain in front
 * (荔湾区冲口街道 = 冲口街道). An abbreviation or another organ is a different name.
 */
import { agencyId } from "../../src/sections/index.js";
import { toSimplified } from "../../src/util/chinese.js";

/** Place-chain segments that may stand before the same organ (广州市荔湾区 + 冲口街道). */
const PLACE_CHAIN = /^(?:[\p{Script=Han}]{1,12}?(?:省|市|自治区|自治州|州|盟|地区|县|区|旗|自治县|自治旗))+$/u;

export function sameAgency(got: string, want: string): boolean {
  if (got === "" || want === "") return got === want;
  const a = agencyId(toSimplified(got));
  const b = agencyId(toSimplified(want));
  if (a === b) return true;
  const [long, short] = a.length > b.length ? [a, b] : [b, a];
  return long.endsWith(short) && short.length >= 2 && PLACE_CHAIN.test(long.slice(0, long.length - short.length));
}
