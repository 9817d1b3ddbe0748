/**
 * Site search in the browser, loaded on the first focus of the header's box (src/components/SiteSearch.astro):
 * fetches the names file from /tim-kiem/, then the shards and texts a query needs, and shows the best
 * results of each group as you type. A combobox: arrows move through the results, Enter opens one (or,
 * with none chosen, the full results on /tim-kiem/), Escape closes the list; a live region says how
 * many results there are.
 */
import { SearchEngine, type GroupedResults, type SearchHit } from "../lib/search/engine.ts";
import { SEARCH_GROUP_LABELS } from "../lib/search/documents.ts";
import { NAMES_FILE, searchFileUrl, searchLoader } from "../lib/search/files.ts";
import { findMatches, segmentsOf, snippet, type Segment } from "../lib/search/snippet.ts";

async function fetchText(name: string): Promise<string> {
  const response = await fetch(searchFileUrl(name));
  if (!response.ok) throw new Error(`${response.status} ${response.url}`);
  return response.text();
}

let engine: Promise<SearchEngine> | undefined;

/** The engine, loaded once per page (tried again after a failed read). */
export function getEngine(): Promise<SearchEngine> {
  if (engine) return engine;
  engine = fetchText(NAMES_FILE).then((names) => new SearchEngine(names, searchLoader(fetchText)));
  engine.catch(() => (engine = undefined));
  return engine;
}

function appendSegments(el: HTMLElement, segments: readonly Segment[]): HTMLElement {
  for (const s of segments) {
    if (s.mark) {
      const mark = document.createElement("mark");
      mark.textContent = s.text;
      el.append(mark);
    } else el.append(s.text);
  }
  return el;
}

function span(className: string, segments: readonly Segment[]): HTMLElement {
  const el = document.createElement("span");
  el.className = className;
  return appendSegments(el, segments);
}

const marked = (text: string, terms: readonly string[]) => segmentsOf(text, findMatches(text, terms));

/** Title, the line under it, and a snippet of the text where the words were found. */
function hitParts(hit: SearchHit): HTMLElement[] {
  const { doc, terms } = hit;
  const parts = [span("ss-title", marked(doc.t, terms)), span("ss-sub", marked(doc.s, terms))];
  if (doc.x && findMatches(doc.x, terms).length > 0) parts.push(span("ss-snippet", snippet(doc.x, terms)));
  else if (doc.p && doc.g === "ke-hoach" && findMatches(doc.p, terms).length > 0)
    parts.push(span("ss-snippet", [{ text: "Địa phương: ", mark: false }, ...marked(doc.p, terms)]));
  return parts;
}

/** "12 kết quả: 3 kế hoạch, 1 địa phương, 8 trích dẫn." */
export function describeResults(r: GroupedResults): string {
  if (r.total === 0) return "Không tìm thấy kết quả nào.";
  const parts = r.groups
    .filter((g) => g.total > 0)
    .map((g) => `${g.total} ${SEARCH_GROUP_LABELS[g.group].toLowerCase()}`);
  return `${r.total} kết quả: ${parts.join(", ")}.`;
}

