/**
 * The walk over joint readings, shared by the national solver (`search.ts`) and the legacy
 * one (`legacy/solve.ts`): one reading per row, depth first, a choice followed further only
 * when `accept` keeps it (the caller's pruning: an identity whose rows are all chosen must be
 * feasible), every complete choice handed to `leaf`. Bounded in nodes visited; the result
 * says whether the bound stopped the walk, so a caller never mistakes a cut walk for a proof.
 */

/** How a walk ended. */
export interface JointWalk {
  /** Nodes visited (choices made, the root included). */
  readonly nodes: number;
  /** The bound stopped the walk before every joint reading was seen. */
  readonly aborted: boolean;
}

/** What a walk does at each step. */
export interface JointVisitor {
  /** Choose option `option` at depth `depth`; false prunes the branch. */
  readonly accept: (depth: number, option: number) => boolean;
  /** Every depth has its choice. */
  readonly leaf: () => void;
  /** The options of `depth` are exhausted (undo what `accept` set there). */
  readonly leave?: (depth: number) => void;
}

/**
 * Visit every joint choice of one option per depth that `accept` keeps.
 * @param options the options of each depth (reading indices of each row)
 * @param bound at most this many nodes
 */
export function walkJoint(options: readonly (readonly number[])[], bound: number, visit: JointVisitor): JointWalk {
  let nodes = 0;
  let aborted = false;
  const go = (d: number): void => {
    if (++nodes > bound) {
      aborted = true;
      return;
    }
    if (d === options.length) {
      visit.leaf();
      return;
    }
    for (const k of options[d]!) {
      if (aborted) break;
      if (visit.accept(d, k)) go(d + 1);
    }
    visit.leave?.(d);
  };
  go(0);
  return { nodes, aborted };
}
