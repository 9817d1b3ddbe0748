/**
 * The explorer's filter form and its link with the URL: what the form says about the data (measures,
 * provinces and their old names), reading the state from the form and writing it back.
 */
import { slugify } from "../lib/vietnamese.ts";
import { isoToField } from "../lib/explorer/dates.ts";
import type { ChartMeasure } from "../lib/explorer/shape.ts";
import { KIND_PARAM, PARAMS, parseState, type FilterState, type StateContext } from "../lib/explorer/state.ts";

/** What the page knows about the data, read from the form's data attributes. */
export interface PageContext {
  state: StateContext & { measureIds: string[] };
  measures: ChartMeasure[];
  provinceNames: Map<string, string>;
}

const inputs = (form: HTMLFormElement, name: string) => [
  ...form.querySelectorAll<HTMLInputElement>(`input[name="${name}"]`),
];

/** Reads the measures and provinces (with their old names) from the form. */
export function readContext(form: HTMLFormElement): PageContext {
  // The form groups measures; queries and the URL use codebook order, kept in data-thu-tu.
  const byPosition = (a: HTMLInputElement, b: HTMLInputElement) => Number(a.dataset.thuTu) - Number(b.dataset.thuTu);
  const measures = inputs(form, PARAMS.measures)
    .sort(byPosition)
    .map((i) => ({
      id: i.value,
      name: i.dataset.ten ?? i.value,
      shortName: i.dataset.tenNgan ?? i.value,
      group: i.dataset.nhom ?? "",
    }));
  const provinces = inputs(form, PARAMS.provinces);
  const provinceNames = new Map(provinces.map((i) => [i.value, i.dataset.ten ?? i.value]));
  const aliases = new Map<string, string>();
  for (const i of provinces) {
    for (const alias of (i.dataset.tenCu ?? "").split(" ").filter(Boolean)) aliases.set(alias, i.value);
    aliases.set(slugify(i.dataset.ten ?? ""), i.value);
  }
  return {
    measures,
    provinceNames,
    state: {
      measureIds: measures.map((m) => m.id),
      provinceSlugs: provinces.map((i) => i.value),
      provinceAliases: aliases,
      provinceNames,
    },
  };
}

/** The state the form shows (the tab and SQL come from `current`). */
export function stateFromForm(form: HTMLFormElement, ctx: PageContext, current: FilterState): FilterState {
  const query = new URLSearchParams();
  for (const [name, value] of new FormData(form))
    if (typeof value === "string" && value !== "") query.append(name, value);
  const { state } = parseState(query.toString(), ctx.state);
  return { ...state, tab: current.tab, sql: current.sql };
}

/** Sets every field of the form to `state`. */
export function writeForm(form: HTMLFormElement, state: FilterState): void {
  const check = (name: string, values: readonly string[]) => {
    for (const i of inputs(form, name)) i.checked = values.includes(i.value);
  };
  check(PARAMS.measures, state.measures);
  check(PARAMS.issuerLevels, state.issuerLevels);
  check(
    PARAMS.kinds,
    state.kinds.map((k) => KIND_PARAM[k]),
  );
  check(PARAMS.provinces, state.provinces);
  const set = (name: string, value: string) => {
    const el = form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement | null;
    if (el) el.value = value;
  };
  set(PARAMS.mode, state.mode === "all" ? "tat-ca" : "bat-ky");
  set(PARAMS.minLevel, String(state.minLevel));
  set(PARAMS.from, state.from ? isoToField(state.from) : "");
  set(PARAMS.to, state.to ? isoToField(state.to) : "");
  set(PARAMS.text, state.text);
}

/** Shows only the provinces whose name or old names contain the typed text (diacritics optional). */
export function filterProvinceList(list: HTMLElement, typed: string, fold: (s: string) => string): void {
  const needle = fold(typed);
  for (const label of list.querySelectorAll<HTMLElement>("[data-tim]"))
    label.hidden = needle !== "" && !(label.dataset.tim ?? "").includes(needle);
}
