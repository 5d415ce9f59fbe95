/** Minimal structural view of htmlparser2's DOM nodes. */
export interface DomNode {
  readonly type: string;
  readonly startIndex: number | null;
  readonly endIndex: number | null;
  readonly name?: string;
  readonly data?: string;
  readonly attribs?: Readonly<Record<string, string>>;
  readonly children?: readonly DomNode[];
}

/** What `walkDom`'s visitor tells it: `"skip"` the node's children, `"stop"` the walk. */
export type WalkStep = "skip" | "stop" | undefined;

/**
 * Visit the descendants of `root` in document order (pre-order), with their depth below it
 * (children are depth 0). Iterative: a page nested thousands of elements deep cannot
 * overflow the call stack.
 */
export function walkDom(root: DomNode, visit: (node: DomNode, depth: number) => WalkStep): void {
  const stack: Array<{ readonly node: DomNode; readonly depth: number }> = [];
  const pushChildren = (n: DomNode, depth: number): void => {
    const kids = n.children ?? [];
    for (let i = kids.length - 1; i >= 0; i--) stack.push({ node: kids[i] as DomNode, depth });
  };
  pushChildren(root, 0);
  for (let top = stack.pop(); top !== undefined; top = stack.pop()) {
    const step = visit(top.node, top.depth);
    if (step === "stop") return;
    if (step !== "skip") pushChildren(top.node, top.depth + 1);
  }
}

export function isElementLike(node: DomNode): boolean {
  return node.type === "tag" || node.type === "root" || node.type === "script" || node.type === "style";
}

export function textOf(node: DomNode): string {
  if (node.type === "text") return node.data ?? "";
  const parts: string[] = [];
  walkDom(node, (c) => {
    if (c.type === "text") parts.push(c.data ?? "");
    return undefined;
  });
  return parts.join("");
}

export function findFirst(node: DomNode, name: string): DomNode | null {
  let found: DomNode | null = null;
  walkDom(node, (c) => {
    if (c.name !== name) return undefined;
    found = c;
    return "stop";
  });
  return found;
}
