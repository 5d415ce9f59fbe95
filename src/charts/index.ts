/**
 * Stage `charts`: plotly figure specs built from plain rows (pure), their static export
 * through headless Chromium (`render.ts`, the only code that touches a browser) and their
 * display in Jupyter notebooks.
 */

export {
  type ChartColumns,
  columnNumbers,
  columnValues,
  filterRows,
  type IntervalOptions,
  type MeanInterval,
  type MeltOptions,
  meanInterval,
  meltRows,
  type RateOptions,
  type RowAccumulator,
  rate,
  rateRows,
  rejectRows,
  type SummariseOptions,
  shareRows,
  sortRows,
  summarise,
  summariseRows,
  type TallyOptions,
  tally,
  tallyRows,
  toBarRows,
  toLinePoints,
  wilsonInterval,
} from "./aggregate.js";
export { barChartSpec } from "./bar.js";
export {
  countedRecords,
  type FigureAccumulator,
  type FigureDef,
  figureSpec,
  isCounted,
  isFigureCell,
  outcomeGroup,
  PUBLICATION_FIGURES,
  publicationFigureSpecs,
  requestOutcomeRows,
  reviewOutcomeRows,
  ruleFamily,
  tableStatusRows,
} from "./figures.js";
export { heatmapSpec } from "./heatmap.js";
export { histogramSpec } from "./histogram.js";
export {
  APPLICANT_LABELS,
  LEVEL_LABELS,
  OUTCOME_LABELS,
  REQUEST_ROW_LABELS,
  REUSE_KIND_LABELS,
  REVIEW_GROUP_LABELS,
  REVIEW_OUTCOME_LABELS,
  RULE_OUTCOME_LABELS,
  SECTION_LABELS,
  TABLE_LABELS,
  TABLE_STATUS_LABELS,
  TEMPLATE_LABELS,
} from "./labels.js";
export { DEFAULT_SOURCE } from "./layout.js";
export { lineChartSpec } from "./line.js";
export { networkFromRows, networkSpec } from "./network.js";
export {
  type ChartHtmlOptions,
  chartHtml,
  chartMimeBundle,
  displayMimeBundle,
  loadPlotly,
  type MimeBundle,
  PLOTLY_LOADER_MARK,
  plotlyLoaderBundle,
  showChart,
  showHtml,
  showTable,
  specTitle,
  type TableHtmlOptions,
  tableHtml,
  tableText,
} from "./notebook.js";
export { CHART_FONT_FAMILY, OKABE_ITO, SEQUENTIAL_SCALE, seriesColor } from "./palette.js";
export {
  type AlignedSpan,
  type HighlightedText,
  type HighlightSpan,
  passageHighlights,
  type SideBySideOptions,
  sideBySideHtml,
} from "./passages.js";
export {
  CHROMIUM_ARGS,
  CHROMIUM_PATH,
  type ChartRenderer,
  exportFigures,
  type ImageFormat,
  type ImageOptions,
  launchChartRenderer,
  plotlyPath,
  plotlyVersion,
  RenderError,
  type RendererOptions,
  renderCharts,
} from "./render.js";
export {
  agencyNodeRows,
  docById,
  improvementRows,
  longestTexts,
  outcomeReasonRows,
  type PassageLink,
  pairValues,
  reportLabel,
  reportLabels,
  reuseSectionRows,
  ruleFamilyRows,
  selectColumns,
  sharedTextEdges,
  type TextDoc,
  termRows,
  textDocs,
  topRows,
} from "./research.js";
export type {
  BarChartOptions,
  BarMode,
  BarRow,
  ChartOptions,
  ChartSpec,
  HeatmapInput,
  HeatmapOptions,
  HistogramOptions,
  LineChartOptions,
  LinePoint,
  NetworkEdge,
  NetworkInput,
  NetworkNode,
  NetworkOptions,
  PlotlyLayout,
  PlotlyTrace,
} from "./types.js";
