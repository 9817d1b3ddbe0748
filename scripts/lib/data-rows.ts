/**
 * Turns validated plans, the codebook and the localities into the rows of every table of
 * src/lib/explorer/schema.ts. Pure: no file or database access, so it is tested directly.
 */
import type { PlanEntry } from "../../src/lib/model.ts";
import { createPlanResolver } from "../../src/lib/lineage/resolve.ts";
import { formatIssued, sortDate } from "../../src/lib/format.ts";
import { foldVietnamese, slugify } from "../../src/lib/vietnamese.ts";
import type { Measure } from "../../src/schemas/codebook.ts";
import type { Province } from "../../src/schemas/locality.ts";
import { DOC_TYPES, ISSUER_KINDS, ISSUER_LEVELS, RELATIONS } from "../../src/lib/labels.ts";
import type { Plan, Reference } from "../../src/schemas/plan.ts";
import { tableDef, TABLES } from "../../src/lib/explorer/schema.ts";
import { compareWithParent } from "../../src/lib/compare/change.ts";
import type { CorpusReuse } from "../../src/lib/reuse/corpus.ts";
import { INDICATORS, type IndicatorRow } from "../../src/schemas/indicator.ts";
import { INDICATOR_NAMES } from "../../src/lib/indicators.ts";
import { placeOf, type Gazetteer } from "../../src/lib/gazetteer.ts";

/** A cell value as it goes into DuckDB: dates are "YYYY-MM-DD" strings; lists are arrays. */
export type Cell = string | number | boolean | null | (number | null)[];
/** One row, keyed by column name. */
export type Row = Record<string, Cell>;
/** Rows of every table, keyed by table name. */
export type TableRows = Record<string, Row[]>;

/** What the rows are built from. */
export interface DataInput {
  plans: readonly PlanEntry[];
  measures: readonly Measure[];
  provinces: readonly Province[];
  /** The shared passages of the plans' source texts (src/lib/reuse/corpus.ts); none when absent. */
  reuse?: CorpusReuse;
  /** The rows of data/indicators.csv that passed the check; none when the data folder has no such file. */
  indicators?: readonly IndicatorRow[];
  /** The communes of the gazetteer, for places that are not registered in localities.yaml. */
  gazetteer?: Gazetteer;
}

const orNull = <T>(v: T | undefined | null): T | null => (v === undefined ? null : v);

function planRow(vp: PlanEntry, ctx: RowContext): Row {
  const { plan, slug } = vp;
  const province = plan.locality.province ? ctx.provinces.get(plan.locality.province) : undefined;
  const place = province && plan.locality.place ? placeOf(province, plan.locality.place, ctx.gazetteer) : undefined;
  const when = sortDate(plan.issued);
  const parentRef = plan.references.find((r) => r.relation === "thuc-hien");
  const parent = parentRef ? ctx.resolve(parentRef) : undefined;
  return {
    slug,
    url: `/ke-hoach/${slug}/`,
    title: plan.title,
    short_title: plan.shortTitle,
    doc_type: plan.docType,
    doc_type_name: DOC_TYPES[plan.docType],
    number: plan.number,
    issued_date: orNull(plan.issued.date),
    issued_after: orNull(plan.issued.after),
    issued_before: orNull(plan.issued.before),
    issued_note: orNull(plan.issued.note),
    issued_label: formatIssued(plan.issued),
    sort_date: when?.date ?? null,
    date_estimated: when?.estimated ?? false,
    issuer: plan.issuer,
    issuer_short: plan.issuerShort,
    issuer_kind: plan.issuerKind,
    issuer_kind_name: ISSUER_KINDS[plan.issuerKind],
    issuer_level: plan.issuerLevel,
    issuer_level_name: ISSUER_LEVELS[plan.issuerLevel],
    province: orNull(plan.locality.province),
    province_name: province?.name ?? null,
    province_as_written: orNull(plan.locality.asWritten),
    place: orNull(plan.locality.place),
    place_name: place?.name ?? null,
    locality_inferred: plan.locality.inferred,
    locality_note: orNull(plan.locality.note),
    signer_name: plan.signer?.name ?? null,
    signer_title: orNull(plan.signer?.title),
    source_file: plan.source,
    source_note: orNull(plan.sourceNote),
    parent: parent && parent.slug !== slug ? parent.slug : null,
    measures_coded: ctx.measureIds.filter((id) => (plan.measures[id]?.level ?? null) !== null).length,
    levels: ctx.measureIds.map((id) => plan.measures[id]?.level ?? null),
    summary: vp.body.trim(),
    data_notes: plan.dataNotes.length > 0 ? plan.dataNotes.join("\n") : null,
    shared_share: ctx.reuse?.share.get(slug) ?? null,
    search_folded: searchText(plan, province, place?.name),
  };
}