/** Wires the header's box inside `root`; called once, on its first focus. */
export function connectSiteSearch(root: HTMLElement): void {
  const form = root.querySelector("form");
  const input = root.querySelector("input");
  const panel = root.querySelector<HTMLElement>("[data-ss-panel]");
  const status = root.querySelector<HTMLElement>("[data-ss-status]");
  if (!form || !input || !panel || !status) return;
  const note = document.createElement("p");
  note.className = "ss-note";
  const list = document.createElement("div");
  list.id = "tim-kiem-ket-qua";
  list.setAttribute("role", "listbox");
  list.setAttribute("aria-label", "Kết quả tìm kiếm");
  panel.append(note, list);
  input.setAttribute("role", "combobox");
  input.setAttribute("aria-autocomplete", "list");
  input.setAttribute("aria-controls", list.id);
  input.setAttribute("aria-expanded", "false");

  let options: HTMLAnchorElement[] = [];
  let active = -1;
  let run = 0;

  const open = (yes: boolean) => {
    panel.hidden = !yes;
    input.setAttribute("aria-expanded", String(yes && options.length > 0));
  };
  const choose = (i: number) => {
    if (options[active]) options[active].setAttribute("aria-selected", "false");
    active = i;
    const o = options[i];
    if (o) {
      o.setAttribute("aria-selected", "true");
      input.setAttribute("aria-activedescendant", o.id);
      o.scrollIntoView({ block: "nearest" });
    } else input.removeAttribute("aria-activedescendant");
  };

  const show = (r: GroupedResults) => {
    options = [];
    active = -1;
    input.removeAttribute("aria-activedescendant");
    const groups = r.groups
      .filter((g) => g.hits.length > 0)
      .map((g) => {
        const group = document.createElement("div");
        group.setAttribute("role", "group");
        const heading = document.createElement("div");
        heading.className = "ss-group-h";
        heading.id = `tim-kiem-nhom-${g.group}`;
        heading.setAttribute("role", "presentation");
        heading.textContent = `${SEARCH_GROUP_LABELS[g.group]} (${g.total})`;
        group.setAttribute("aria-labelledby", heading.id);
        group.append(heading);
        for (const hit of g.hits) {
          const a = document.createElement("a");
          a.className = "ss-option";
          a.href = hit.doc.u;
          a.id = `tim-kiem-kq-${options.length}`;
          a.tabIndex = -1;
          a.setAttribute("role", "option");
          a.setAttribute("aria-selected", "false");
          a.append(...hitParts(hit));
          options.push(a);
          group.append(a);
        }
        return group;
      });
    list.replaceChildren(...groups);
    const more = r.groups.some((g) => g.total > g.hits.length);
    note.textContent =
      r.total === 0
        ? "Không tìm thấy kết quả nào. Thử gõ ít chữ hơn, hoặc tên tỉnh, số văn bản, tên biện pháp."
        : more
          ? `${describeResults(r)} Nhấn Enter để xem tất cả.`
          : describeResults(r);
    status.textContent = describeResults(r);
    open(true);
  };

  const update = async () => {
    const mine = ++run;
    const text = input.value;
    if (!text.trim()) {
      list.replaceChildren();
      options = [];
      status.textContent = "";
      open(false);
      return;
    }
    try {
      const e = await getEngine();
      const r = await e.search(text);
      if (mine === run) {
        show(r);
        // What the list now shows: tests wait for it, and it says which query the results answer.
        panel.dataset.query = text;
      }
    } catch {
      if (mine !== run) return;
      options = [];
      list.replaceChildren();
      note.textContent = "Không tải được chỉ mục tìm kiếm. Hãy gõ lại sau giây lát hoặc tải lại trang.";
      status.textContent = note.textContent;
      open(true);
    }
  };

  note.textContent = "Đang tải chỉ mục tìm kiếm…";
  void getEngine().catch(() => undefined);
  input.addEventListener("input", () => void update());
  input.addEventListener("focus", () => {
    if (input.value.trim()) open(true);
  });
  input.addEventListener("keydown", (e) => {
    if (e.key === "ArrowDown" || e.key === "ArrowUp") {
      if (options.length === 0) return;
      e.preventDefault();
      open(true);
      const step = e.key === "ArrowDown" ? 1 : -1;
      choose((active + step + options.length + (active < 0 && step < 0 ? 1 : 0)) % options.length);
    } else if (e.key === "Enter" && options[active] && !panel.hidden) {
      e.preventDefault();
      location.assign(options[active].href);
    } else if (e.key === "Escape") {
      if (!panel.hidden) {
        e.preventDefault();
        choose(-1);
        open(false);
      } else if (input.value) {
        e.preventDefault();
        input.value = "";
        void update();
      }
    }
  });
  root.addEventListener("focusout", (e) => {
    if (!root.contains(e.relatedTarget as Node | null)) open(false);
  });
  if (input.value.trim()) void update();
}

/** Fills /tim-kiem/ with every result of `query` (up to 50 a group); without a query, invites one. */
export async function showSearchPage(host: HTMLElement, query: string): Promise<void> {
  const out = host.querySelector<HTMLElement>("[data-sp-results]");
  const nojs = host.querySelector<HTMLElement>("[data-sp-nojs]");
  if (!out || !nojs) return;
  const box = document.querySelector<HTMLInputElement>("#tim-kiem-o");
  if (box && query) box.value = query;
  nojs.hidden = true;
  out.hidden = false;
  const lead = document.createElement("p");
  lead.setAttribute("role", "status");
  out.replaceChildren(lead);
  if (!query.trim()) {
    lead.textContent = "Gõ vào ô Tìm kiếm ở đầu trang (phím tắt: / hoặc Ctrl+K): tên tỉnh, số văn bản, biện pháp…";
    return;
  }
  lead.textContent = "Đang tìm…";
  try {
    const r = await (await getEngine()).search(query, 50);
    lead.textContent = `“${query.slice(0, 200)}”: ${describeResults(r)}`;
    for (const g of r.groups.filter((x) => x.hits.length > 0)) {
      const section = document.createElement("section");
      const h = document.createElement("h2");
      h.textContent = `${SEARCH_GROUP_LABELS[g.group]} (${g.total}${g.total > g.hits.length ? `, ${g.hits.length} đầu tiên` : ""})`;
      const ul = document.createElement("ul");
      ul.className = "sp-list";
      for (const hit of g.hits) {
        const li = document.createElement("li");
        const a = document.createElement("a");
        a.href = hit.doc.u;
        const [title, ...rest] = hitParts(hit);
        a.append(title);
        li.append(a, ...rest);
        ul.append(li);
      }
      section.append(h, ul);
      out.append(section);
    }
  } catch {
    lead.textContent = "Không tải được chỉ mục tìm kiếm. Hãy tải lại trang rồi thử lại.";
  }
}
