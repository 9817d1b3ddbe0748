/**
 * HTML of the explorer's results table and locality × measure matrix. One renderer for the
 * server-rendered first view (Astro `set:html`) and for the browser after each query, so both look the
 * same. Every value is escaped: nothing from the content or the URL can become markup.
 */
import { compareHref } from "../compare/state.ts";
import { ISSUER_KINDS, ISSUER_LEVELS, LEVEL_NAMES } from "../labels.ts";
import { formatNumber } from "../format.ts";
import type { MatrixRow, PlanMeasureCell, PlanResult } from "./shape.ts";
import { escapeHtml } from "../html.ts";

/** What the renderers need to know about a measure. */
export interface MeasureInfo {
  id: string;
  name: string;
  shortName: string;
}

/** A quote cut to about `max` characters at a word boundary. */
export function shorten(text: string, max = 180): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(" "), max - 20))}…`;
}

/** A level as a small badge: "2" with its meaning for screen readers and on hover. */
export function levelBadge(level: number | null): string {
  const name = LEVEL_NAMES[level === null ? "null" : level];
  const shown = level === null ? "–" : String(level);
  return `<span class="muc muc-${level ?? "na"}" title="${escapeHtml(name)}"><span aria-hidden="true">${shown}</span><span class="visually-hidden">${escapeHtml(level === null ? name : `mức ${level}: ${name}`)}</span></span>`;
}

/** Where a plan applies, as the table shows it. */
export function localityLabel(r: PlanResult): string {
  if (!r.provinceName) return r.issuerLevel === "trung-uong" ? "Toàn quốc" : "—";
  const written = r.provinceAsWritten ? ` (văn bản ghi: ${r.provinceAsWritten})` : "";
  const place = r.placeName ? `${r.placeName}, ` : "";
  return `${place}${r.provinceName}${written}`;
}

/** Options of the results table. */
export interface ResultsTableOptions {
  /** Measures chosen in the filter: one column each, with level and quote. */
  chosen: readonly MeasureInfo[];
  /** Cells of the results, for the chosen measures' levels and quotes. */
  cells: readonly PlanMeasureCell[];
  minLevel: number;
  /** Rows to render; the rest are counted in the caption. */
  limit: number;
  /** Plans that match, when `results` holds only the first of them. */
  total?: number;
}

function measureCells(r: PlanResult, o: ResultsTableOptions, byPlan: Map<string, Map<string, PlanMeasureCell>>) {
  if (o.chosen.length === 0) {
    const text =
      r.measuresCoded === 0 ? `<span class="muted">chưa mã hóa</span>` : `${r.measuresAtLevel}/${r.measuresCoded}`;
    return `<td class="so" data-nhan="Biện pháp ở mức ${o.minLevel}+">${text}</td>`;
  }
  return o.chosen
    .map((m) => {
      const c = byPlan.get(r.slug)?.get(m.id);
      const quote = c?.quote ? `<q>${escapeHtml(shorten(c.quote))}</q>` : "";
      return `<td data-nhan="${escapeHtml(m.shortName)}">${levelBadge(c?.level ?? null)}${quote ? ` ${quote}` : ""}</td>`;
    })
    .join("");
}

/** The results table: one row per plan, linking to its page. */
export function renderResultsTable(results: readonly PlanResult[], o: ResultsTableOptions): string {
  const byPlan = new Map<string, Map<string, PlanMeasureCell>>();
  for (const c of o.cells) {
    if (!byPlan.has(c.slug)) byPlan.set(c.slug, new Map());
    byPlan.get(c.slug)?.set(c.measureId, c);
  }
  const measureHeads =
    o.chosen.length === 0
      ? `<th scope="col">Biện pháp ở mức ${o.minLevel}+ / đã mã hóa</th>`
      : o.chosen.map((m) => `<th scope="col" title="${escapeHtml(m.name)}">${escapeHtml(m.shortName)}</th>`).join("");
  const shown = results.slice(0, o.limit);
  const rows = shown
    .map((r) => {
      const number = r.number ? ` <span class="muted">(${escapeHtml(r.number)})</span>` : "";
      const matched = r.matchedQuote ? `<br /><q class="khop">${escapeHtml(shorten(r.matchedQuote))}</q>` : "";
      const date = r.dateEstimated
        ? `<span title="ngày ước tính">${escapeHtml(r.issuedLabel)}</span>`
        : escapeHtml(r.issuedLabel);
      return (
        `<tr data-slug="${escapeHtml(r.slug)}">` +
        `<th scope="row"><a href="${escapeHtml(r.url)}">${escapeHtml(r.shortTitle)}</a>${number}${matched}` +
        `<br /><a class="so-sanh-lk" href="${escapeHtml(compareHref([r.slug]))}">So sánh<span class="visually-hidden">: ${escapeHtml(r.shortTitle)}</span></a></th>` +
        `<td data-nhan="Ngày">${date}</td>` +
        `<td data-nhan="Cơ quan">${escapeHtml(r.issuer)}</td>` +
        `<td data-nhan="Cấp, khối">${escapeHtml(ISSUER_LEVELS[r.issuerLevel] ?? r.issuerLevel)}<br /><span class="muted">${escapeHtml(ISSUER_KINDS[r.issuerKind] ?? r.issuerKind)}</span></td>` +
        `<td data-nhan="Địa phương">${escapeHtml(localityLabel(r))}</td>` +
        measureCells(r, o, byPlan) +
        `</tr>`
      );
    })
    .join("\n");
  const total = Math.max(o.total ?? 0, results.length);
  const more = total > shown.length ? `; bảng hiện ${formatNumber(shown.length)} văn bản mới nhất` : "";
  return (
    `<table class="ket-qua-bang">` +
    `<caption>${formatNumber(total)} văn bản khớp bộ lọc${more}</caption>` +
    `<thead><tr><th scope="col">Văn bản</th><th scope="col">Ngày ban hành</th><th scope="col">Cơ quan ban hành</th>` +
    `<th scope="col">Cấp, khối</th><th scope="col">Địa phương (nay)</th>${measureHeads}</tr></thead>` +
    `<tbody>\n${rows}\n</tbody></table>`
  );
}

/** The locality × measure matrix: highest level and number of plans at the minimum level. */
export function renderMatrix(
  rows: readonly MatrixRow[],
  measures: readonly MeasureInfo[],
  provinceNames: ReadonlyMap<string, string>,
  minLevel: number,
): string {
  if (rows.length === 0) return "";
  const heads = measures
    .map((m) => `<th scope="col" title="${escapeHtml(m.name)}"><span>${escapeHtml(m.shortName)}</span></th>`)
    .join("");
  const body = rows
    .map((row) => {
      const name = row.province === "" ? "Trung ương, toàn quốc" : (provinceNames.get(row.province) ?? row.province);
      const cells = measures
        .map((m) => {
          const c = row.cells.get(m.id);
          const count = c && c.plans > 0 ? `<small>${c.plans} VB</small>` : "";
          return `<td class="o o-${c?.maxLevel ?? "na"}">${levelBadge(c?.maxLevel ?? null)}${count}</td>`;
        })
        .join("");
      return `<tr><th scope="row">${escapeHtml(name)} <span class="muted">(${row.planCount})</span></th>${cells}</tr>`;
    })
    .join("\n");
  return (
    `<table class="ma-tran">` +
    `<caption>Địa phương × biện pháp: mức cao nhất trong các văn bản của địa phương; “VB” là số văn bản đạt mức ${minLevel} trở lên</caption>` +
    `<thead><tr><th scope="col">Địa phương (số văn bản)</th>${heads}</tr></thead>` +
    `<tbody>\n${body}\n</tbody></table>`
  );
}
