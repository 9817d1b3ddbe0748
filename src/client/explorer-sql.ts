/**
 * The explorer's SQL tab: runs one read-only statement typed by the reader (or an example) and shows
 * the result as a table, or the error in words.
 */
import { toCsv } from "../lib/explorer/csv.ts";
import { escapeHtml } from "../lib/explorer/render.ts";
import { SQL_ROWS_SHOWN } from "../lib/explorer/limits.ts";
import { checkReadOnlySql, explainSqlError } from "../lib/explorer/sql-guard.ts";
import type { ExplorerDb, RawResult } from "./duckdb.ts";
import { downloadText } from "./explorer-download.ts";
import { IDS } from "../lib/dom-ids.ts";
import { byId } from "./dom.ts";

/** A cell of any type as text: dates as YYYY-MM-DD, lists and structs as JSON. */
export function formatValue(value: unknown, type: string): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number" && /^Date/i.test(type)) return new Date(value).toISOString().slice(0, 10);
  if (typeof value === "number" && /^Timestamp/i.test(type)) return new Date(value).toISOString().replace(".000Z", "Z");
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === "bigint") return value.toString();
  if (typeof value === "object") {
    const plain = "toJSON" in (value as object) ? (value as { toJSON(): unknown }).toJSON() : value;
    return JSON.stringify(plain, (_k, v) => (typeof v === "bigint" ? v.toString() : v));
  }
  return String(value);
}

function renderTable(result: RawResult): string {
  const head = result.columns.map((c) => `<th scope="col">${escapeHtml(c.name)}</th>`).join("");
  const rows = result.rows
    .slice(0, SQL_ROWS_SHOWN)
    .map(
      (r) => `<tr>${r.map((v, i) => `<td>${escapeHtml(formatValue(v, result.columns[i].type))}</td>`).join("")}</tr>`,
    )
    .join("\n");
  return `<table class="sql-bang"><thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table>`;
}

/** Wires the SQL tab; `onRun` hears each statement run (to put it in the URL). */
export function setupSql(getDb: () => Promise<ExplorerDb> | undefined, onRun: (sql: string) => void) {
  const box = byId<HTMLTextAreaElement>(IDS.sqlInput);
  const error = byId(IDS.sqlError);
  const summary = byId(IDS.sqlSummary);
  const output = byId(IDS.sqlResult);
  const csvButton = byId<HTMLButtonElement>(IDS.sqlCsvButton);
  let last: RawResult | undefined;
  csvButton.addEventListener("click", () => {
    if (!last) return;
    const types = last.columns.map((c) => c.type);
    const rows = last.rows.map((r) =>
      r.map((v, i) => (v === null || v === undefined ? null : formatValue(v, types[i]))),
    );
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

  const run = async () => {
    const sql = box.value;
    onRun(sql);
    const check = checkReadOnlySql(sql);
    if (!check.ok) return showError("Không chạy câu lệnh này", check.message);
    const dbPromise = getDb();
    if (!dbPromise) return showError("DuckDB chưa sẵn sàng", "Chờ trang tải xong DuckDB rồi chạy lại.");
    error.hidden = true;
    summary.textContent = "Đang chạy…";
    const started = performance.now();
    try {
      const result = await (await dbPromise).run(check.sql);
      const ms = Math.round(performance.now() - started);
      const cut = result.rows.length > SQL_ROWS_SHOWN ? `; hiện ${SQL_ROWS_SHOWN} dòng đầu` : "";
      summary.textContent = `${result.rows.length} dòng, ${result.columns.length} cột, ${ms} ms${cut}.`;
      output.innerHTML = renderTable(result);
      last = result;
      csvButton.hidden = false;
    } catch (e) {
      const { title, detail } = explainSqlError(e instanceof Error ? e.message : String(e));
      showError(title, detail);
    }
  };

  byId<HTMLFormElement>(IDS.sqlForm).addEventListener("submit", (e) => {
    e.preventDefault();
    void run();
  });
  box.addEventListener("keydown", (e) => {
    if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      void run();
    }
  });
  for (const button of document.querySelectorAll<HTMLButtonElement>("[data-vi-du]"))
    button.addEventListener("click", () => {
      box.value = button.dataset.sql ?? "";
      void run();
    });

  return {
    /** Puts `sql` in the box and runs it (a shared link with `?che-do=sql&sql=…`). */
    runShared(sql: string) {
      box.value = sql;
      void run();
    },
  };
}
