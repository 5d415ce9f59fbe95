/** Regular-expression helpers of the `sections` stage. */

/**
 * Every match of `re` in `s`, as exec results (with a numeric `index`). `re` must be
 * global; it is cloned, so its `lastIndex` is left untouched. Empty matches advance by one.
 */
export function allMatches(re: RegExp, s: string): RegExpExecArray[] {
  const g = new RegExp(re.source, re.flags.includes("g") ? re.flags : `${re.flags}g`);
  const out: RegExpExecArray[] = [];
  for (let m = g.exec(s); m !== null; m = g.exec(s)) {
    out.push(m);
    if (m[0].length === 0) g.lastIndex++;
  }
  return out;
}
