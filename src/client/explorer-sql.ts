/**
 * The explorer's SQL tab: runs one read-only statement typed by the reader (or an example) and shows
 * the result as a table, or the error in words. A run can be stopped with "Dừng" and stops by itself
 * after a time limit; a statement from a shared link waits for the reader to press "Chạy".
 */
import { toCsv } from "../lib/explorer/csv.ts";
import { escapeHtml } from "../lib/html.ts";
import { SQL_CELL_CHARS, SQL_ROWS_SHOWN, SQL_TIME_LIMIT_MS } from "../lib/explorer/limits.ts";
import { csvCell, formatValue, shortenCell } from "../lib/explorer/sql-cells.ts";
import { explainSqlError } from "../lib/explorer/sql-guard.ts";
import type { ExplorerDb, SqlResult } from "./duckdb.ts";
import { downloadText } from "./explorer-download.ts";
import { IDS } from "../lib/dom-ids.ts";
import { formatNumber } from "../lib/format.ts";
import { byId } from "./dom.ts";

type Rows = Extract<SqlResult, { ok: true }>;

const count = (n: number) => formatNumber(n);

function renderTable(result: Rows): string {
  const head = result.columns.map((c) => `<th scope="col">${escapeHtml(c.name)}</th>`).join("");
  const cell = (v: unknown, i: number) =>
    escapeHtml(shortenCell(formatValue(v, result.columns[i].type), SQL_CELL_CHARS));
  const rows = result.rows.map((r) => `<tr>${r.map((v, i) => `<td>${cell(v, i)}</td>`).join("")}</tr>`).join("\n");
  return `<table class="sql-bang"><thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table>`;
}

/** Wires the SQL tab; `onRun` hears each statement run (to put it in the URL). */
export function setupSql(getDb: () => Promise<ExplorerDb> | undefined, onRun: (sql: string) => void) {
  const box = byId<HTMLTextAreaElement>(IDS.sqlInput);
  const error = byId(IDS.sqlError);
  const summary = byId(IDS.sqlSummary);
  const output = byId(IDS.sqlResult);
  const csvButton = byId<HTMLButtonElement>(IDS.sqlCsvButton);
  const runButton = byId<HTMLButtonElement>(IDS.sqlRun);
  const stopButton = byId<HTMLButtonElement>(IDS.sqlStop);
  let last: Rows | undefined;
  /** The run in progress: its number, and why it was stopped, if it was. */
  let current: { id: number; db: ExplorerDb; stopped?: "user" | "time" } | undefined;
  let runs = 0;

  csvButton.addEventListener("click", () => {
    if (!last) return;
    const types = last.columns.map((c) => c.type);
    const rows = last.rows.map((r) => r.map((v, i) => csvCell(v, types[i])));
    downloadText(
      toCsv(
        last.columns.map((c) => c.name),
        rows,
      ),
      "truy-van",
    );
  });

  const showError = (title: string, detail: string) => {
    error.hidden = false;
    error.innerHTML = `<strong>${escapeHtml(title)}.</strong> <code>${escapeHtml(detail)}</code>`;
    summary.textContent = "";
    output.replaceChildren();
    csvButton.hidden = true;
    last = undefined;
  };

  const setRunning = (running: boolean) => {
    stopButton.hidden = !running;
    runButton.disabled = running;
    output.setAttribute("aria-busy", String(running));
  };

  const stop = async (why: "user" | "time") => {
    if (!current) return;
    current.stopped ??= why;
    await current.db.cancelSql().catch(() => false);
  };

  const run = async () => {
    const sql = box.value;
    onRun(sql);
    const dbPromise = getDb();
    if (!dbPromise) return showError("DuckDB chưa sẵn sàng", "Chờ trang tải xong DuckDB rồi chạy lại.");
    if (current) await stop("user");
    const db = await dbPromise.catch(() => undefined);
    if (!db) return showError("DuckDB chưa sẵn sàng", "Không tải được DuckDB; hãy tải lại trang.");
    const mine = { id: ++runs, db } as NonNullable<typeof current>;
    current = mine;
    error.hidden = true;
    summary.textContent = "Đang chạy…";
    setRunning(true);
    const started = performance.now();
    const timer = setTimeout(() => void stop("time"), SQL_TIME_LIMIT_MS);
    try {
      const result = await db.runSql(sql, SQL_ROWS_SHOWN);
      if (current !== mine) return;
      if (!result.ok) return showError("Không chạy câu lệnh này", result.message);
      const ms = Math.round(performance.now() - started);
      const rows = result.more
        ? `hơn ${count(SQL_ROWS_SHOWN)} dòng; hiện ${count(SQL_ROWS_SHOWN)} dòng đầu`
        : `${count(result.rows.length)} dòng`;
      summary.textContent = `${rows}, ${result.columns.length} cột, ${count(ms)} ms.`;
      output.innerHTML = renderTable(result);
      last = result;
      csvButton.hidden = false;
    } catch (e) {
      if (current !== mine) return;
      if (mine.stopped === "user") showError("Đã dừng truy vấn", "Bấm Chạy để chạy lại.");
      else if (mine.stopped === "time")
        showError(
          "Truy vấn chạy quá lâu nên đã dừng",
          `Quá ${SQL_TIME_LIMIT_MS / 1000} giây: hãy thu hẹp truy vấn (WHERE, LIMIT) rồi chạy lại.`,
        );
      else {
        const { title, detail } = explainSqlError(e instanceof Error ? e.message : String(e));
        showError(title, detail);
      }
    } finally {
      clearTimeout(timer);
      if (current === mine) {
        current = undefined;
        setRunning(false);
      }
    }
  };

  byId<HTMLFormElement>(IDS.sqlForm).addEventListener("submit", (e) => {
    e.preventDefault();
    void run();
  });
  stopButton.addEventListener("click", () => void stop("user"));
  box.addEventListener("keydown", (e) => {
    if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      if (!current) void run();
    }
  });
  for (const button of document.querySelectorAll<HTMLButtonElement>("[data-vi-du]"))
    button.addEventListener("click", () => {
      box.value = button.dataset.sql ?? "";
      void run();
    });

  return {
    /**
     * Puts `sql` from a shared link (`?che-do=sql&sql=…`) in the box without running it: the reader
     * reads it first and presses "Chạy".
     */
    fillShared(sql: string) {
      box.value = sql;
      summary.textContent = "Câu lệnh này đến từ đường dẫn và chưa chạy: đọc lại rồi bấm Chạy.";
    },
  };
}
