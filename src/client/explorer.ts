/**
 * The explorer page in the browser: reads the filter state from the URL, starts DuckDB after the first
 * paint, runs the filters as prepared statements and redraws the results; keeps the URL in step so
 * views can be shared and back/forward work. If DuckDB cannot load, the server-rendered list stays.
 */
import { selectionCsv } from "../lib/explorer/csv.ts";
import { TABLE_PAGE } from "../lib/explorer/limits.ts";
import { resultsQuery } from "../lib/explorer/query.ts";
import { cellsFromRows, planResultFromRow } from "../lib/explorer/shape.ts";
import { parseState, serializeState, type FilterState, type Notice } from "../lib/explorer/state.ts";
import { foldVietnamese } from "../lib/vietnamese.ts";
// Imported with the page (not on demand): the engine's JavaScript downloads beside the page's own,
// one step less before the worker starts.
import { openDatabase, type ExplorerDb, type LoadProgress } from "./duckdb.ts";
import { filterProvinceList, readContext, stateFromForm, writeForm, type PageContext } from "./explorer-form.ts";
import { addPlans, measureOrder, queryResults, type Results } from "../lib/explorer/view.ts";
import { drawResults, loadCharts, loadShapes } from "./explorer-results.ts";
import { downloadText } from "./explorer-download.ts";
import { setupSql } from "./explorer-sql.ts";
import { checkDateFields, setupFilterToggle, type FilterToggle } from "./explorer-phone.ts";
import { IDS } from "../lib/dom-ids.ts";
import { formatNumber } from "../lib/format.ts";
import { afterPaint, byId } from "./dom.ts";

const MB = (n: number) => formatNumber(n / (1024 * 1024), { maxDecimals: 1 });

function showNotices(notices: Notice[]) {
  const list = byId(IDS.notices);
  list.replaceChildren(
    ...notices.map((n) => {
      const li = document.createElement("li");
      li.className = n.kind === "warning" ? "canh-bao" : "thong-tin";
      li.textContent = n.text;
      return li;
    }),
  );
  list.hidden = notices.length === 0;
}

/**
 * Sets the status line. The words (read out by screen readers) change only with the stage; the
 * megabytes and the bar, which change many times a second, are not announced.
 */
function status(text: string, progress?: { loaded: number; total: number; detail: string }) {
  const words = byId(IDS.statusText);
  if (words.textContent !== text) words.textContent = text;
  byId(IDS.statusBytes).textContent = progress?.detail ?? "";
  const bar = byId<HTMLProgressElement>(IDS.statusBar);
  bar.hidden = !progress;
  if (progress && progress.total > 0) bar.value = Math.min(100, (100 * progress.loaded) / progress.total);
  else bar.removeAttribute("value");
}

const STAGES: Record<LoadProgress["stage"], string> = {
  engine: "Đang tải DuckDB, công cụ truy vấn chạy ngay trong trình duyệt…",
  database: "Đang tải cơ sở dữ liệu…",
  attach: "Đang mở cơ sở dữ liệu: chỉ đọc những phần cần cho kết quả…",
};

function showProgress(p: LoadProgress) {
  // A large database is not downloaded: it is read piece by piece inside the worker, during "attach".
  const detail =
    p.stage === "attach" || p.loaded === 0 ? "" : `${MB(p.loaded)}${p.total > 0 ? ` / ${MB(p.total)}` : ""} MB`;
  status(STAGES[p.stage], { loaded: p.loaded, total: p.total, detail });
}

class Explorer {
  private readonly root: HTMLElement;
  private readonly form: HTMLFormElement;
  private readonly ctx: PageContext;
  private state: FilterState;
  private db: Promise<ExplorerDb> | undefined;
  private ready = false;
  private firstDrawn = false;
  private seq = 0;
  private renders = 0;
  private limit = TABLE_PAGE;
  private last: Results | undefined;
  private sql: ReturnType<typeof setupSql> | undefined;
  private textTimer: ReturnType<typeof setTimeout> | undefined;
  private toggle: FilterToggle | undefined;

  constructor(root: HTMLElement) {
    this.root = root;
    this.form = byId<HTMLFormElement>(IDS.filterForm);
    this.ctx = readContext(this.form);
    const { state, notices } = parseState(location.search, this.ctx.state);
    this.state = state;
    writeForm(this.form, state);
    showNotices(notices);
  }

