/**
 * SQL for the explorer's filters. Every value the reader chooses or types travels as a prepared-statement
 * parameter (`?`); only the number of placeholders depends on the state, never its content. Tables are
 * named in full (`db.main.plans`), so the queries read the attached read-only database whatever else the
 * engine holds.
 */
import { foldVietnamese } from "../vietnamese.ts";
import { INDEX_TABLES } from "./schema.ts";
import type { FilterState } from "./state.ts";

/** The name the site's database is attached under, read-only. */
export const DATABASE_ALIAS = "db";

/**
 * The name the explorer's filter index (schema.ts INDEX_FILE: plan_filters, measures) is attached
 * under. Where only the database is at hand (the build, tests), INDEX_VIEWS_SQL makes it of views.
 */
export const INDEX_ALIAS = "loc";

/** Statements that give a connection the index from the attached database itself (views). */
export const INDEX_VIEWS_SQL = [
  `ATTACH ':memory:' AS ${INDEX_ALIAS}`,
  ...INDEX_TABLES.map((t) => `CREATE VIEW ${INDEX_ALIAS}.main.${t} AS SELECT * FROM ${DATABASE_ALIAS}.main.${t}`),
];

const PLANS = `${DATABASE_ALIAS}.main.plans`;
/** The narrow copy of the columns the filters read (schema.ts): counting scans it, not the wide plans. */
const FILTERS = `${INDEX_ALIAS}.main.plan_filters`;
const MEASURES = `${INDEX_ALIAS}.main.measures`;
const PLAN_MEASURES = `${DATABASE_ALIAS}.main.plan_measures`;
const QUOTES = `${DATABASE_ALIAS}.main.quotes`;

/** A prepared-statement parameter. */
export type Param = string | number;

/** SQL with `?` placeholders and the values that fill them, in order. */
export interface Statement {
  sql: string;
  params: Param[];
}

/** The filters that show counts; each is left out of its own counts. */
export type Facet = "measures" | "issuerLevels" | "kinds" | "provinces";

/**
 * The measure ids in the database's codebook order (MEASURE_ORDER_SQL, view.ts measureOrder): the order
 * of every plan's `levels` list, so a measure's level is `levels[its index + 1]`.
 */
export type MeasureOrder = readonly string[];

/** Words of the free text, folded (no diacritics, "đ" → "d"); at most 8, so a pasted paragraph stays cheap. */
export function searchWords(text: string): string[] {
  return [...new Set(foldVietnamese(text).split(" ").filter(Boolean))].slice(0, 8);
}

const placeholders = (n: number) => Array.from({ length: n }, () => "?").join(", ");

/**
 * The WHERE conditions of a state on `plan_filters p`, without the facet `skip`. Free text is the one
 * filter on the wide plans table (its folded search text), as a subquery.
 */
export function conditions(state: FilterState, order: MeasureOrder, skip?: Facet): Statement {
  const parts: string[] = [];
  const params: Param[] = [];
  if (skip !== "measures" && state.measures.length > 0) {
    // plans.levels holds every measure's level in codebook order: one list lookup per measure is much
    // cheaper than a subquery on plan_measures. The index travels as a parameter (a lookup of the
    // measures table in the statement made every statement slower to plan and to run: 10,000 plans,
    // DuckDB-wasm, one redraw's four statements 42 against 36 ms). A measure the order lacks reads
    // levels[0], which is NULL: no plan has it.
    const one = "p.levels[CAST(? AS INTEGER)] >= ?";
    parts.push(`(${state.measures.map(() => one).join(state.mode === "any" ? " OR " : " AND ")})`);
    for (const m of state.measures) params.push(order.indexOf(m) + 1, state.minLevel);
  }
  if (skip !== "issuerLevels" && state.issuerLevels.length > 0) {
    parts.push(`p.issuer_level IN (${placeholders(state.issuerLevels.length)})`);
    params.push(...state.issuerLevels);
  }
  if (skip !== "kinds" && state.kinds.length > 0) {
    parts.push(`p.issuer_kind IN (${placeholders(state.kinds.length)})`);
    params.push(...state.kinds);
  }
  if (skip !== "provinces" && state.provinces.length > 0) {
    parts.push(`p.province IN (${placeholders(state.provinces.length)})`);
    params.push(...state.provinces);
  }
  if (state.from) {
    parts.push("p.sort_date >= CAST(? AS DATE)");
    params.push(state.from);
  }
  if (state.to) {
    parts.push("p.sort_date <= CAST(? AS DATE)");
    params.push(state.to);
  }
  const words = searchWords(state.text);
  if (words.length > 0) {
    const all = words.map(() => "contains(s.search_folded, ?)").join(" AND ");
    parts.push(`p.display_order IN (SELECT s.display_order FROM ${PLANS} s WHERE ${all})`);
    params.push(...words);
  }
  return { sql: parts.length > 0 ? parts.join("\n  AND ") : "TRUE", params };
}

