/**
 * /so-sanh/ in the browser: reads the plans chosen in the address (`?ke-hoach=a,b`), loads the
 * comparison's index (/so-sanh/du-lieu.json) and the parts that hold those plans (lib/compare/parts.ts),
 * and draws the table; the picker finds plans with the site search (its shards read as the reader types,
 * src/client/site-search.ts, loaded at the first keystroke). The picker
 * and the "Bỏ" buttons change the address with pushState, and back/forward (popstate) redraw the earlier
 * choice.
 */
import { COMPARE_IDS } from "../lib/dom-ids.ts";
import type { ComparePlan } from "../lib/compare/data.ts";
import { picksOf, PICK_LIMIT, type ComparePick } from "../lib/compare/match.ts";
import { partOf, partUrl, type CompareIndex } from "../lib/compare/parts.ts";
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
import { OncePerKey } from "../lib/once.ts";

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

async function getJson<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return (await response.json()) as T;
}

/** The plans the site search finds for `query`, but those of `skip`. */
async function findPicks(query: string, skip: readonly string[]): Promise<ComparePick[]> {
  const { getEngine } = await import("./site-search.ts");
  return picksOf(await (await getEngine()).search(query, PICK_LIMIT + skip.length), skip);
}

async function start(data: CompareIndex): Promise<void> {
  // Each part is read once, when first needed; a failed read is tried again on the next draw.
  const parts = new OncePerKey(async (k: number) => {
    const plans = await getJson<ComparePlan[]>(partUrl(k, data.parts));
    return new Map(plans.map((p) => [p.s, p]));
  });
  const notice = byId(COMPARE_IDS.notice);
  const chosenList = byId(COMPARE_IDS.chosen);
  const search = byId<HTMLInputElement>(COMPARE_IDS.search);
  const matches = byId(COMPARE_IDS.matches);
  const table = byId(COMPARE_IDS.table);
  const onlyDiff = byId<HTMLInputElement>(COMPARE_IDS.onlyDiff);
  let slugs: string[] = [];
  let drawing = 0;

  const go = (next: string[]) => {
    history.pushState(null, "", compareHref(next));
    void redraw();
  };

  const item = (text: string) => Object.assign(document.createElement("li"), { textContent: text });
  const drawMatches = async () => {
    const query = search.value;
    if (query.trim() === "") {
      matches.replaceChildren();
      return;
    }
    if (!matches.hasChildNodes()) matches.replaceChildren(item("Đang tìm…"));
    const found = await findPicks(query, slugs).catch(() => undefined);
    if (search.value !== query) return; // the reader typed on: the newer call draws
    if (!found) {
      matches.replaceChildren(item("Không tải được chỉ mục tìm kiếm; hãy gõ lại sau giây lát hoặc tải lại trang."));
      return;
    }
    const full = slugs.length >= MAX_PLANS;
    matches.replaceChildren(
      ...found.map((p) => {
        const li = document.createElement("li");
        const add = button("Thêm", `vào so sánh: ${p.t}`, () => {
          search.value = "";
          go([...slugs, p.s]);
          search.focus();
        });
        add.disabled = full;
        li.append(add, ` ${p.t} (${p.sub})`);
        return li;
      }),
    );
    if (found.length === 0) matches.prepend(item("Không có văn bản nào khớp."));
    else if (full) matches.prepend(item(`Đã chọn đủ ${MAX_PLANS} văn bản; bỏ một văn bản để thêm văn bản khác.`));
  };

  const draw = async () => {
    const id = ++drawing;
    const param = new URL(location.href).searchParams.get(COMPARE_PARAM);
    // The plans the address names, from their parts: a slug no part holds is unknown.
    const named = [...new Set((param ?? "").split(",").map((s) => s.trim()))].filter(Boolean);
    const found = new Map<string, ComparePlan>();
    for (const [slug, plan] of await Promise.all(
      named.map(async (s) => [s, (await parts.get(partOf(s, data.parts))).get(s)] as const),
    ))
      if (plan) found.set(slug, plan);
    if (id !== drawing) return; // a newer address is being drawn
    const state = parseCompareParam(param, new Set(found.keys()));
    slugs = state.slugs;
    const plans = slugs.map((s) => found.get(s)).filter((p): p is ComparePlan => p !== undefined);
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
    await drawMatches();
  };

  // After the first draw, a part that cannot be read says so (the first draw's failure is main's).
  const redraw = () =>
    draw().catch(() => {
      notice.textContent = "Không tải được dữ liệu của văn bản đã chọn; hãy tải lại trang.";
      notice.hidden = false;
    });
  search.addEventListener("input", () => void drawMatches());
  onlyDiff.addEventListener("change", () => table.classList.toggle("chi-khac", onlyDiff.checked));
  table.classList.toggle("chi-khac", onlyDiff.checked);
  addEventListener("popstate", () => void redraw());
  await draw();
  const root = byId(COMPARE_IDS.root);
  root.hidden = false;
  root.dataset.trangThai = "san-sang";
}

async function main(): Promise<void> {
  const root = byId(COMPARE_IDS.root);
  try {
    await start(await getJson<CompareIndex>(root.dataset.src ?? ""));
  } catch {
    const notice = byId(COMPARE_IDS.notice);
    notice.textContent = "Không tải được dữ liệu so sánh; hãy mở từng kế hoạch theo các liên kết dưới đây.";
    notice.hidden = false;
  }
}

void main();