  start() {
    this.toggle = setupFilterToggle(this.root, this.form);
    this.toggle.update(this.state);
    this.wireForm();
    this.wireTabs();
    this.sql = setupSql(
      () => this.db,
      (sql) => this.setState({ ...this.state, tab: "sql", sql }, "replace"),
    );
    window.addEventListener("popstate", () => {
      const { state, notices } = parseState(location.search, this.ctx.state);
      this.state = state;
      writeForm(this.form, state);
      checkDateFields();
      this.toggle?.update(state);
      showNotices(notices);
      this.showTab(state.tab);
      this.refresh(performance.now());
    });
    this.showTab(this.state.tab);
    if (this.state.tab === "sql" && this.state.sql) this.sql.fillShared(this.state.sql);
    // DuckDB is heavy, but the reader waits for it: start now, not at the load event. Fetching the
    // engine's chunk does not hold up the first paint (the server-rendered results are already on the
    // screen), and every step of the engine's start (worker, wasm, database) begins that much sooner.
    void this.load();
  }

  private wireForm() {
    // The date fields' own messages replace the browser's; an impossible date runs no query.
    this.form.noValidate = true;
    const changed = () => {
      if (checkDateFields()) this.setState(stateFromForm(this.form, this.ctx, this.state), "push");
    };
    this.form.addEventListener("change", (e) => {
      if ((e.target as HTMLElement).id === IDS.provinceSearch) return;
      changed();
    });
    this.form.addEventListener("submit", (e) => {
      e.preventDefault();
      changed();
    });
    this.form.addEventListener("input", (e) => {
      const target = e.target as HTMLInputElement;
      if (target.id === IDS.provinceSearch) filterProvinceList(byId(IDS.provinceList), target.value, foldVietnamese);
      else if (target.name === "tu-khoa") {
        clearTimeout(this.textTimer);
        this.textTimer = setTimeout(changed, 300);
      }
    });
    for (const b of this.form.querySelectorAll<HTMLButtonElement>("[data-tu]"))
      b.addEventListener("click", () => {
        (this.form.elements.namedItem("tu") as HTMLInputElement).value = b.dataset.tu ?? "";
        changed();
      });
    byId<HTMLAnchorElement>(IDS.clearLink).addEventListener("click", (e) => {
      e.preventDefault();
      this.setState(parseState("", this.ctx.state).state, "push");
      writeForm(this.form, this.state);
      checkDateFields();
    });
    byId<HTMLButtonElement>(IDS.moreButton).addEventListener("click", async () => {
      this.limit += TABLE_PAGE;
      if (!this.last || !this.db) return;
      await addPlans(await this.db, this.last, this.ctx.state.measureIds, this.limit);
      await drawResults(this.last, this.ctx, this.limit);
    });
    byId<HTMLButtonElement>(IDS.csvButton).addEventListener("click", () => void this.download());
  }

  private wireTabs() {
    const tabs = [byId<HTMLButtonElement>(IDS.filterTab), byId<HTMLButtonElement>(IDS.sqlTab)];
    for (const [i, tab] of tabs.entries()) {
      tab.addEventListener("click", () => this.setState({ ...this.state, tab: i === 0 ? "loc" : "sql" }, "push"));
      tab.addEventListener("keydown", (e) => {
        if (e.key !== "ArrowRight" && e.key !== "ArrowLeft") return;
        const next = tabs[(i + 1) % 2];
        next.focus();
        next.click();
      });
    }
  }

  private showTab(tab: FilterState["tab"]) {
    const sql = tab === "sql";
    for (const [id, on] of [
      [IDS.filterTab, !sql],
      [IDS.sqlTab, sql],
    ] as const) {
      const el = byId(id);
      el.setAttribute("aria-selected", String(on));
      el.tabIndex = on ? 0 : -1;
    }
    byId(IDS.filterPanel).hidden = sql;
    byId(IDS.sqlPanel).hidden = !sql;
  }

  /** Records a new state in the URL (a new history entry, or in place) and redraws. */
  private setState(next: FilterState, history: "push" | "replace") {
    const startedAt = performance.now();
    const filtersChanged =
      serializeState({ ...next, tab: "loc", sql: "" }) !== serializeState({ ...this.state, tab: "loc", sql: "" });
    this.state = next;
    this.toggle?.update(next);
    const url = location.pathname + serializeState(next);
    if (url !== location.pathname + location.search) {
      if (history === "push") window.history.pushState(null, "", url);
      else window.history.replaceState(null, "", url);
    }
    showNotices([]);
    this.showTab(next.tab);
    if (filtersChanged) {
      this.limit = TABLE_PAGE;
      this.refresh(startedAt);
    }
  }

