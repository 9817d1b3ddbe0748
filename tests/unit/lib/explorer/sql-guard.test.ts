import { describe, expect, it } from "vitest";
import { resultsQuery } from "../../../../src/lib/explorer/query.ts";
import { explainSqlError, planSqlRun } from "../../../../src/lib/explorer/sql-guard.ts";
import { EMPTY_STATE } from "../../../../src/lib/explorer/state.ts";
import { useFixtureWasm } from "./wasm-db.ts";
import { fixtureContent } from "../../../fixture-corpus.ts";

/** The probe's shared link: an escape string hides the semicolons from a hand-written tokenizer. */
const ATTACK =
  "SELECT e'\\'' AS x; ATTACH ':memory:' AS m; USE m; CREATE TABLE plans AS FROM db.plans; " +
  "UPDATE plans SET short_title='GIẢ MẠO: '||short_title; SELECT 'ok'";

const wasm = useFixtureWasm();
const ORDER = fixtureContent().measures.map((m) => m.id);

const titles = () =>
  wasm()
    .query(resultsQuery(EMPTY_STATE, ORDER))
    .map((r) => String(r.short_title));
const refusal = (text: string) => {
  const answer = wasm().sqlTab(text);
  expect(answer.ok, text).toBe(false);
  return answer.ok ? "" : `${answer.title}. ${answer.message}`;
};

