/**
 * The narrative stage's lexicons, imported as data modules (`lexicon/items.ts`: headings, cues,
 * connectives; `lexicon/scoring.ts`: generic phrases, stopwords, units and names that scoring
 * and linking weigh; `lexicon/facts.ts`: the subjects of prose figures;
 * Chinese phrases as data, under English keys) and compiled to regexes once.
 */
import { InvalidInputError } from "../errors.js";
import factsData from "./lexicon/facts.js";
import items from "./lexicon/items.js";

interface RawLexicon {
  problemHeadings: string[];
  improvementHeadings: string[];
  improvementStart: string;
  improvementAnywhere: string;
  problemIntro: string;
  improvementVerbs: string;
  deficiencyWords: string;
  connectivePhrases: string[];
  connectiveMaxLeft: number;
  trailerStart: string[];
  dateLine: string;
  signatureSuffix: string;
  genericPhrases: string[];
  genericNames: string[];
  linkStopwords: string[];
  numberUnits: string[];
}

/** A fact rule compiled from `lexicon/facts.ts`. */
export interface FactRule {
  readonly subject: string;
  readonly units: readonly string[];
  readonly before: RegExp | null;
  readonly after: RegExp | null;
  readonly not: RegExp | null;
  readonly channel: boolean;
}

/** A rule for a figure stated as a negation (未收到…申请 → 0). */
export interface ZeroRule {
  readonly subjects: readonly string[];
  readonly pattern: RegExp;
}

/** The compiled lexicon. */
export interface NarrativeLexicon {
  readonly problemHeadings: readonly string[];
  readonly improvementHeadings: readonly string[];
  readonly improvementStart: RegExp;
  readonly improvementAnywhere: RegExp;
  readonly problemIntro: RegExp;
  /** An action verb that opens an improvement sentence (加强, 完善, 进一步提高…). */
  readonly improvementVerbs: RegExp;
  /** Words that state a shortcoming (不够, 有待, 薄弱…). */
  readonly deficiencyWords: RegExp;
  /** Connective phrases, longest first. */
  readonly connectivePhrases: readonly string[];
  readonly connectiveMaxLeft: number;
  readonly trailerStart: RegExp;
  readonly dateLine: RegExp;
  readonly signatureSuffix: RegExp;
  /** Generic phrases (套话), longest first. */
  readonly genericPhrases: readonly string[];
  /** Titles in 《》 that every report cites (《条例》): not a sign of specificity. */
  readonly genericNames: readonly string[];
  readonly linkStopwords: ReadonlySet<string>;
  readonly numberUnits: readonly string[];
  readonly factRules: readonly FactRule[];
  readonly zeroRules: readonly ZeroRule[];
  readonly listCue: RegExp;
  readonly applicantCategories: ReadonlyMap<string, string>;
  /** Subject groups whose figures can head a 其中 list of categories. */
  readonly listGroups: readonly string[];
}

let cached: NarrativeLexicon | null = null;

const byLength = (a: string, b: string): number => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0);

function asObject(value: unknown, name: string): Record<string, unknown> {
  if (typeof value !== "object" || value === null) {
    throw new InvalidInputError(`narrative: lexicon ${name} must hold a JSON object; found ${typeof value}`);
  }
  return value as Record<string, unknown>;
}

function compileRule(raw: Record<string, unknown>): FactRule {
  const re = (key: string): RegExp | null =>
    typeof raw[key] === "string" ? new RegExp(raw[key] as string, "u") : null;
  if (typeof raw.subject !== "string" || !Array.isArray(raw.units)) {
    throw new InvalidInputError(`narrative: fact rule needs a subject and units; found ${JSON.stringify(raw)}`);
  }
  return {
    subject: raw.subject,
    units: raw.units as string[],
    before: re("before"),
    after: re("after"),
    not: re("not"),
    channel: raw.channel === true,
  };
}

/** The narrative lexicon, loaded and compiled on first use. */
export function narrativeLexicon(): NarrativeLexicon {
  if (cached !== null) return cached;
  const raw = asObject(items, "items.json") as unknown as RawLexicon;
  const facts = asObject(factsData, "facts.json");
  const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  cached = {
    problemHeadings: [...raw.problemHeadings].sort(byLength),
    improvementHeadings: [...raw.improvementHeadings].sort(byLength),
    improvementStart: new RegExp(raw.improvementStart, "u"),
    improvementAnywhere: new RegExp(raw.improvementAnywhere, "u"),
    problemIntro: new RegExp(raw.problemIntro, "u"),
    improvementVerbs: new RegExp(raw.improvementVerbs, "u"),
    deficiencyWords: new RegExp(raw.deficiencyWords, "u"),
    connectivePhrases: [...raw.connectivePhrases].sort(byLength),
    connectiveMaxLeft: raw.connectiveMaxLeft,
    trailerStart: new RegExp(raw.trailerStart.join("|"), "u"),
    dateLine: new RegExp(raw.dateLine, "u"),
    signatureSuffix: new RegExp(raw.signatureSuffix, "u"),
    genericPhrases: [...raw.genericPhrases].sort(byLength),
    genericNames: raw.genericNames,
    linkStopwords: new Set(raw.linkStopwords),
    numberUnits: [...raw.numberUnits].sort(byLength).map(escapeRe),
    factRules: (facts.rules as Record<string, unknown>[]).map(compileRule),
    zeroRules: (facts.zero as { subjects: string[]; pattern: string }[]).map((z) => ({
      subjects: z.subjects,
      pattern: new RegExp(z.pattern, "gu"),
    })),
    listCue: new RegExp(facts.listCue as string, "u"),
    applicantCategories: new Map(Object.entries(facts.applicantCategories as Record<string, string>)),
    listGroups: facts.listGroups as string[],
  };
  return cached;
}
