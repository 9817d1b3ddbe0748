/**
 * HTML of the /so-sanh/ table: one column per plan, the metadata rows on top, then one row per
 * measure under its group. Rows where the plans' levels differ carry `is-khac`, so the page can hide
 * the others. Every value is escaped: nothing from the content or the address can become markup.
 */
import { escapeHtml } from "../html.ts";
import { ISSUER_LEVELS, LEVEL_NAMES } from "../labels.ts";
import type { CompareMeasure, ComparePlan } from "./data.ts";

/** True when the plans do not all code a measure at the same level ("not coded" counts as a level). */
export function levelsDiffer(levels: readonly (number | null)[]): boolean {
  return new Set(levels).size > 1;
}

/** The level a plan gives a measure, null when it does not code it. */
export function levelOf(plan: ComparePlan, measureId: string): number | null {
  return plan.m[measureId]?.[0] ?? null;
}

function badge(level: number | null): string {
  const text = level === null ? LEVEL_NAMES.null : `${level} · ${LEVEL_NAMES[level]}`;
  return `<span class="ss-muc ss-muc-${level ?? "na"}">${escapeHtml(text)}</span>`;
}

/** What each reuse letter of ComparePlan.r says under a quote. */
const REUSE_LABEL: Record<string, string> = {
  c: "câu chữ chung với văn bản khác",
  p: "một phần là câu chữ chung",
  r: "lời riêng của văn bản",
};

function quotes(texts: readonly string[], reuse = ""): string {
  if (texts.length === 0) return "";
  const quote = (t: string, i: number) => {
    const label = REUSE_LABEL[reuse[i] ?? ""];
    const note = label ? `<span class="ss-chung ss-chung-${reuse[i]}">${label}</span>` : "";
    return `<blockquote>${escapeHtml(t)}${note}</blockquote>`;
  };
  const first = quote(texts[0], 0);
  if (texts.length === 1) return first;
  const rest = texts
    .slice(1)
    .map((t, i) => quote(t, i + 1))
    .join("");
  return `${first}<details><summary>Thêm ${texts.length - 1} trích dẫn</summary>${rest}</details>`;
}

const cell = (label: string, html: string) => `<td data-nhan="${escapeHtml(label)}">${html}</td>`;

function metaRow(name: string, plans: readonly ComparePlan[], value: (p: ComparePlan) => string): string {
  return `<tr class="ss-meta"><th scope="row">${name}</th>${plans.map((p) => cell(p.t, value(p))).join("")}</tr>`;
}

function parentHtml(p: ComparePlan): string {
  if (!p.p) return `<span class="muted">Không ghi</span>`;
  return p.p.s ? `<a href="/ke-hoach/${escapeHtml(p.p.s)}/">${escapeHtml(p.p.t)}</a>` : escapeHtml(p.p.t);
}

/** The comparison table of `plans` (in column order). */
export function renderComparison(data: { measures: readonly CompareMeasure[] }, plans: readonly ComparePlan[]): string {
  const heads = plans
    .map((p) => `<th scope="col"><a href="/ke-hoach/${escapeHtml(p.s)}/">${escapeHtml(p.t)}</a></th>`)
    .join("");
  const meta = [
    metaRow("Số", plans, (p) => escapeHtml(p.n ?? "không số")),
    metaRow("Cơ quan ban hành", plans, (p) => escapeHtml(p.i)),
    metaRow("Cấp", plans, (p) => escapeHtml(ISSUER_LEVELS[p.l as keyof typeof ISSUER_LEVELS] ?? p.l)),
    metaRow("Ngày ban hành", plans, (p) => escapeHtml(p.d)),
    metaRow("Thực hiện văn bản", plans, parentHtml),
  ].join("");
  const groups: string[] = [];
  let group = "";
  let rows = "";
  const span = plans.length + 1;
  for (const m of data.measures) {
    if (m.group !== group) {
      if (rows) groups.push(rows + "</tbody>");
      group = m.group;
      rows = `<tbody><tr class="ss-nhom"><th scope="colgroup" colspan="${span}">${escapeHtml(group)}</th></tr>`;
    }
    const differs = levelsDiffer(plans.map((p) => levelOf(p, m.id)));
    const cells = plans.map((p) => {
      const [level = null, ...texts] = p.m[m.id] ?? [];
      return cell(p.t, badge(level) + quotes(texts, p.r?.[m.id]));
    });
    rows +=
      `<tr class="ss-bp${differs ? " is-khac" : ""}" data-bien-phap="${escapeHtml(m.id)}">` +
      `<th scope="row"><a href="/bien-phap/${escapeHtml(m.id)}/">${escapeHtml(m.name)}</a>` +
      `${differs ? ` <span class="ss-khac">khác nhau</span>` : ""}</th>${cells.join("")}</tr>`;
  }
  if (rows) groups.push(rows + "</tbody>");
  const differing = data.measures.filter((m) => levelsDiffer(plans.map((p) => levelOf(p, m.id)))).length;
  return (
    `<table class="ss-bang"><caption>${plans.length} văn bản, ${data.measures.length} biện pháp; ` +
    `mức khác nhau ở ${differing} biện pháp</caption>` +
    `<thead><tr><th scope="col">Văn bản</th>${heads}</tr></thead>` +
    `<tbody>${meta}</tbody>${groups.join("")}</table>`
  );
}
