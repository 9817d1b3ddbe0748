import type { Codebook } from "../../schemas/codebook.ts";
import type { Province } from "../../schemas/locality.ts";
import type { Gazetteer } from "../gazetteer.ts";

/** A plan file as read from disk, before validation. */
export interface PlanFile {
  /** Path relative to the project root: "content/plans/x.md". */
  file: string;
  /** File name without ".md". */
  slug: string;
  /** The whole file as read. */
  raw: string;
  /** Parsed frontmatter (anything, until validated), or undefined when it could not be parsed. */
  data: unknown;
  /** The markdown body after the frontmatter. */
  body: string;
  /** Line of the body's first line in the file, for messages. */
  bodyLine: number;
}

/** Everything `checkCorpus` reads. */
export interface CorpusInput {
  plans: PlanFile[];
  codebook: { file: string; data: unknown };
  localities: { file: string; data: unknown };
  /** Source texts by file name (the names in `data/sources/`), decoded. */
  sources: Map<string, string>;
  /** Source files that could not be read as text, by file name: why, in Vietnamese. */
  unreadableSources?: Map<string, string>;
  /** The rows of `data/indicators.csv` as read (strings), when the data folder has one. */
  indicators?: { file: string; rows: Record<string, string>[] };
  /** Folder of the sources, for messages: "data/sources". */
  sourceDir: string;
  /** The communes and wards of the gazetteer (data/gazetteer/communes.csv), for `locality.place`. */
  gazetteer?: Gazetteer;
}

/** What the checks know once the data files are valid. */
export interface CheckContext {
  codebook: Codebook;
  measureIds: Set<string>;
  provinces: Map<string, Province>;
  sources: Map<string, string>;
  unreadableSources: Map<string, string>;
  sourceDir: string;
  gazetteer?: Gazetteer;
}