/** Everything free-text search looks at, folded: titles, number, issuer, locality names and every quote. */
function searchText(plan: Plan, province: Province | undefined, placeName: string | undefined): string {
  const parts = [plan.title, plan.shortTitle, plan.number ?? "", plan.issuer, plan.issuerShort];
  if (province) parts.push(province.name, ...province.oldNames, ...province.mergedFrom);
  if (plan.locality.asWritten) parts.push(plan.locality.asWritten);
  if (placeName) parts.push(placeName);
  for (const coding of Object.values(plan.measures)) for (const q of coding.quotes) parts.push(q.text);
  return foldVietnamese(parts.filter(Boolean).join(" \u2022 "));
}

interface RowContext {
  provinces: Map<string, Province>;
  measures: readonly Measure[];
  measureIds: string[];
  resolve: (ref: Reference) => PlanEntry | undefined;
  reuse?: CorpusReuse;
  gazetteer?: Gazetteer;
}

function measureRows(measures: readonly Measure[]): Row[] {
  return measures.map((m, i) => ({
    id: m.id,
    position: i + 1,
    name: m.name,
    short_name: m.shortName,
    group_name: m.group,
    description: m.description,
    level_1: m.levels[1],
    level_2: m.levels[2],
    level_3: m.levels[3],
    national: m.national.length > 0 ? m.national.map((n) => `${n.document}: ${n.asks}`).join("\n") : null,
  }));
}

function codingRows(vp: PlanEntry, measureIds: readonly string[], out: TableRows) {
  for (const id of measureIds) {
    const coding = vp.plan.measures[id];
    const quotes = coding?.quotes ?? [];
    out.plan_measures.push({
      plan: vp.slug,
      measure: id,
      level: coding?.level ?? null,
      quote: quotes[0]?.text ?? null,
      section: quotes[0]?.section ?? null,
      quote_count: quotes.length,
      note: orNull(coding?.note),
    });
    quotes.forEach((q, i) =>
      out.quotes.push({
        plan: vp.slug,
        measure: id,
        position: i + 1,
        text: q.text,
        section: q.section,
        text_folded: foldVietnamese(q.text),
      }),
    );
  }
}

function linkRows(vp: PlanEntry, ctx: RowContext, out: TableRows) {
  const { slug, plan } = vp;
  plan.references.forEach((r, i) => {
    const target = ctx.resolve(r);
    out.plan_references.push({
      plan: slug,
      position: i + 1,
      relation: r.relation,
      relation_name: RELATIONS[r.relation],
      doc_type: r.docType,
      number: r.number,
      issuer: r.issuer,
      date: orNull(r.date),
      stated: r.stated,
      note: orNull(r.note),
      target: target && target.slug !== slug ? target.slug : null,
    });
  });
  plan.targets.forEach((t, i) =>
    out.targets.push({
      plan: slug,
      position: i + 1,
      text: t.text,
      value: t.value,
      unit: t.unit,
      period: t.period,
      measure: orNull(t.measure),
    }),
  );
  plan.assignments.forEach((a, i) =>
    a.tasks.forEach((task, j) =>
      out.assignments.push({ plan: slug, position: i + 1, body: a.body, task_position: j + 1, task }),
    ),
  );
}

/** The plan against its coded parent, one row per measure; no row when the parent has no coded file. */
export function parentRows(vp: PlanEntry, measures: readonly Measure[], resolve: RowContext["resolve"]): Row[] {
  const comparison = compareWithParent(vp, measures, resolve);
  if (!comparison) return [];
  return comparison.rows.map((r) => ({
    plan: vp.slug,
    parent: comparison.parent.slug,
    measure: r.measureId,
    plan_level: r.planLevel,
    parent_level: r.parentLevel,
    change: r.change,
  }));
}

function nameRow(province: string, place: string | null, name: string, kind: string): Row {
  return { province, place, name, name_kind: kind, name_slug: slugify(name), name_folded: foldVietnamese(name) };
}

function localityRows(provinces: readonly Province[], out: TableRows) {
  for (const p of provinces) {
    out.localities.push({
      province: p.slug,
      place: null,
      name: p.name,
      kind: p.kind,
      merged_from: p.mergedFrom.length > 0 ? p.mergedFrom.join("; ") : null,
      old_names: p.oldNames.length > 0 ? p.oldNames.join("; ") : null,
      admin_centre: p.adminCentre,
      population: p.population,
      source: p.source,
    });
    const names = new Map<string, Row>();
    const add = (row: Row) => names.set(`${row.place}|${row.name}`, names.get(`${row.place}|${row.name}`) ?? row);
    add(nameRow(p.slug, null, p.name, "hien-nay"));
    for (const n of p.oldNames) add(nameRow(p.slug, null, n, "ten-cu"));
    for (const n of p.mergedFrom) add(nameRow(p.slug, null, n, "hop-nhat-tu"));
    for (const place of p.places) {
      out.localities.push({
        province: p.slug,
        place: place.slug,
        name: place.name,
        kind: place.kind,
        merged_from: null,
        old_names: place.oldNames.length > 0 ? place.oldNames.join("; ") : null,
        admin_centre: null,
        population: null,
        source: null,
      });
      add(nameRow(p.slug, place.slug, place.name, "hien-nay"));
      for (const n of place.oldNames) add(nameRow(p.slug, place.slug, n, "ten-cu"));
    }
    out.locality_names.push(...names.values());
  }
}

