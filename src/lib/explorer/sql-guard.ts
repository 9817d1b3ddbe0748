/**
 * Guards the explorer's SQL tab: only one reading statement at a time. The database is also attached
 * READ_ONLY and external access is switched off, so this is a second fence that gives a clear message
 * before DuckDB does.
 */

/** The verdict on a statement. */
export type SqlCheck = { ok: true; sql: string } | { ok: false; message: string };

/** Statements that only read. */
const READ_STARTS = new Set([
  "select",
  "with",
  "from",
  "values",
  "describe",
  "show",
  "summarize",
  "explain",
  "pivot",
  "unpivot",
  "pragma",
]);

/** PRAGMAs that only read. */
const READ_PRAGMAS = new Set([
  "table_info",
  "show",
  "show_tables",
  "show_tables_expanded",
  "database_list",
  "database_size",
  "storage_info",
  "functions",
  "version",
  "platform",
  "metadata_info",
]);

/** Keywords that change something, anywhere outside strings and comments. */
const WRITE_WORDS = [
  "insert",
  "update",
  "delete",
  "create",
  "drop",
  "alter",
  "attach",
  "detach",
  "copy",
  "export",
  "import",
  "install",
  "load",
  "set",
  "reset",
  "use",
  "checkpoint",
  "vacuum",
  "prepare",
  "execute",
  "deallocate",
  "begin",
  "commit",
  "rollback",
  "truncate",
  "merge",
  "call",
];
const WRITE_RE = new RegExp(`\\b(${WRITE_WORDS.join("|")})\\b`, "i");

/**
 * The statement with string literals, quoted identifiers and comments blanked out (same length), so
 * keywords are only found in the SQL itself. An unterminated string or comment runs to the end.
 */
export function blankLiterals(sql: string): string {
  let out = "";
  let i = 0;
  while (i < sql.length) {
    const ch = sql[i];
    const two = sql.slice(i, i + 2);
    let end = -1;
    if (two === "--") end = sql.indexOf("\n", i);
    else if (two === "/*") end = sql.indexOf("*/", i + 2) + 1;
    else if (ch === "'" || ch === '"') {
      let j = i + 1;
      while (j < sql.length) {
        if (sql[j] === ch && sql[j + 1] === ch) j += 2;
        else if (sql[j] === ch) break;
        else j += 1;
      }
      end = j;
    } else {
      out += ch;
      i += 1;
      continue;
    }
    if (end < 0 || end >= sql.length) end = sql.length - 1;
    const len = end - i + 1;
    out += ch === "'" || ch === '"' ? ch + " ".repeat(Math.max(0, len - 2)) + (len > 1 ? ch : "") : " ".repeat(len);
    i = end + 1;
  }
  return out;
}

/** Checks that `sql` is one reading statement (SELECT, WITH, DESCRIBE, SHOW, SUMMARIZE, read-only PRAGMA…). */
export function checkReadOnlySql(sql: string): SqlCheck {
  const blank = blankLiterals(sql);
  const body = blank.trim().replace(/;\s*$/, "");
  if (body === "") return { ok: false, message: "Câu lệnh trống: hãy viết một câu SELECT." };
  if (body.includes(";"))
    return { ok: false, message: "Mỗi lần chỉ chạy một câu lệnh: bỏ dấu chấm phẩy ở giữa, tách thành nhiều lần chạy." };
  const first = /^\(*\s*([a-z_]+)/i.exec(body)?.[1]?.toLowerCase() ?? "";
  if (!READ_STARTS.has(first))
    return {
      ok: false,
      message: `Chỉ được đọc dữ liệu: câu lệnh phải bắt đầu bằng SELECT, WITH, FROM, DESCRIBE, SHOW hoặc SUMMARIZE (không phải ${first.toUpperCase() || "ký tự lạ"}).`,
    };
  if (first === "pragma") {
    const name = /^pragma\s+([a-z_]+)/i.exec(body)?.[1]?.toLowerCase() ?? "";
    if (!READ_PRAGMAS.has(name) || body.includes("="))
      return {
        ok: false,
        message: `PRAGMA ${name} không được phép ở đây; dùng PRAGMA table_info('plans') hoặc SHOW TABLES.`,
      };
    return { ok: true, sql: sql.trim() };
  }
  const write = WRITE_RE.exec(body);
  if (write)
    return {
      ok: false,
      message: `Chỉ được đọc dữ liệu: từ khóa ${write[1].toUpperCase()} làm thay đổi dữ liệu hoặc cấu hình nên không được chạy.`,
    };
  return { ok: true, sql: sql.trim().replace(/;\s*$/, "") };
}

const ERROR_KINDS: [RegExp, string][] = [
  [/^Parser Error/i, "Lỗi cú pháp"],
  [/^Binder Error/i, "Không tìm thấy cột hoặc biểu thức không hợp lệ"],
  [/^Catalog Error/i, "Không có bảng hoặc hàm này"],
  [/^Conversion Error/i, "Không chuyển được kiểu dữ liệu"],
  [/^Invalid Input Error/i, "Dữ liệu vào không hợp lệ"],
  [/^Permission Error/i, "Không được phép (trang chỉ cho đọc dữ liệu đã có)"],
  [/^Out of Memory Error/i, "Hết bộ nhớ: hãy giới hạn kết quả (LIMIT)"],
];

/** A DuckDB error, made readable: a Vietnamese heading and DuckDB's own message, without its stack. */
export function explainSqlError(message: string): { title: string; detail: string } {
  const detail = message.replace(/^Error:\s*/, "").trim();
  for (const [re, title] of ERROR_KINDS) if (re.test(detail)) return { title, detail };
  return { title: "DuckDB báo lỗi", detail };
}
