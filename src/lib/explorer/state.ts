/**
 * The explorer's filter state and its URL form (`?bien-phap=lao-khoa&muc=2&cap=tinh…`), so any view
 * can be shared and the browser's back and forward buttons work. Parsing never throws: unknown or
 * malformed parameters are dropped with a notice the page shows.
 */
import { ISSUER_KINDS, ISSUER_LEVELS } from "../labels.ts";
import { parseFieldDate } from "./dates.ts";

/** Issuer level ids, top to bottom. */
export type IssuerLevel = keyof typeof ISSUER_LEVELS;
/** Issuer kind ids, as stored in the data. */
export type IssuerKind = keyof typeof ISSUER_KINDS;

/** Everything the filters can say. */
export interface FilterState {
  /** Measure ids, in codebook order. */
  measures: string[];
  /** "any": at least one of the measures; "all": every one. */
  mode: "any" | "all";
  /** Minimum level a measure must reach: 1–3. */
  minLevel: 1 | 2 | 3;
  /** Issuer levels, in their order. */
  issuerLevels: IssuerLevel[];
  /** Issuer kinds, in their order. */
  kinds: IssuerKind[];
  /** Today's province slugs, in the order of the localities file. */
  provinces: string[];
  /** Inclusive date bounds "YYYY-MM-DD", or null. */
  from: string | null;
  to: string | null;
  /** Free text, as typed. */
  text: string;
  /** The tab shown: filters or SQL. */
  tab: "loc" | "sql";
  /** The SQL in the SQL tab, when shared. */
  sql: string;
}

/** The state with no filter. */
export const EMPTY_STATE: FilterState = {
  measures: [],
  mode: "any",
  minLevel: 1,
  issuerLevels: [],
  kinds: [],
  provinces: [],
  from: null,
  to: null,
  text: "",
  tab: "loc",
  sql: "",
};

/** URL parameter names (Vietnamese slugs). */
export const PARAMS = {
  measures: "bien-phap",
  mode: "ket-hop",
  minLevel: "muc",
  issuerLevels: "cap",
  kinds: "khoi",
  provinces: "dia-phuong",
  from: "tu",
  to: "den",
  text: "tu-khoa",
  tab: "che-do",
  sql: "sql",
} as const;

/** URL values of the issuer kinds (Vietnamese), and back. */
export const KIND_PARAM: Record<IssuerKind, string> = { party: "dang", government: "chinh-quyen", unit: "don-vi" };
const KIND_FROM_PARAM = Object.fromEntries(Object.entries(KIND_PARAM).map(([k, v]) => [v, k])) as Record<
  string,
  IssuerKind
>;
const MODE_PARAM = { any: "bat-ky", all: "tat-ca" } as const;

/** Longest free text and SQL accepted from a URL. */
const MAX_TEXT = 200;
const MAX_SQL = 4000;

/** What the parser needs to know about the data, to check values. */
export interface StateContext {
  /** Measure ids in codebook order. */
  measureIds: readonly string[];
  /** Today's province slugs in file order. */
  provinceSlugs: readonly string[];
  /** Old-name slugs → today's slug ("quang-binh" → "quang-tri", "thua-thien-hue" → "hue"). */
  provinceAliases?: ReadonlyMap<string, string>;
  /** Names for notices: slug → "Quảng Trị". */
  provinceNames?: ReadonlyMap<string, string>;
}

/** A message about the URL for the reader: "warning" when something was ignored. */
export interface Notice {
  kind: "warning" | "info";
  text: string;
}

/** The parsed state and what was ignored or reinterpreted. */
export interface ParseResult {
  state: FilterState;
  notices: Notice[];
}

const inOrder = <T extends string>(values: Iterable<T>, order: readonly T[]): T[] => {
  const set = new Set(values);
  return order.filter((v) => set.has(v));
};

const shown = (v: string) => (v.length > 40 ? `${v.slice(0, 40)}…` : v);

/**
 * Reads the filter state from a URL query (`location.search`, with or without "?"). Never throws.
 */