/** Rows of `localities` for the gazetteer's communes that plans name and localities.yaml does not list. */
function communeRows(input: DataInput, ctx: RowContext): Row[] {
  const rows = new Map<string, Row>();
  for (const { plan } of input.plans) {
    const province = plan.locality.province ? ctx.provinces.get(plan.locality.province) : undefined;
    const key = plan.locality.place;
    if (!province || !key || province.places.some((p) => p.slug === key)) continue;
    const place = placeOf(province, key, ctx.gazetteer);
    const commune = place?.code ? ctx.gazetteer?.byCode.get(place.code) : undefined;
    if (!place || !commune) continue;
    rows.set(`${province.slug}/${key}`, {
      province: province.slug,
      place: key,
      name: place.name,
      kind: commune.kind,
      merged_from: null,
      old_names: null,
      admin_centre: null,
      population: null,
      source: `Danh mục xã, phường từ 1/7/2025 (thanglequoc/vietnamese-provinces-database), mã ${commune.code}`,
    });
  }
  return [...rows.values()];
}

/** A figure of data/indicators.csv as a row: the value as a number, the rest as the file has it. */
function indicatorRow(r: IndicatorRow): Row {
  return {
    province: r.province === "" ? null : r.province,
    indicator: r.indicator,
    indicator_name: `${INDICATOR_NAMES[r.indicator]} (${INDICATORS[r.indicator]})`,
    year: r.year,
    value: Number(r.value),
    source_url: r.source_url,
    unit_scheme: r.unit_scheme,
    unit: r.unit,
    note: r.note === "" ? null : r.note,
  };
}

const compareCells = (a: Cell, b: Cell): number => {
  if (a === b) return 0;
  if (a === null) return 1; // nulls last, as DuckDB's default ORDER BY
  if (b === null) return -1;
  if (typeof a === "number" && typeof b === "number") return a - b;
  return String(a) < String(b) ? -1 : 1;
};

/**
 * Sorts rows by the table's `orderBy` columns, or by `keys` when given (byte order of strings, nulls
 * last), in place.
 */
export function sortRows(
  tableName: string,
  rows: Row[],
  keys = TABLES.find((t) => t.name === tableName)?.orderBy ?? [],
): Row[] {
  return rows.sort((a, b) => {
    for (const k of keys) {
      const c = compareCells(a[k], b[k]);
      if (c !== 0) return c;
    }
    return 0;
  });
}

/** The rows of every table, each table sorted by its key. */
export function buildRows(input: DataInput): TableRows {
  const out: TableRows = Object.fromEntries(TABLES.map((t) => [t.name, [] as Row[]]));
  const measureIds = input.measures.map((m) => m.id);
  const ctx: RowContext = {
    provinces: new Map(input.provinces.map((p) => [p.slug, p])),
    measures: input.measures,
    measureIds,
    resolve: createPlanResolver(input.plans),
    reuse: input.reuse,
    gazetteer: input.gazetteer,
  };
  for (const vp of input.plans) {
    out.plans.push(planRow(vp, ctx));
    codingRows(vp, measureIds, out);
    linkRows(vp, ctx, out);
    out.plan_vs_parent.push(...parentRows(vp, ctx.measures, ctx.resolve));
  }
  out.measures = measureRows(input.measures);
  localityRows(input.provinces, out);
  out.passages = [...(input.reuse?.passages ?? [])];
  out.passage_occurrences = [...(input.reuse?.occurrences ?? [])];
  out.localities.push(...communeRows(input, ctx));
  out.indicators = (input.indicators ?? []).map(indicatorRow);
  numberForDisplay(out.plans);
  const order = new Map(out.plans.map((r) => [r.slug, r.display_order]));
  for (const r of out.plan_measures) r.display_order = order.get(r.plan) ?? null;
  const filterColumns = tableDef("plan_filters").columns.map((c) => c.name);
  out.plan_filters = out.plans.map((r) => Object.fromEntries(filterColumns.map((c) => [c, r[c]])));
  for (const t of TABLES) sortRows(t.name, out[t.name]);
  return out;
}

/**
 * Numbers the plans in the explorer's table order (`display_order`, from 1): newest `sort_date` first,
 * plans without a date last, then by slug: the order of `ORDER BY sort_date DESC NULLS LAST, slug`.
 */
export function numberForDisplay(plans: Row[]): void {
  const date = (r: Row) => (r.sort_date === null ? null : String(r.sort_date));
  const ordered = [...plans].sort((a, b) => {
    const da = date(a);
    const db = date(b);
    if (da !== db) {
      if (da === null) return 1;
      if (db === null) return -1;
      return da < db ? 1 : -1;
    }
    return String(a.slug) < String(b.slug) ? -1 : String(a.slug) > String(b.slug) ? 1 : 0;
  });
  ordered.forEach((r, i) => (r.display_order = i + 1));
}
