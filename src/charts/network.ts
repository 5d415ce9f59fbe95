/** Network charts: agencies (nodes) tied by shared text (weighted edges), on a circle. */
import { describe, InvalidInputError } from "../errors.js";
import { baseLayout, checkChartOptions, escapeLabel, orderedKeys, withLayout } from "./layout.js";
import { seriesColor } from "./palette.js";
import type { ChartSpec, NetworkInput, NetworkNode, NetworkOptions, PlotlyTrace } from "./types.js";

/** Edge width tiers, by weight relative to the strongest edge. */
const TIERS = [
  { upTo: 1 / 3, width: 1, name: "弱 weak" },
  { upTo: 2 / 3, width: 2.5, name: "中 medium" },
  { upTo: Number.POSITIVE_INFINITY, width: 4.5, name: "强 strong" },
];

/**
 * Build a network chart. Nodes sit on a circle, grouped by `group` (then by id), so the
 * layout is deterministic; edges are drawn in three widths by weight relative to the
 * strongest edge. Self-loops are not drawn and the note says how many.
 * @throws InvalidInputError when a node id repeats or an edge names an unknown node
 * @example networkSpec({nodes: [{id: "a", label: "甲"}, {id: "b", label: "乙"}], edges: [{source: "a", target: "b", weight: 0.8}]}, {title: "共享文本 Shared text"})
 */
export function networkSpec(input: NetworkInput, opts: NetworkOptions): ChartSpec {
  checkChartOptions("networkSpec", opts);
  const groups = orderedKeys(
    input.nodes.map((n) => n.group ?? ""),
    opts.groupOrder,
  );
  const nodes = sortNodes(input, groups);
  const pos = circlePositions(nodes);
  const edges = input.edges.filter((e) => e.source !== e.target);
  const maxWeight = edges.reduce((m, e) => Math.max(m, e.weight), 0);
  const edgeTraces = TIERS.map((tier, t) => {
    const lo = t === 0 ? Number.NEGATIVE_INFINITY : (TIERS[t - 1]?.upTo ?? 0);
    const mine = edges.filter((e) => {
      const r = maxWeight > 0 ? e.weight / maxWeight : 0;
      return r > lo && r <= tier.upTo;
    });
    return edgeTrace(mine, pos, tier.width, tier.name);
  }).filter((t) => (t.x as unknown[]).length > 0);
  const nodeTraces = groups.map((g, i) => nodeTrace(nodes, g, i, pos));
  const loops = input.edges.length - edges.length;
  const notes = [
    `${nodes.length} 个节点, ${edges.length} 条边 · ${nodes.length} nodes, ${edges.length} edges`,
    loops > 0 ? `${loops} 条自环未绘出 · ${loops} self-loops not drawn` : null,
  ];
  const hidden = { visible: false, range: [-1.35, 1.35], fixedrange: true };
  const layout = withLayout(baseLayout({ ...opts, xTitle: undefined, yTitle: undefined }, notes), {
    showlegend: groups.length > 1 || groups[0] !== "",
    legend: { title: { text: escapeLabel(opts.groupTitle ?? "") }, orientation: "v", x: 1, xanchor: "left", y: 1 },
    xaxis: { ...hidden, scaleanchor: "y" },
    yaxis: hidden,
    hovermode: "closest",
  });
  return { data: [...edgeTraces, ...nodeTraces], layout };
}