describe("planSqlRun(text, tokens, maxRows)", () => {
  it("runs reading statements, CALL and read-only PRAGMA included", () => {
    for (const text of [
      "SELECT * FROM plans",
      "  with x as (select 1 AS a) select * from x;",
      "FROM plans LIMIT 3",
      "VALUES (1), (2)",
      "DESCRIBE plans",
      "SHOW TABLES",
      "SUMMARIZE plan_measures",
      "PIVOT plan_measures ON measure IN ('lao-khoa') USING max(level)",
      "PRAGMA table_info('plans')",
      "PRAGMA version;",
      "CALL pragma_version()",
      "(SELECT 1) UNION (SELECT 2)",
      "SELECT * FROM assignments WHERE task LIKE '%update; delete%' -- drop",
      'SELECT 1 AS "set"',
    ]) {
      const answer = wasm().sqlTab(text);
      expect(answer, text).toMatchObject({ ok: true });
    }
  });

  it("reads dollar-quoted and escape strings as DuckDB does", () => {
    expect(wasm().sqlTab("SELECT $$a;b$$ AS s")).toEqual({ ok: true, rows: [{ s: "a;b" }], more: false });
    expect(wasm().sqlTab("SELECT e'\\'' AS x")).toEqual({ ok: true, rows: [{ x: "'" }], more: false });
    expect(wasm().sqlTab("SELECT 'it''s' AS x")).toEqual({ ok: true, rows: [{ x: "it's" }], more: false });
  });

  it("refuses the shared-link attack, and the filters' data stays as it was", () => {
    const before = titles();
    expect(refusal(ATTACK)).toContain("Mỗi lần chỉ chạy một câu lệnh");
    expect(titles()).toEqual(before);
    expect(before.some((t) => t.startsWith("GIẢ MẠO"))).toBe(false);
    const tab = wasm().sqlTab("SELECT short_title FROM plans");
    expect(tab.ok && tab.rows.every((r) => !String(r.short_title).startsWith("GIẢ MẠO"))).toBe(true);
  });

  it("leaves the decision to DuckDB's parser: tokens that hide the attack do not let it run", () => {
    const plan = planSqlRun(ATTACK, { offsets: [0], types: [4] }, 10);
    expect(plan.ok).toBe(true);
    if (plan.ok) expect(() => wasm().run(plan.sql)).toThrow(/Expected a single SELECT statement/);
    expect(
      wasm()
        .run("SELECT database_name FROM duckdb_databases() ORDER BY 1")
        .map((r) => r.database_name),
    ).toEqual(["db", "loc", "memory", "system", "temp"]);
  });

  it("refuses every statement that writes, attaches, loads or sets, naming it in Vietnamese", () => {
    for (const [text, words] of [
      ["ATTACH ':memory:' AS m", "không phải ATTACH"],
      ["USE memory", "không phải USE"],
      ["CREATE TABLE t (a INT)", "không phải CREATE"],
      ["UPDATE plans SET short_title = 'x'", "không phải UPDATE"],
      ["DELETE FROM plans", "không phải DELETE"],
      ["DROP TABLE plans", "không phải DROP"],
      ["DETACH db", "không phải DETACH"],
      ["COPY plans TO 'x.csv'", "không phải COPY"],
      ["INSTALL httpfs", "không phải INSTALL"],
      ["LOAD httpfs", "không phải LOAD"],
      ["SET enable_external_access = true", "không phải SET"],
      ["EXPLAIN ANALYZE UPDATE plans SET short_title = 'x'", "không phải EXPLAIN"],
      ["PRAGMA threads = 4", "PRAGMA đặt cấu hình không được phép"],
      ["SELECT 1; DROP TABLE plans", "Mỗi lần chỉ chạy một câu lệnh"],
      ["WITH x AS (SELECT 1) INSERT INTO plans SELECT * FROM x", "Chỉ được đọc dữ liệu: mỗi lần chạy đúng một câu"],
      ["(UPDATE plans SET short_title = 'x')", "Lỗi cú pháp"],
    ])
      expect(refusal(text), text).toContain(words);
  });

  it("refuses reading files, addresses and functions that change DuckDB's state", () => {
    expect(refusal("SELECT * FROM read_csv('/etc/passwd')")).toContain("Hàm read_csv đọc tệp hoặc địa chỉ bên ngoài");
    expect(refusal("FROM read_text('http://example.com/')")).toContain("Hàm read_text đọc tệp");
    expect(refusal("FROM glob('*')")).toContain("Hàm glob đọc tệp");
    expect(refusal("FROM checkpoint()")).toContain("thay đổi trạng thái của DuckDB");
    // A quoted name slips past the early check; DuckDB itself then refuses, as external access is off.
    expect(refusal(`FROM "read_csv"('/etc/passwd')`)).toMatch(/^Không được phép: trang chỉ cho đọc/);
  });

  it("refuses an empty statement and a NUL character", () => {
    expect(refusal("  -- chỉ có chú thích\n ")).toContain("Câu lệnh trống");
    expect(refusal(";")).toContain("Câu lệnh trống");
    expect(refusal("SELECT 1\0; DROP TABLE plans")).toContain("ký tự NUL");
  });

  it("asks DuckDB for one row more than it shows, so a huge result is never built", () => {
    const started = performance.now();
    const answer = wasm().sqlTab("SELECT * FROM range(100000000000)", 1000);
    expect(answer.ok && answer.rows.length).toBe(1000);
    expect(answer.ok && answer.more).toBe(true);
    expect(performance.now() - started).toBeLessThan(5000);
    const plan = planSqlRun("SELECT 1", { offsets: [0, 7], types: [4, 1] }, 1000);
    expect(plan).toEqual({ ok: true, sql: "SELECT * FROM query('SELECT 1') LIMIT 1001" });
  });
});

describe("explainSqlError(message)", () => {
  it("gives a Vietnamese heading and keeps DuckDB's own words", () => {
    expect(explainSqlError("Catalog Error: Table with name foo does not exist!")).toEqual({
      title: "Không có bảng hoặc hàm này",
      detail: "Catalog Error: Table with name foo does not exist!",
    });
    expect(explainSqlError("Error: something odd").title).toBe("DuckDB báo lỗi");
  });

  it("drops DuckDB's LINE excerpt, which would show the guard's wrapper", () => {
    const message = "Parser Error: syntax error at or near \"FORM\"\n\nLINE 1: SELECT * FROM query('SELECT 1 FORM x')";
    expect(explainSqlError(message)).toEqual({
      title: "Lỗi cú pháp",
      detail: 'Parser Error: syntax error at or near "FORM"',
    });
  });

  it("says in Vietnamese what an out-of-memory error means", () => {
    expect(explainSqlError("Out of Memory Error: failed to allocate").title).toMatch(/^Hết bộ nhớ/);
    expect(explainSqlError("malloc of size 1073741824 failed").title).toMatch(/^Hết bộ nhớ/);
  });
});
