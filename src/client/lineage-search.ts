/** The search box of <lineage-tree>: finds nodes by number, issuer or locality, with or without diacritics. */
import { headline } from "../lib/lineage/labels.ts";
import type { TreeSearch } from "../lib/lineage/search.ts";

/** Results listed at most. */
const LIMIT = 8;

/**
 * Wires the search form inside `host` to the search `getSearch` gives (built, or its first file
 * fetched, on the first keystroke); `choose(id)` is called with the node picked.
 */
export function connectSearch(
  host: HTMLElement,
  getSearch: () => Promise<TreeSearch>,
  choose: (id: string) => void,
): void {
  const form = host.querySelector<HTMLFormElement>(".ln-search");
  const input = form?.querySelector<HTMLInputElement>("input");
  const count = form?.querySelector<HTMLElement>(".ln-count");
  const list = form?.querySelector<HTMLUListElement>(".ln-results");
  if (!form || !input || !count || !list) return;
  let found: string[] = [];
  let asked = 0;

  const update = async () => {
    const query = input.value;
    const seq = ++asked;
    if (query.trim()) count.textContent ||= "Đang tìm…";
    const results = await getSearch()
      .then((s) => s.search(query, LIMIT))
      .catch(() => undefined);
    if (seq !== asked) return; // a newer keystroke is on its way
    if (!results) {
      count.textContent = "Không tải được chỉ mục tìm kiếm của cây; hãy gõ lại sau giây lát hoặc tải lại trang.";
      return;
    }
    found = results.map((n) => n.id);
    list.replaceChildren(
      ...results.map((n) => {
        const button = document.createElement("button");
        button.type = "button";
        button.dataset.id = n.id;
        button.textContent = `${headline(n)} — ${n.issuerShort}${n.kind === "ghost" ? " (chưa có tóm tắt)" : ""}`;
        const li = document.createElement("li");
        li.append(button);
        return li;
      }),
    );
    if (!input.value.trim()) count.textContent = "";
    else if (results.length === 0) count.textContent = "Không tìm thấy văn bản nào.";
    else
      count.textContent = `${results.length === LIMIT ? `${LIMIT} kết quả đầu tiên` : `${results.length} kết quả`}: chọn một văn bản để xem nó trong cây.`;
  };

  input.addEventListener("input", () => void update());
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    if (found[0]) choose(found[0]);
  });
  input.addEventListener("keydown", (e) => {
    if (e.key === "ArrowDown") {
      e.preventDefault();
      list.querySelector("button")?.focus();
    }
  });
  list.addEventListener("keydown", (e) => {
    const button = (e.target as Element).closest("li");
    if (e.key === "ArrowDown") (button?.nextElementSibling?.querySelector("button") ?? null)?.focus();
    else if (e.key === "ArrowUp")
      ((button?.previousElementSibling?.querySelector("button") as HTMLElement) ?? input).focus();
    else return;
    e.preventDefault();
  });
  list.addEventListener("click", (e) => {
    const id = (e.target as Element).closest<HTMLButtonElement>("button")?.dataset.id;
    if (id) choose(id);
  });
}