  private async load() {
    const source = {
      engineBase: this.root.dataset.engineBase ?? "/duckdb/",
      databaseUrl: this.root.dataset.databaseUrl ?? "",
      databaseName: this.root.dataset.databaseName ?? "du-lieu.duckdb",
      indexUrl: this.root.dataset.indexUrl ?? "",
      // Not set by the page: lets a test read even a small database by range requests.
      wholeMaxBytes: this.root.dataset.databaseWholeMax ? Number(this.root.dataset.databaseWholeMax) : undefined,
    };
    this.root.dataset.trangThai = "dang-tai";
    showProgress({ stage: "engine", loaded: 0, total: 0 });
    void loadCharts();
    void loadShapes();
    this.db = openDatabase(source, showProgress);
    try {
      const db = await this.db;
      performance.measure("kham-pha:duckdb-da-mo", { start: 0, end: performance.now() });
      // The page was built with the codebook order the database's `levels` lists follow; the database's
      // own order is read beside the first results (one worker queue, no extra round trip before them)
      // and, should they differ (a page older than its database), the results are drawn again.
      const order = measureOrder(db);
      this.ready = true;
      status(`DuckDB đã sẵn sàng (gói ${db.bundle}): bộ lọc áp dụng ngay khi bạn chọn.`);
      byId<HTMLButtonElement>(IDS.applyButton).hidden = true;
      this.root.dataset.trangThai = "san-sang";
      await this.refresh(performance.now());
      if (this.useDatabaseOrder(await order)) await this.refresh(performance.now());
    } catch (e) {
      this.db = undefined;
      this.root.dataset.trangThai = "loi";
      const reason = e instanceof Error ? e.message : String(e);
      status(
        `Không tải được DuckDB nên chưa lọc được (${reason}). Danh sách dưới đây vẫn gồm mọi văn bản; ` +
          "hãy tải lại trang, hoặc dùng các tệp ở trang Dữ liệu.",
      );
      for (const f of this.form.querySelectorAll("fieldset")) f.disabled = true;
    }
  }

  private async refresh(startedAt: number) {
    if (!this.ready || !this.db) return;
    const id = ++this.seq;
    const state = this.state;
    const results = byId(IDS.results);
    results.setAttribute("aria-busy", "true");
    try {
      const db = await this.db;
      const answer = await queryResults(db, state, this.ctx.state.measureIds, this.limit);
      if (id !== this.seq) return; // a newer change is on its way
      this.last = answer;
      // Marks for `npm run bench`: queries done, then table and matrix drawn (explorer-results.ts).
      performance.mark("kham-pha:truy-van-xong");
      // DuckDB's first answer: the table and counts are painted before the charts (below them) are
      // drawn, so the reader sees the live results one frame sooner. The mark is `npm run bench`'s "ready".
      const firstAnswer = this.firstDrawn
        ? undefined
        : () => {
            this.firstDrawn = true;
            performance.measure("kham-pha:duckdb-san-sang", { start: 0, end: performance.now() });
            return afterPaint();
          };
      await drawResults(this.last, this.ctx, this.limit, firstAnswer);
      performance.measure("kham-pha:cap-nhat", { start: startedAt, end: performance.now() });
      this.root.dataset.lanCapNhat = String(++this.renders);
      // And once the browser has laid out and painted it (the reader sees it then): for `npm run bench`.
      void afterPaint().then(() => performance.measure("kham-pha:da-ve", { start: startedAt, end: performance.now() }));
    } catch (e) {
      status(`Truy vấn lỗi: ${e instanceof Error ? e.message : String(e)}`);
    } finally {
      if (id === this.seq) results.removeAttribute("aria-busy");
    }
  }

  /**
   * Puts the measures in the database's codebook order, which its `levels` lists follow; false when
   * the page already had that order.
   */
  private useDatabaseOrder(order: string[]): boolean {
    if (order.join("\n") === this.ctx.state.measureIds.join("\n")) return false;
    const rank = new Map(order.map((id, i) => [id, i]));
    const byRank = (a: string, b: string) => (rank.get(a) ?? order.length) - (rank.get(b) ?? order.length);
    this.ctx.measures.sort((a, b) => byRank(a.id, b.id));
    this.ctx.state.measureIds = order;
    this.state = { ...this.state, measures: [...this.state.measures].sort(byRank) };
    return true;
  }

  /** Downloads the selection as CSV: every matching plan, with full titles and quotes. */
  private async download() {
    if (!this.last || !this.db) return;
    const button = byId<HTMLButtonElement>(IDS.csvButton);
    button.disabled = true;
    try {
      const { state } = this.last;
      const rows = await (await this.db).query(resultsQuery(state, this.ctx.state.measureIds, { full: true }));
      const csv = selectionCsv(
        rows.map((r) => planResultFromRow(r, state.minLevel)),
        cellsFromRows(rows, this.ctx.state.measureIds),
        this.ctx.measures,
        state.measures,
        location.origin,
      );
      downloadText(csv, "kham-pha");
    } finally {
      button.disabled = false;
    }
  }
}

/** Starts the explorer on the page, if it is the explorer page. */
export function startExplorer(): void {
  const root = document.getElementById(IDS.explorer);
  if (root) new Explorer(root).start();
}