export function parseState(query: string, ctx: StateContext): ParseResult {
  const params = new URLSearchParams(query);
  const notices: Notice[] = [];
  const warn = (text: string) => notices.push({ kind: "warning", text });
  const state: FilterState = { ...EMPTY_STATE };
  const known = new Set<string>(Object.values(PARAMS));
  const single = (name: string): string | undefined => {
    const all = params.getAll(name);
    if (all.length > 1) warn(`Tham số “${name}” chỉ nhận một giá trị; đã dùng giá trị đầu tiên.`);
    return all[0];
  };

  for (const name of new Set(params.keys()))
    if (!known.has(name)) warn(`Tham số “${shown(name)}” không được hỗ trợ nên đã bỏ qua.`);

  const measures: string[] = [];
  for (const v of params.getAll(PARAMS.measures)) {
    if (ctx.measureIds.includes(v)) measures.push(v);
    else warn(`Biện pháp “${shown(v)}” không có trong bộ mã nên đã bỏ qua.`);
  }
  state.measures = inOrder(measures, ctx.measureIds);

  const mode = single(PARAMS.mode);
  if (mode === MODE_PARAM.all) state.mode = "all";
  else if (mode !== undefined && mode !== MODE_PARAM.any)
    warn(`Cách kết hợp “${shown(mode)}” không hợp lệ (dùng bat-ky hoặc tat-ca); đã dùng “bất kỳ”.`);

  const level = single(PARAMS.minLevel);
  if (level === "1" || level === "2" || level === "3") state.minLevel = Number(level) as 1 | 2 | 3;
  else if (level !== undefined) warn(`Mức “${shown(level)}” không hợp lệ (chỉ 1, 2 hoặc 3); đã dùng mức 1.`);

  const levelOrder = Object.keys(ISSUER_LEVELS) as IssuerLevel[];
  const levels: IssuerLevel[] = [];
  for (const v of params.getAll(PARAMS.issuerLevels)) {
    if ((levelOrder as string[]).includes(v)) levels.push(v as IssuerLevel);
    else warn(`Cấp “${shown(v)}” không hợp lệ nên đã bỏ qua (dùng ${levelOrder.join(", ")}).`);
  }
  state.issuerLevels = inOrder(levels, levelOrder);

  const kindOrder = Object.keys(ISSUER_KINDS) as IssuerKind[];
  const kinds: IssuerKind[] = [];
  for (const v of params.getAll(PARAMS.kinds)) {
    const kind = KIND_FROM_PARAM[v];
    if (kind) kinds.push(kind);
    else warn(`Khối “${shown(v)}” không hợp lệ nên đã bỏ qua (dùng ${Object.values(KIND_PARAM).join(", ")}).`);
  }
  state.kinds = inOrder(kinds, kindOrder);

  const provinces: string[] = [];
  for (const v of params.getAll(PARAMS.provinces)) {
    if (ctx.provinceSlugs.includes(v)) provinces.push(v);
    else if (ctx.provinceAliases?.has(v)) {
      const today = ctx.provinceAliases.get(v) as string;
      provinces.push(today);
      const name = ctx.provinceNames?.get(today) ?? today;
      notices.push({ kind: "info", text: `“${v}” là tên cũ; đã lọc theo đơn vị ngày nay: ${name}.` });
    } else warn(`Địa phương “${shown(v)}” không có trong danh sách 34 đơn vị cấp tỉnh nên đã bỏ qua.`);
  }
  state.provinces = inOrder(provinces, ctx.provinceSlugs);

  for (const key of ["from", "to"] as const) {
    const v = single(PARAMS[key]);
    if (v === undefined || v === "") continue;
    // "YYYY-MM-DD" from links, "dd/mm/yyyy" from the form submitted without JavaScript.
    const parsed = parseFieldDate(v);
    if (parsed.ok) state[key] = parsed.iso;
    else warn(`${parsed.message.replace(/\.$/, "")}; đã bỏ qua “${key === "from" ? "Từ ngày" : "Đến ngày"}”.`);
  }
  if (state.from && state.to && state.from > state.to) {
    warn("Ngày bắt đầu sau ngày kết thúc; đã đổi chỗ hai ngày.");
    [state.from, state.to] = [state.to, state.from];
  }

  const text = single(PARAMS.text);
  if (text !== undefined) {
    if (text.length > MAX_TEXT) warn(`Từ khóa dài quá ${MAX_TEXT} ký tự nên đã được cắt bớt.`);
    state.text = text.slice(0, MAX_TEXT).normalize("NFC");
  }

  const tab = single(PARAMS.tab);
  if (tab === "sql") state.tab = "sql";
  else if (tab !== undefined && tab !== "loc")
    warn(`Chế độ “${shown(tab)}” không hợp lệ (dùng loc hoặc sql); đã mở tab lọc.`);
  const sql = single(PARAMS.sql);
  if (sql !== undefined) {
    if (sql.length > MAX_SQL) warn(`Câu lệnh SQL dài quá ${MAX_SQL} ký tự nên đã bỏ qua.`);
    else state.sql = sql;
  }
  return { state, notices };
}

/**
 * The URL query of a state ("?bien-phap=lao-khoa&muc=2"), or "" for the empty state. Defaults are left
 * out and parameters come in a fixed order, so one view has one URL.
 */
export function serializeState(state: FilterState): string {
  const p = new URLSearchParams();
  for (const m of state.measures) p.append(PARAMS.measures, m);
  if (state.mode === "all") p.set(PARAMS.mode, MODE_PARAM.all);
  if (state.minLevel !== 1) p.set(PARAMS.minLevel, String(state.minLevel));
  for (const l of state.issuerLevels) p.append(PARAMS.issuerLevels, l);
  for (const k of state.kinds) p.append(PARAMS.kinds, KIND_PARAM[k]);
  for (const s of state.provinces) p.append(PARAMS.provinces, s);
  if (state.from) p.set(PARAMS.from, state.from);
  if (state.to) p.set(PARAMS.to, state.to);
  if (state.text.trim()) p.set(PARAMS.text, state.text.trim());
  if (state.tab === "sql") p.set(PARAMS.tab, "sql");
  if (state.tab === "sql" && state.sql.trim()) p.set(PARAMS.sql, state.sql.trim());
  const q = p.toString();
  return q ? `?${q}` : "";
}

/**
 * How many filters differ from the empty state, as the phone's "Bộ lọc (3)" button counts them: each
 * chosen measure, issuer level, kind and province is one; so are each date bound, the free text, a
 * minimum level above 1 and "every measure" mode. The tab and SQL do not count.
 */
export function activeFilterCount(state: FilterState): number {
  return (
    state.measures.length +
    state.issuerLevels.length +
    state.kinds.length +
    state.provinces.length +
    (state.from ? 1 : 0) +
    (state.to ? 1 : 0) +
    (state.text.trim() ? 1 : 0) +
    (state.minLevel !== EMPTY_STATE.minLevel ? 1 : 0) +
    (state.mode !== EMPTY_STATE.mode ? 1 : 0)
  );
}

/** True when no filter narrows the plans (the tab and SQL do not count). */
export function isUnfiltered(state: FilterState): boolean {
  return (
    state.measures.length === 0 &&
    state.issuerLevels.length === 0 &&
    state.kinds.length === 0 &&
    state.provinces.length === 0 &&
    !state.from &&
    !state.to &&
    !state.text.trim()
  );
}