/** What resultsQuery adds for the CSV download, and which rows it reads. */
export interface ResultsOptions {
  /** Add the full title and, per plan, the first quotes of the chosen measures (`quotes`). */
  full?: boolean;
  /** Only this many rows (the table's page), after skipping `offset`; every row when undefined. */
  limit?: number;
  offset?: number;
}

/**
 * The plans that match, newest first (display_order: sort_date, then slug), with what the results table shows and, per plan, the levels of
 * every measure in codebook order (`levels`, null = not coded): one row per plan, not one per plan ×
 * measure, which keeps the transfer small. With `full`, also the title and the chosen measures' first
 * quotes as "measure id NUL quote" strings, for the CSV.
 */
export function resultsQuery(state: FilterState, order: MeasureOrder, options: ResultsOptions = {}): Statement {
  const where = conditions(state, order);
  const words = searchWords(state.text);
  // Placeholders are numbered in the order they appear in the text: chosen measures, words, conditions.
  const params: Param[] = [];
  let full = "";
  if (options.full) {
    let quotes = "[]::VARCHAR[]";
    if (state.measures.length > 0) {
      // Measure ids travel with the quotes, so nothing depends on the order the page knows.
      quotes =
        `(SELECT list(pm.measure || chr(0) || coalesce(pm.quote, '')) FROM ${PLAN_MEASURES} pm ` +
        `WHERE pm.plan = p.slug AND pm.measure IN (${placeholders(state.measures.length)}))`;
      params.push(...state.measures);
    }
    full = `p.title, ${quotes} AS quotes,\n  `;
  }
  let matched = "NULL";
  if (words.length > 0) {
    matched =
      `(SELECT q.text FROM ${QUOTES} q JOIN ${MEASURES} m ON m.id = q.measure WHERE q.plan = p.slug AND ` +
      words.map(() => "contains(q.text_folded, ?)").join(" AND ") +
      " ORDER BY m.position, q.position LIMIT 1)";
    params.push(...words);
  }
  params.push(...where.params);
  const columns = `p.slug, p.url, p.short_title, p.number, p.issued_label,
  CAST(p.sort_date AS VARCHAR) AS sort_date, p.date_estimated, p.issuer, p.issuer_kind, p.issuer_level,
  p.province, p.province_name, p.province_as_written, p.place_name, p.measures_coded, p.levels,
  ${full}${matched} AS matched_quote`;
  let page = "";
  if (options.limit !== undefined) {
    page = " LIMIT ? OFFSET ?";
    params.push(Math.max(0, Math.floor(options.limit)), Math.max(0, Math.floor(options.offset ?? 0)));
  }
  // The rows are found on the narrow plan_filters, then read from plans. The file stores plans in
  // display_order in small row groups, so a page of the table comes from the groups that hold it: on a
  // large file read by range requests, DuckDB skips the rest of every wide column.
  const sql = `SELECT ${columns}
FROM ${PLANS} p
WHERE p.display_order IN (
  SELECT p.display_order FROM ${FILTERS} p
  WHERE ${where.sql}
  ORDER BY p.display_order${page})
ORDER BY p.display_order`;
  return { sql, params };
}

/**
 * What the charts, the locality × measure matrix and the summary need, counted by DuckDB instead of
 * shipping one row per matching plan: for each province ("" for national documents), measure (`pos`, its
 * position in the codebook, the index in `levels`) and level (`lv`, null = not coded), the number of
 * matching plans. summaryFromRows (shape.ts) adds them up; a plain count per group is several times
 * cheaper in DuckDB-wasm than the seven filtered aggregates it replaces (10,000 plans: 26 against 96 ms).
 */
export function summaryQuery(state: FilterState, order: MeasureOrder): Statement {
  const where = conditions(state, order);
  const sql = `SELECT coalesce(province, '') AS province, pos, lv, CAST(count(*) AS INTEGER) AS n
FROM (SELECT p.province, unnest(p.levels) AS lv, generate_subscripts(p.levels, 1) AS pos FROM ${FILTERS} p WHERE ${where.sql})
GROUP BY ALL`;
  return { sql, params: where.params };
}

