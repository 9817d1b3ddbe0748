import { describe, expect, it } from "vitest";
import { blankLiterals, checkReadOnlySql, explainSqlError } from "../../../../src/lib/explorer/sql-guard.ts";

describe("checkReadOnlySql(sql)", () => {
  it("accepts reading statements", () => {
    for (const sql of [
      "SELECT * FROM plans",
      "  with x as (select 1) select * from x;",
      "FROM plans LIMIT 3",
      "DESCRIBE plans",
      "SHOW TABLES",
      "SUMMARIZE plan_measures",
      "PIVOT plan_measures ON measure USING max(level)",
      "PRAGMA table_info('plans')",
      "(SELECT 1) UNION (SELECT 2)",
    ])
      expect(checkReadOnlySql(sql).ok, sql).toBe(true);
  });

  it("refuses a statement that writes, naming the keyword", () => {
    expect(checkReadOnlySql("DROP TABLE plans")).toEqual({
      ok: false,
      message:
        "Chỉ được đọc dữ liệu: câu lệnh phải bắt đầu bằng SELECT, WITH, FROM, DESCRIBE, SHOW hoặc SUMMARIZE (không phải DROP).",
    });
    const hidden = checkReadOnlySql("WITH x AS (SELECT 1) INSERT INTO plans SELECT * FROM x");
    expect(hidden.ok).toBe(false);
    if (!hidden.ok) expect(hidden.message).toContain("INSERT");
  });

  it("refuses settings, extensions and attaching files", () => {
    for (const sql of ["SET enable_external_access = true", "INSTALL httpfs", "LOAD httpfs", "ATTACH 'x.db'"])
      expect(checkReadOnlySql(sql).ok, sql).toBe(false);
    expect(checkReadOnlySql("PRAGMA threads=4").ok).toBe(false);
    expect(checkReadOnlySql("PRAGMA enable_profiling").ok).toBe(false);
  });

  it("refuses two statements at once", () => {
    const r = checkReadOnlySql("SELECT 1; DROP TABLE plans");
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(/^Mỗi lần chỉ chạy một câu lệnh/);
  });

  it("does not mistake words inside strings or comments for statements", () => {
    expect(checkReadOnlySql("SELECT * FROM assignments WHERE task LIKE '%update; delete%' -- drop").ok).toBe(true);
    expect(checkReadOnlySql('SELECT 1 AS "set"').ok).toBe(true);
  });

  it("refuses an empty statement", () => {
    expect(checkReadOnlySql("  -- chỉ có chú thích\n ").ok).toBe(false);
  });
});

describe("blankLiterals(sql)", () => {
  it("blanks strings, quoted names and comments, keeping the length", () => {
    const sql = "SELECT 'it''s', \"a b\" /* c */ -- d\nFROM t";
    const out = blankLiterals(sql);
    expect(out.length).toBe(sql.length);
    expect(out).not.toMatch(/it|a b|c \*|-- d/);
    expect(out).toContain("FROM t");
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
});
