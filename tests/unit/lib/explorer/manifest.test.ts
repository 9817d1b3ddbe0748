import { describe, expect, it } from "vitest";
import { databaseUrl, indexUrl, parseManifest, type DataManifest } from "../../../../src/lib/explorer/manifest.ts";

const valid: DataManifest = {
  database: {
    file: "dan-so-dia-phuong.duckdb",
    bytes: 1024,
    hash: "0123456789abcdef",
    storageVersion: "v1.4.0",
    index: { file: "kham-pha-bo-loc.duckdb", bytes: 512 },
  },
  tables: [{ name: "plans", rows: 8, files: [{ format: "csv", file: "plans.csv", bytes: 100 }] }],
  measures: ["lao-khoa", "muc-sinh-thay-the"],
  duckdbWasm: { version: "1.32.0", base: "/duckdb/1.32.0/" },
};
const text = (m: unknown) => JSON.stringify(m);
const withDatabase = (database: Record<string, unknown>) =>
  text({ ...valid, database: { ...valid.database, ...database } });

describe("parseManifest(text, where)", () => {
  it("returns the manifest the data build wrote, with the database it names", () => {
    const m = parseManifest(text(valid));
    expect(m).toEqual(valid);
    expect(databaseUrl(m)).toBe("/data/dan-so-dia-phuong.duckdb?v=0123456789abcdef");
    expect(indexUrl(m)).toBe("/data/kham-pha-bo-loc.duckdb?v=0123456789abcdef");
  });

  it("refuses a manifest without the explorer's filter index, or with one outside the data folder", () => {
    for (const index of [undefined, { file: "../x.duckdb", bytes: 1 }])
      expect(() => parseManifest(withDatabase({ index }))).toThrow(
        "public/data/manifest.json: thiếu tệp chỉ mục bộ lọc của trang Khám phá (database.index.file)",
      );
  });

  it("refuses text that is not JSON, naming the file and the command to run", () => {
    expect(() => parseManifest("{", "tmp/data/manifest.json")).toThrow(
      "tmp/data/manifest.json không phải JSON hợp lệ: chạy `npm run build:data` (hoặc `npm run build`) để ghi lại.",
    );
  });

  it("refuses a manifest without a database file name", () => {
    expect(() => parseManifest(text({ ...valid, database: undefined }))).toThrow(
      "public/data/manifest.json: thiếu tên tệp cơ sở dữ liệu (database.file",
    );
    expect(() => parseManifest("null")).toThrow("thiếu tên tệp cơ sở dữ liệu");
  });

  it("refuses a database file outside the data folder or not a DuckDB file", () => {
    expect(() => parseManifest(withDatabase({ file: "../secret.duckdb" }))).toThrow("database.file");
    expect(() => parseManifest(withDatabase({ file: "plans.csv" }))).toThrow("database.file");
  });

  it("refuses a manifest without the database's hash", () => {
    expect(() => parseManifest(withDatabase({ hash: "" }))).toThrow("thiếu mã băm của cơ sở dữ liệu (database.hash)");
  });

  it("refuses a manifest without tables, measures or the engine's folder", () => {
    for (const broken of [
      { ...valid, tables: undefined },
      { ...valid, measures: "lao-khoa" },
      { ...valid, duckdbWasm: {} },
    ])
      expect(() => parseManifest(text(broken))).toThrow("thiếu danh sách bảng, biện pháp hoặc thư mục DuckDB-wasm");
  });
});
