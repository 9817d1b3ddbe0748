/**
 * /so-sanh/ in the browser: reads the plans chosen in the address (`?ke-hoach=a,b`), loads the
 * comparison data (/so-sanh/du-lieu.json) and draws the table; the picker and the "Bỏ" buttons change
 * the address with pushState, and back/forward (popstate) redraw the earlier choice.
 */
import { COMPARE_IDS } from "../lib/dom-ids.ts";
import type { CompareData, ComparePlan } from "../lib/compare/data.ts";
import { matchPlans } from "../lib/compare/match.ts";
import { renderComparison } from "../lib/compare/render.ts";
import {
  COMPARE_PARAM,
  compareHref,
  ignoredNotice,
  MAX_PLANS,
  MIN_PLANS,
  parseCompareParam,
} from "../lib/compare/state.ts";
import { byId } from "./dom.ts";

/** A button that says `text` and, to screen readers, `more` after it (so its name starts with what it shows). */
function button(text: string, more: string, onClick: () => void): HTMLButtonElement {
  const b = document.createElement("button");
  b.type = "button";
  const hidden = document.createElement("span");
  hidden.className = "visually-hidden";
  hidden.textContent = ` ${more}`;
  b.append(text, hidden);
  b.addEventListener("click", onClick);
  return b;
}

function start(data: CompareData): void {
  const bySlug = new Map(data.plans.map((p) => [p.s, p]));
  const known = new Set(bySlug.keys());
  const notice = byId(COMPARE_IDS.notice);
  const chosenList = byId(COMPARE_IDS.chosen);
  const search = byId<HTMLInputElement>(COMPARE_IDS.search);
  const matches = byId(COMPARE_IDS.matches);
  const table = byId(COMPARE_IDS.table);
  const onlyDiff = byId<HTMLInputElement>(COMPARE_IDS.onlyDiff);
  let slugs: string[] = [];

  const go = (next: string[]) => {
    history.pushState(null, "", compareHref(next));
    draw();
  };

  const drawMatches = () => {
    const found = matchPlans(search.value, data.plans).filter((p) => !slugs.includes(p.s));
    const full = slugs.length >= MAX_PLANS;
    matches.replaceChildren(
      ...found.map((p: ComparePlan) => {
        const li = document.createElement("li");
        const add = button("Thêm", `vào so sánh: ${p.t}`, () => {
          search.value = "";
          go([...slugs, p.s]);
          search.focus();
        });
        add.disabled = full;
        li.append(add, ` ${p.t} (${p.d})`);
        return li;
      }),
    );
    const say = (text: string) => {
      const li = document.createElement("li");
      li.textContent = text;
      matches.prepend(li);
    };
    if (search.value.trim() !== "" && found.length === 0) say("Không có văn bản nào khớp.");
    else if (full && found.length > 0) say(`Đã chọn đủ ${MAX_PLANS} văn bản; bỏ một văn bản để thêm văn bản khác.`);
  };

  const draw = () => {
    const state = parseCompareParam(new URL(location.href).searchParams.get(COMPARE_PARAM), known);
    slugs = state.slugs;
    const plans = slugs.map((s) => bySlug.get(s)).filter((p): p is ComparePlan => p !== undefined);
    const messages = [ignoredNotice(state.ignored)];
    if (plans.length < MIN_PLANS)
      messages.push(`Chọn thêm ${MIN_PLANS - plans.length} văn bản để so sánh (tối đa ${MAX_PLANS}).`);
    notice.textContent = messages.filter(Boolean).join(" ");
    notice.hidden = notice.textContent === "";
    chosenList.replaceChildren(
      ...plans.map((p) => {
        const li = document.createElement("li");
        const link = document.createElement("a");
        link.href = `/ke-hoach/${p.s}/`;
        link.textContent = p.t;
        li.append(
          link,
          " ",
          button("Bỏ", `khỏi so sánh: ${p.t}`, () => go(slugs.filter((s) => s !== p.s))),
        );
        return li;
      }),
    );
    table.innerHTML = plans.length >= MIN_PLANS ? renderComparison(data, plans) : "";
    drawMatches();
  };

  search.addEventListener("input", drawMatches);
  onlyDiff.addEventListener("change", () => table.classList.toggle("chi-khac", onlyDiff.checked));
  table.classList.toggle("chi-khac", onlyDiff.checked);
  addEventListener("popstate", draw);
  draw();
  const root = byId(COMPARE_IDS.root);
  root.hidden = false;
  root.dataset.trangThai = "san-sang";
}

async function main(): Promise<void> {
  const root = byId(COMPARE_IDS.root);
  try {
    const response = await fetch(root.dataset.src ?? "");
    if (!response.ok) throw new Error(String(response.status));
    start((await response.json()) as CompareData);
  } catch {
    const notice = byId(COMPARE_IDS.notice);
    notice.textContent = "Không tải được dữ liệu so sánh; hãy mở từng kế hoạch theo các liên kết dưới đây.";
    notice.hidden = false;
  }
}

void main();
