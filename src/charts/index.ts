/**
 * Stage `charts`: plotly figure specs built from plain rows (pure), their static export
 * through headless Chromium (`render.ts`, the only code that touches a browser) and their
 * display in Jupyter notebooks.
 */
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
export { CHART_FONT_FAMILY, OKABE_ITO, SEQUENTIAL_SCALE, seriesColor } from "./palette.js";
export { DEFAULT_SOURCE } from "./layout.js";
export { barChartSpec } from "./bar.js";
export { lineChartSpec } from "./line.js";
export { heatmapSpec } from "./heatmap.js";
export { histogramSpec } from "./histogram.js";
export { networkFromRows, networkSpec } from "./network.js";
export {
  type AlignedSpan,
  type HighlightSpan,
  type HighlightedText,
  type SideBySideOptions,
  passageHighlights,
  sideBySideHtml,
} from "./passages.js";
export {
  CHROMIUM_ARGS,
  CHROMIUM_PATH,
  type ChartRenderer,
  type ImageFormat,
  type ImageOptions,
  RenderError,
  type RendererOptions,
  launchChartRenderer,
  exportFigures,
  plotlyPath,
  plotlyVersion,
  renderCharts,
} from "./render.js";
export {
  type ChartHtmlOptions,
  type MimeBundle,
  PLOTLY_LOADER_MARK,
  chartHtml,
  chartMimeBundle,
  displayMimeBundle,
  loadPlotly,
  plotlyLoaderBundle,
  type TableHtmlOptions,
  showChart,
  showHtml,
  showTable,
  specTitle,
  tableHtml,
  tableText,
} from "./notebook.js";
export {
  type ChartColumns,
  type IntervalOptions,
  type MeltOptions,
  type MeanInterval,
  type RateOptions,
  type RowAccumulator,
  type SummariseOptions,
  type TallyOptions,
  columnNumbers,
  columnValues,
  filterRows,
  meanInterval,
  meltRows,
  rate,
  rateRows,
  rejectRows,
  shareRows,
  sortRows,
  summarise,
  summariseRows,
  tally,
  tallyRows,
  toBarRows,
  toLinePoints,
  wilsonInterval,
} from "./aggregate.js";
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
export {
  type FigureAccumulator,
  type FigureDef,
  PUBLICATION_FIGURES,
  countedRecords,
  figureSpec,
  isCounted,
  isFigureCell,
  outcomeGroup,
  publicationFigureSpecs,
  requestOutcomeRows,
  reviewOutcomeRows,
  ruleFamily,
  tableStatusRows,
} from "./figures.js";
export {
  type PassageLink,
  agencyNodeRows,
  docById,
  improvementRows,
  longestTexts,
  outcomeReasonRows,
  pairValues,
  reportLabel,
  reportLabels,
  reuseSectionRows,
  ruleFamilyRows,
  selectColumns,
  sharedTextEdges,
  termRows,
  textDocs,
  type TextDoc,
  topRows,
} from "./research.js";
