import type { DOC_TYPES, ISSUER_LEVELS, RELATIONS } from "../labels.ts";

/** Level of an issuer, top to bottom: "trung-uong" … "don-vi". */
export type IssuerLevel = keyof typeof ISSUER_LEVELS;
/** Kind of document: "ke-hoach", "ket-luan"… */
export type DocType = keyof typeof DOC_TYPES;
/** How a plan relates to a document it names. */
export type Relation = keyof typeof RELATIONS;

/**
 * How a node came to hang where it hangs in the tree:
 * - `stated`: its own file names the parent ("thuc-hien", stated: true);
 * - `inferred-link`: its own file names the parent, but the editor marked the link as inferred;
 * - `inferred-placement`: nothing names its parent; the tree places it (see placement.ts);
 * - `root`: nothing to hang it under (NQ 21, or a document that cites nothing known).
 */
export type Placement = "stated" | "inferred-link" | "inferred-placement" | "root";

/** One document of the tree: a summarised plan, or a document known only from references (a "ghost"). */
export interface LineageNode {
  /** Stable id: the plan's slug, or "vb-" + the slug of a ghost's identity. */
  id: string;
  kind: "plan" | "ghost";
  /** Slug of the plan page, for summarised documents only. */
  slug?: string;
  /** Number as written ("26-KH/ĐU"), null when the document has none. */
  number: string | null;
  docType: DocType;
  /** Issuer in full. */
  issuer: string;
  /** Issuer in short, for the node's label. */
  issuerShort: string;
  /** Printed date, when known. */
  date?: string;
  /** Short date for the label: "28/6/2025", "sau 15/8/2025", "không rõ ngày". */
  dateLabel: string;
  /** Date to order and place by: the printed date or its earliest bound. */
  sortDate?: string;
  /** Level of the issuer; for ghosts guessed from the issuer's name (null when it says nothing). */
  issuerLevel: IssuerLevel | null;
  /** True when `issuerLevel` is guessed from the issuer's name. */
  issuerLevelGuessed: boolean;
  /** Today's province slug, when known (for ghosts: a province named in the issuer). */
  province?: string;
  /** Name of the commune, ward or unit, for plans that name one. */
  place?: string;
  /** Short title: the plan's shortTitle, or "Kế hoạch 26-KH/ĐU" for a ghost. */
  title: string;
  /** Ids of the summarised plans that name this document, sorted. */
  citedBy: string[];
  /** In the browser, when only part of the tree is loaded: how many plans name it in all. */
  citedByCount?: number;
  /** Id of the parent in the tree, absent for roots. */
  parent?: string;
  placement: Placement;
  /** For `inferred-placement`: the plans whose references suggested the parent. */
  inferredFrom?: string[];
}

/** A reference of a summarised plan to a document, once per (plan, document). */
export interface LineageEdge {
  /** Id of the citing plan. */
  from: string;
  /** Id of the document it names. */
  to: string;
  relation: Relation;
  /** False when the editor marked the link as inferred. */
  stated: boolean;
}

/** Today's province, as the tree needs it: its name and old names (for search). */
export interface LineageProvince {
  name: string;
  oldNames: string[];
}

/** The whole lineage: nodes with their tree parent, every reference as an edge, and any cycles. */
export interface LineageGraph {
  /** Every document once, sorted by id. */
  nodes: LineageNode[];
  /** Every reference once per (citing plan, document), sorted. */
  edges: LineageEdge[];
  /** Direct-parent loops found (ids, in order); their links are left out of the tree. */
  cycles: string[][];
  /** Provinces the nodes name, by slug. */
  provinces: Record<string, LineageProvince>;
}
