/**
 * Guards the explorer's SQL tab. DuckDB's own parser decides what runs: the reader's text is handed,
 * as one string literal, to DuckDB's `query()` table function, which parses it and refuses anything
 * but exactly one SELECT statement (DuckDB counts FROM-first queries, VALUES, DESCRIBE, SHOW and
 * SUMMARIZE as SELECTs). So no second statement, no ATTACH, USE, SET, INSTALL, LOAD, COPY, CREATE,
 * UPDATE… can run, however the text hides it from a reader's eye (escape strings, dollar quotes,
 * comments). DuckDB's tokens (AsyncDuckDB.tokenize, its own lexer) only serve the messages and two
 * shorthands (CALL, PRAGMA); they never widen what runs. Behind this fence: the database is attached
 * READ_ONLY, file and URL access is off, no extension can load, and the configuration is locked.
 */

/** DuckDB's tokens of a text (what AsyncDuckDB.tokenize returns): where each starts, and its kind. */
export interface SqlTokens {
  offsets: number[];
  types: number[];
}

/** The verdict: the SQL to send to DuckDB, or why not, in Vietnamese. */
export type SqlPlan = { ok: true; sql: string } | { ok: false; message: string };

/** DuckDB's token kinds (duckdb-wasm's TokenType). */
const OPERATOR = 3;
const COMMENT = 5;

/** Words a reading statement starts with, for the message when another word does. */
const READ_STARTS = new Set(["select", "with", "from", "values", "table", "describe", "show", "summarize", "pivot"]);

/**
 * Table functions that a SELECT could call to read files or addresses (DuckDB refuses them anyway, as
 * external access is off) or that change the engine's state: refused early with a clear message.
 */
const FORBIDDEN_FUNCTIONS = new Map<string, string>([
  ...[
    "read_csv",
    "read_csv_auto",
    "read_text",
    "read_blob",
    "read_json",
    "read_json_auto",
    "read_ndjson",
    "read_parquet",
    "parquet_scan",
    "parquet_metadata",
    "parquet_schema",
    "sniff_csv",
    "glob",
  ].map((f) => [f, "đọc tệp hoặc địa chỉ bên ngoài"] as [string, string]),
  ...["checkpoint", "force_checkpoint", "enable_logging", "disable_logging", "truncate_duckdb_logs"].map(
    (f) => [f, "thay đổi trạng thái của DuckDB"] as [string, string],
  ),
]);

/** SQL string literal: in a standard string DuckDB reads only '' specially (backslashes stay as they are). */
const literal = (s: string) => `'${s.replaceAll("'", "''")}'`;

const ALLOWED = "SELECT, WITH, FROM, VALUES, DESCRIBE, SHOW, SUMMARIZE, PIVOT, CALL hoặc PRAGMA chỉ đọc";

/**
 * What to send to DuckDB for the reader's `text`, given DuckDB's tokens of it: always
 * `SELECT * FROM query('<text>') LIMIT <maxRows + 1>`, so DuckDB itself checks that the text is one
 * reading statement and stops after one row more than is shown. `CALL f(…)` and `PRAGMA name(…)` are
 * read as `FROM f(…)` and `FROM pragma_name(…)`.
 */
export function planSqlRun(text: string, tokens: SqlTokens, maxRows: number): SqlPlan {
  if (text.includes("\0")) return { ok: false, message: "Câu lệnh chứa ký tự NUL: hãy xóa ký tự đó." };
  const toks = tokens.offsets
    .map((at, i) => ({ at, type: tokens.types[i], word: /^[\p{L}_][\p{L}\p{N}_$]*/u.exec(text.slice(at))?.[0] ?? "" }))
    .filter((t) => t.type !== COMMENT);
  const isSemicolon = (t: (typeof toks)[number]) => t.type === OPERATOR && text[t.at] === ";";
  const last = toks.findLastIndex((t) => !isSemicolon(t));
  if (last < 0) return { ok: false, message: "Câu lệnh trống: hãy viết một câu SELECT." };
  if (toks.slice(0, last).some(isSemicolon))
    return {
      ok: false,
      message: "Mỗi lần chỉ chạy một câu lệnh: bỏ dấu chấm phẩy ở giữa, tách thành nhiều lần chạy.",
    };
  for (const [i, t] of toks.entries()) {
    const reason = FORBIDDEN_FUNCTIONS.get(t.word.toLowerCase());
    if (reason && text[toks[i + 1]?.at] === "(")
      return {
        ok: false,
        message: `Hàm ${t.word.toLowerCase()} ${reason} nên không được chạy ở đây: trang chỉ cho đọc cơ sở dữ liệu của trang.`,
      };
  }
  const first = toks[0].word.toLowerCase();
  let body = text;
  if (first === "call") body = `FROM ${text.slice(toks[1]?.at ?? text.length)}`;
  else if (first === "pragma") {
    const name = toks[1]?.word ?? "";
    if (!name || toks.some((t) => t.type === OPERATOR && text[t.at] === "="))
      return { ok: false, message: "PRAGMA đặt cấu hình không được phép ở đây; dùng PRAGMA table_info('plans')." };
    const rest = text.slice(toks[2]?.at ?? text.length);
    body = `FROM pragma_${name}${toks.length > 2 && !isSemicolon(toks[2]) ? rest : "()"}`;
  } else if (!READ_STARTS.has(first) && text[toks[0].at] !== "(")
    return {
      ok: false,
      message: `Chỉ được đọc dữ liệu: câu lệnh phải bắt đầu bằng ${ALLOWED} (không phải ${first.toUpperCase() || "ký tự lạ"}).`,
    };
  return { ok: true, sql: `SELECT * FROM query(${literal(body)}) LIMIT ${maxRows + 1}` };
}

const ERROR_KINDS: [RegExp, string, string?][] = [
  [
    /Expected a single SELECT statement/i,
    "Không chạy câu lệnh này",
    `Chỉ được đọc dữ liệu: mỗi lần chạy đúng một câu lệnh đọc (${ALLOWED}). PIVOT cần liệt kê giá trị: PIVOT … ON cột IN (…).`,
  ],
  [/^Parser Error/i, "Lỗi cú pháp"],
  [/^Binder Error/i, "Không tìm thấy cột hoặc biểu thức không hợp lệ"],
  [/^Catalog Error/i, "Không có bảng hoặc hàm này"],
  [/^Conversion Error/i, "Không chuyển được kiểu dữ liệu"],
  [/^Invalid Input Error/i, "Dữ liệu vào không hợp lệ"],
  [/^Permission Error/i, "Không được phép: trang chỉ cho đọc cơ sở dữ liệu của trang, không đọc tệp hay địa chỉ khác"],
  [/^Out of Memory Error|malloc of size/i, "Hết bộ nhớ: hãy giới hạn kết quả (LIMIT) hoặc rút ngắn giá trị"],
];

/**
 * A DuckDB error, made readable: a Vietnamese heading and DuckDB's own message, without its stack and
 * without the "LINE 1:" excerpt, which would show the query() wrapper rather than the reader's text.
 */
export function explainSqlError(message: string): { title: string; detail: string } {
  const detail = message
    .replace(/^Error:\s*/, "")
    .replace(/\n\s*LINE \d+:[\s\S]*$/, "")
    .trim();
  for (const [re, title, words] of ERROR_KINDS) if (re.test(detail)) return { title, detail: words ?? detail };
  return { title: "DuckDB báo lỗi", detail };
}