function sortNodes(input: NetworkInput, groups: readonly string[]): NetworkNode[] {
  if (!Array.isArray(input?.nodes) || !Array.isArray(input?.edges)) {
    throw new InvalidInputError(`charts: networkSpec input; expected {nodes, edges} arrays, found ${describe(input)}`);
  }
  const ids = new Set<string>();
  for (const n of input.nodes) {
    if (ids.has(n.id))
      throw new InvalidInputError(`charts: networkSpec nodes; expected unique ids, found ${describe(n.id)} twice`);
    ids.add(n.id);
  }
  input.edges.forEach((e, i) => {
    for (const end of [e.source, e.target]) {
      if (!ids.has(end)) {
        throw new InvalidInputError(
          `charts: networkSpec edge ${i}; expected a node id, found unknown ${describe(end)}`,
        );
      }
    }
  });
  const rank = new Map(groups.map((g, i) => [g, i]));
  return [...input.nodes].sort(
    (a, b) =>
      (rank.get(a.group ?? "") ?? 0) - (rank.get(b.group ?? "") ?? 0) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}

function circlePositions(nodes: readonly NetworkNode[]): Map<string, [number, number]> {
  const n = nodes.length;
  return new Map(
    nodes.map((node, i) => {
      const a = Math.PI / 2 - (2 * Math.PI * i) / Math.max(n, 1);
      return [node.id, [round(Math.cos(a)), round(Math.sin(a))]];
    }),
  );
}

function round(v: number): number {
  return Math.round(v * 1e6) / 1e6;
}

function edgeTrace(
  edges: NetworkInput["edges"],
  pos: Map<string, [number, number]>,
  width: number,
  name: string,
): Record<string, unknown> {
  const x: Array<number | null> = [];
  const y: Array<number | null> = [];
  for (const e of edges) {
    const a = pos.get(e.source);
    const b = pos.get(e.target);
    if (a === undefined || b === undefined) continue;
    x.push(a[0], b[0], null);
    y.push(a[1], b[1], null);
  }
  return {
    type: "scatter",
    mode: "lines",
    name,
    x,
    y,
    line: { color: "rgba(80,80,80,0.45)", width },
    hoverinfo: "skip",
    showlegend: false,
  };
}

function nodeTrace(
  nodes: readonly NetworkNode[],
  group: string,
  index: number,
  pos: Map<string, [number, number]>,
): PlotlyTrace {
  const mine = nodes.filter((n) => (n.group ?? "") === group);
  const xy = mine.map((n): [number, number] => pos.get(n.id) ?? [0, 0]);
  return {
    type: "scatter",
    mode: "markers+text",
    name: group,
    x: xy.map((p) => p[0]),
    y: xy.map((p) => p[1]),
    text: mine.map((n) => escapeLabel(n.label)),
    textposition: xy.map((p) => (p[1] >= 0 ? "top center" : "bottom center")),
    textfont: { size: 10 },
    marker: { color: seriesColor(index), size: 12, line: { color: "#ffffff", width: 1 } },
    hovertemplate: "%{text}<extra></extra>",
  };
}

/**
 * A network input from tidy rows: `nodes` with id/label/group columns, `edges` with
 * source/target/weight columns (column names given). Edges whose weight is not a number
 * are left out and counted in `skipped`; nodes named only by edges are added with their id as label.
 */
export function networkFromRows(
  nodes: ReadonlyArray<Readonly<Record<string, unknown>>>,
  edges: ReadonlyArray<Readonly<Record<string, unknown>>>,
  cols: {
    id?: string;
    label?: string;
    group?: string;
    source?: string;
    target?: string;
    weight?: string;
    /** Leave out nodes that no edge touches (their number is `isolated`). */
    onlyLinked?: boolean;
  } = {},
): NetworkInput & { skipped: number; isolated: number } {
  const { id = "id", label = "label", group = "group", source = "source", target = "target", weight = "weight" } = cols;
  const out = new Map<string, NetworkNode>();
  for (const n of nodes) {
    const key = String(n[id]);
    const g = n[group];
    out.set(key, { id: key, label: String(n[label] ?? key), ...(g != null ? { group: String(g) } : {}) });
  }
  const kept = edges.filter((e) => typeof e[weight] === "number" && Number.isFinite(e[weight]));
  for (const e of kept) {
    for (const end of [String(e[source]), String(e[target])]) if (!out.has(end)) out.set(end, { id: end, label: end });
  }
  const linked = new Set(kept.flatMap((e) => [String(e[source]), String(e[target])]));
  const all = [...out.values()];
  const shown = cols.onlyLinked === true ? all.filter((n) => linked.has(n.id)) : all;
  return {
    nodes: shown,
    isolated: all.length - shown.length,
    edges: kept.map((e) => ({ source: String(e[source]), target: String(e[target]), weight: e[weight] as number })),
    skipped: edges.length - kept.length,
  };
}
