/**
 * Progressive enhancement of `table[data-sortable]`: headers with `data-sort-key` become buttons that
 * reorder the rows by the rows' `data-<key>` values. Without JavaScript the table keeps its server
 * order (newest first). The chosen order is kept in the address (`?sap-xep=ngay-tang`) so it can be shared.
 */

type Direction = "ascending" | "descending";

const PARAM = "sap-xep";
const SUFFIX: Record<Direction, string> = { ascending: "tang", descending: "giam" };

function compareValues(a: string, b: string): number {
  // Empty values (no date, no province) go last whatever the direction.
  if (a === "" || b === "") return a === b ? 0 : a === "" ? 1 : -1;
  return a.localeCompare(b, "vi", { numeric: true });
}

function sortBy(table: HTMLTableElement, th: HTMLTableCellElement, direction: Direction): void {
  const key = th.dataset.sortKey ?? "";
  const body = table.tBodies[0];
  const rows = Array.from(body.rows).map((row, index) => ({
    row,
    index,
    value: row.getAttribute(`data-${key}`) ?? "",
  }));
  const sign = direction === "ascending" ? 1 : -1;
  rows.sort((x, y) => {
    if (x.value === "" || y.value === "") return compareValues(x.value, y.value) || x.index - y.index;
    return sign * compareValues(x.value, y.value) || x.index - y.index;
  });
  body.append(...rows.map((r) => r.row));
  for (const other of table.querySelectorAll<HTMLTableCellElement>("th[data-sort-key]")) {
    if (other === th) other.setAttribute("aria-sort", direction);
    else other.removeAttribute("aria-sort");
  }
}

function enhance(table: HTMLTableElement): void {
  table.classList.add("is-enhanced");
  const headers = Array.from(table.querySelectorAll<HTMLTableCellElement>("th[data-sort-key]"));
  for (const th of headers) {
    const button = document.createElement("button");
    button.type = "button";
    button.className = "sort-button";
    button.textContent = th.dataset.sortLabel ?? th.textContent ?? "";
    button.title = `Sắp xếp theo ${button.textContent.toLowerCase()}`;
    th.replaceChildren(button);
    button.addEventListener("click", () => {
      const direction: Direction = th.getAttribute("aria-sort") === "ascending" ? "descending" : "ascending";
      sortBy(table, th, direction);
      const url = new URL(location.href);
      url.searchParams.set(PARAM, `${th.dataset.sortKey}-${SUFFIX[direction]}`);
      history.replaceState(null, "", url);
    });
  }
  const wanted = new URL(location.href).searchParams.get(PARAM);
  const match = wanted ? /^(.*)-(tang|giam)$/.exec(wanted) : null;
  const th = match ? headers.find((h) => h.dataset.sortKey === match[1]) : undefined;
  if (match && th) sortBy(table, th, match[2] === "tang" ? "ascending" : "descending");
}

/** Makes every `table[data-sortable]` in `root` sortable. */
export function enhanceSortableTables(root: ParentNode): void {
  for (const table of root.querySelectorAll<HTMLTableElement>("table[data-sortable]")) enhance(table);
}