/**
 * The first quote of each chosen measure in each plan of one page of the results table (`limit` rows
 * after `offset`, as resultsQuery pages them). The page is found in the same statement, so it runs
 * beside the other queries of a redraw; plan_measures is stored in display_order, so DuckDB reads only
 * the part of the quotes that holds the page.
 */
export function quotesQuery(
  state: FilterState,
  order: MeasureOrder,
  options: { limit: number; offset?: number },
): Statement {
  if (state.measures.length === 0)
    return { sql: "SELECT NULL AS plan, NULL AS measure, NULL AS quote LIMIT 0", params: [] };
  const where = conditions(state, order);
  return {
    sql: `SELECT pm.plan, pm.measure, pm.quote FROM ${PLAN_MEASURES} pm
WHERE pm.display_order IN (
  SELECT p.display_order FROM ${FILTERS} p
  WHERE ${where.sql}
  ORDER BY p.display_order LIMIT ? OFFSET ?)
AND pm.measure IN (${placeholders(state.measures.length)}) AND pm.quote IS NOT NULL`,
    params: [
      ...where.params,
      Math.max(0, Math.floor(options.limit)),
      Math.max(0, Math.floor(options.offset ?? 0)),
      ...state.measures,
    ],
  };
}

/**
 * Whether the measures' option counts count the same plans as summaryQuery (every filter applies): then
 * they are the summary's plans at the minimum level, summed over localities, and need no statement.
 */
export function measureCountsInSummary(state: FilterState): boolean {
  return !(state.mode === "any" && state.measures.length > 0);
}

/** Whether the provinces' option counts are the summary's plans per province (no province chosen). */
export function provinceCountsInSummary(state: FilterState): boolean {
  return state.provinces.length === 0;
}

/** The measure ids in codebook order, as the `levels` lists of plans use it. */
export const MEASURE_ORDER_SQL = `SELECT id FROM ${MEASURES} ORDER BY position`;

/**
 * How many plans each filter option would give: for each facet, the other filters apply and the facet's
 * own choice does not (several values of one facet widen the result). Measures in "all" mode keep the
 * measure filter, so each count is what choosing one more measure would leave. With `measures: false`
 * or `provinces: false` those counts are left out: the summary gives them when they count the same plans
 * (measureCountsInSummary, provinceCountsInSummary).
 */
export function facetsQuery(
  state: FilterState,
  order: MeasureOrder,
  options: { measures?: boolean; provinces?: boolean } = {},
): Statement {
  const params: Param[] = [];
  const parts: string[] = [];
  const part = (select: string, from: string, where: Statement, group: string) => {
    params.push(...where.params);
    parts.push(`SELECT ${select} FROM ${from} WHERE ${where.sql} GROUP BY ${group}`);
  };
  if (options.measures !== false) {
    const measureWhere = conditions(state, order, state.mode === "any" ? "measures" : undefined);
    // From the levels lists (one scan of plans), not a join with plan_measures.
    part(
      "'measures' AS facet, m.id AS value, CAST(count(*) AS INTEGER) AS n",
      `(SELECT unnest(p.levels) AS lv, generate_subscripts(p.levels, 1) AS pos FROM ${FILTERS} p WHERE ${measureWhere.sql}) l JOIN ${MEASURES} m ON m.position = l.pos`,
      { sql: "l.lv >= ?", params: [...measureWhere.params, state.minLevel] },
      "m.id",
    );
  }
  part(
    "'issuerLevels' AS facet, p.issuer_level AS value, CAST(count(*) AS INTEGER) AS n",
    `${FILTERS} p`,
    conditions(state, order, "issuerLevels"),
    "p.issuer_level",
  );
  part(
    "'kinds' AS facet, p.issuer_kind AS value, CAST(count(*) AS INTEGER) AS n",
    `${FILTERS} p`,
    conditions(state, order, "kinds"),
    "p.issuer_kind",
  );
  if (options.provinces !== false)
    part(
      "'provinces' AS facet, coalesce(p.province, '') AS value, CAST(count(*) AS INTEGER) AS n",
      `${FILTERS} p`,
      conditions(state, order, "provinces"),
      "p.province",
    );
  return { sql: parts.join("\nUNION ALL\n"), params };
}
