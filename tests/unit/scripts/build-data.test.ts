import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHash } from "node:crypto";
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";
import {
  DATABASE_FILE,
  DOWNLOAD_TABLES,
  downloadColumns,
  TABLES,
  type ColumnDef,
} from "../../../src/lib/explorer/schema.ts";
import { toCsv, type CsvValue } from "../../../src/lib/explorer/csv.ts";
import { buildRows, type TableRows } from "../../../scripts/lib/data-rows.ts";
import { parentFixtureCorpus } from "../../fixture-corpus.ts";
import { DATABASE_BLOCK_SIZE, writeDatabase, type TableFiles } from "../../../scripts/lib/data-duckdb.ts";
import { fixtureContent, fixtureCorpus } from "../../fixture-corpus.ts";
import { loadGazetteer } from "../../../src/data/gazetteer.ts";
import { openWasm } from "../lib/explorer/wasm-db.ts";

const { plans, measures, provinces } = fixtureContent();
const rows: TableRows = buildRows({ plans, measures, provinces });

const scratch = mkdtempSync(join(tmpdir(), "build-data-test-"));
const dirA = join(scratch, "a");
const dirB = join(scratch, "b");
let filesA: TableFiles[] = [];

beforeAll(async () => {
  mkdirSync(dirA, { recursive: true });
  mkdirSync(dirB, { recursive: true });
  filesA = await writeDatabase(join(dirA, DATABASE_FILE), rows, dirA);
  await writeDatabase(join(dirB, DATABASE_FILE), rows, dirB);
}, 60_000);

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Every table's rows in storage order, hashed: what a reader of the file gets. */
async function contentHashes(file: string): Promise<Record<string, string>> {
  const instance = await DuckDBInstance.create(":memory:");
  const conn = await instance.connect();
  await conn.run(`ATTACH '${file}' AS x (READ_ONLY)`);
  const out: Record<string, string> = {};
  for (const t of TABLES) {
    const result = await conn.runAndReadAll(`SELECT * FROM x.${t.name}`);
    out[t.name] = createHash("sha256")
      .update(JSON.stringify(result.getRowsJS(), (_k, v) => (typeof v === "bigint" ? String(v) : v)))
      .digest("hex");
  }
  conn.closeSync();
  instance.closeSync();
  return out;
}

describe("buildRows(input)", () => {
  it("writes no plan_vs_parent row when no direct parent has a coded file", () => {
    expect(rows.plan_vs_parent).toEqual([]);
  });

  it("writes one plan_vs_parent row per measure once the parent has a coded file, and none once it is removed", () => {
    const withParent = parentFixtureCorpus();
    const built = buildRows(withParent).plan_vs_parent;
    expect(built.length).toBe(withParent.measures.length);
    expect(built.find((r) => r.measure === "ho-tro-sinh-con")).toEqual({
      plan: "ke-hoach-ubnd-phuong-nam-do-son-thuc-hien-kl-149-2025",
      parent: "cong-van-9244-vp-vx-2025-ban-kiem-thu",
      measure: "ho-tro-sinh-con",
      plan_level: 0,
      parent_level: 2,
      change: "bo",
    });
    expect(new Set(built.map((r) => r.change))).toEqual(new Set(["giu", "tang", "giam", "bo", "them", "chua-ma-hoa"]));
    const without = withParent.plans.filter((p) => p.slug !== "cong-van-9244-vp-vx-2025-ban-kiem-thu");
    expect(buildRows({ ...withParent, plans: without }).plan_vs_parent).toEqual([]);
  });

  it("writes one plans row per published plan, linking to its page", () => {
    expect(rows.plans.map((r) => r.slug)).toEqual(plans.map((p) => p.slug).sort());
    for (const r of rows.plans) expect(r.url).toBe(`/ke-hoach/${r.slug}/`);
  });

  it("writes one plan_measures row per plan and codebook measure, null when a plan does not code it", () => {
    expect(rows.plan_measures.length).toBe(plans.length * measures.length);
    const national = rows.plan_measures.filter((r) => r.plan === "nghi-quyet-21-nq-tw-2017");
    expect(national.every((r) => r.level === null)).toBe(true);
  });

  it("keeps every quote, with a folded copy for search without diacritics", () => {
    const quoteCount = plans.reduce(
      (n, p) => n + Object.values(p.plan.measures).reduce((m, c) => m + c.quotes.length, 0),
      0,
    );
    expect(rows.quotes.length).toBe(quoteCount);
    const laoKhoa = rows.quotes.find((q) => String(q.text).includes("lão khoa"));
    expect(laoKhoa?.text_folded).toContain("lao khoa");
  });

  it("lists old names so a province is found by them", () => {
    const byName = (name: string) => rows.locality_names.find((r) => r.name === name && r.place === null);
    expect(byName("Thừa Thiên Huế")).toMatchObject({ province: "hue", name_slug: "thua-thien-hue" });
    expect(byName("Quảng Bình")).toMatchObject({ province: "quang-tri", name_kind: "hop-nhat-tu" });
  });

  it("links a reference to the summarised plan and leaves an unsummarised one empty", () => {
    const refs = rows.plan_references.filter((r) => r.plan === "ke-hoach-07-kh-du-cdsl-2025-truong-cao-dang-son-la");
    expect(refs.find((r) => r.number === "149-KL/TW")?.target).toBe("ket-luan-149-kl-tw-2025");
    expect(refs.find((r) => r.number === "26-KH/ĐU")?.target).toBeNull();
  });

  it("gives each plan the date it sorts by, marked when it is only a bound", () => {
    const undated = rows.plans.find((r) => r.issued_date === null && r.issued_after !== null);
    expect(undated).toMatchObject({ date_estimated: true });
    expect(undated?.sort_date).toBe(undated?.issued_after);
    expect(String(undated?.issued_label)).toMatch(/^không ghi ngày \(sau /);
  });
});

describe("writeDatabase(path, rows, outDir)", () => {
  it("writes a file that duckdb-wasm 1.32 (DuckDB 1.4, as in the browser) attaches read-only", async () => {
    const db = await openWasm(join(dirA, DATABASE_FILE));
    expect(db.version).toMatch(/^v1\.4\./);
    for (const t of TABLES) {
      const [{ n }] = db.run(`SELECT count(*) AS n FROM ${t.name}`);
      expect(n, t.name).toBe(rows[t.name].length);
    }
    expect(() => db.run("CREATE TABLE x (a INT)")).toThrow(/read-only|read only/i);
  }, 60_000);

  it("stores plans newest first in small row groups, with the explorer's narrow copy beside them", async () => {
    const instance = await DuckDBInstance.create(":memory:");
    const conn = await instance.connect();
    await conn.run(`ATTACH '${join(dirA, DATABASE_FILE)}' AS db (READ_ONLY)`);
    const read = async (sql: string) => (await conn.runAndReadAll(sql)).getRowObjects();
    // The file's own row order (no ORDER BY) is the results table's order.
    const stored = (await read("SELECT display_order, sort_date::VARCHAR AS d FROM db.plans")).map(
      (r) => r.display_order,
    );
    expect(stored).toEqual(stored.map((_, i) => i + 1));
    const expected = await read("SELECT slug FROM db.plans ORDER BY sort_date DESC NULLS LAST, slug");
    const byOrder = await read("SELECT slug FROM db.plans ORDER BY display_order");
    expect(byOrder).toEqual(expected);
    const [groups] = await read(
      "SELECT max(count)::INTEGER AS rows FROM pragma_storage_info('db.plans') WHERE segment_type <> 'VALIDITY'",
    );
    expect(Number(groups.rows)).toBeLessThanOrEqual(2048);
    const [same] = await read(
      "SELECT count(*)::INTEGER AS n FROM db.plans p JOIN db.plan_filters f USING (display_order) " +
        "WHERE f.province IS NOT DISTINCT FROM p.province AND f.issuer_level = p.issuer_level " +
        "AND f.issuer_kind = p.issuer_kind AND f.sort_date IS NOT DISTINCT FROM p.sort_date AND f.levels = p.levels",
    );
    expect(same.n).toBe(rows.plans.length);
    expect(readdirSync(dirA).filter((f) => f.startsWith("plan_filters."))).toEqual([]);
    const [size] = await read("SELECT block_size::INTEGER AS b FROM pragma_database_size() WHERE database_name = 'db'");
    expect(size.b).toBe(DATABASE_BLOCK_SIZE);
    conn.closeSync();
    instance.closeSync();
  });

  it("writes plans in row groups of 2,048 rows, however many there are", async () => {
    const dir = join(scratch, "groups");
    mkdirSync(dir, { recursive: true });
    const many = Array.from({ length: 5000 }, (_, i) => ({
      ...rows.plans[i % rows.plans.length],
      slug: `ke-hoach-${String(i).padStart(5, "0")}`,
      display_order: i + 1,
    }));
    const filters = many.map((r) => ({ ...rows.plan_filters[0], display_order: r.display_order }));
    await writeDatabase(join(dir, DATABASE_FILE), { ...rows, plans: many, plan_filters: filters }, dir);
    const instance = await DuckDBInstance.create(":memory:");
    const conn = await instance.connect();
    await conn.run(`ATTACH '${join(dir, DATABASE_FILE)}' AS db (READ_ONLY)`);
    const groups = async (table: string) =>
      Number(
        (
          await conn.runAndReadAll(
            `SELECT count(DISTINCT row_group_id)::INTEGER AS n FROM pragma_storage_info('db.${table}')`,
          )
        ).getRowObjects()[0].n,
      );
    expect(await groups("plans")).toBe(3);
    expect(await groups("plan_filters")).toBe(1);
    conn.closeSync();
    instance.closeSync();
  }, 60_000);

  it("writes the same tables, rows and row order on every build", async () => {
    expect(await contentHashes(join(dirA, DATABASE_FILE))).toEqual(await contentHashes(join(dirB, DATABASE_FILE)));
  });

  it("writes byte-identical downloads on every build", () => {
    const downloads = readdirSync(dirA).filter((f) => f !== DATABASE_FILE);
    expect(downloads.length).toBe(DOWNLOAD_TABLES.length * 3);
    for (const f of downloads) expect(readFileSync(join(dirA, f)).equals(readFileSync(join(dirB, f))), f).toBe(true);
  });

  it("starts every CSV with a UTF-8 byte-order mark so Excel shows Vietnamese", () => {
    const csv = readFileSync(join(dirA, "plans.csv"));
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(csv.toString("utf8")).toContain("Đắk Lắk");
  });

  it("leaves the search-only columns out of the downloads", () => {
    const header = readFileSync(join(dirA, "plans.csv"), "utf8").slice(1).split("\r\n")[0];
    expect(header.split(",")).toEqual(downloadColumns(TABLES[0]).map((c) => c.name));
    expect(header).not.toContain("search_folded");
  });

  it("defuses text cells a spreadsheet would run as formulas, and leaves numbers alone", async () => {
    const dir = join(scratch, "formula");
    mkdirSync(dir, { recursive: true });
    const [first, ...rest] = rows.plans;
    const crafted = {
      ...first,
      title: '=HYPERLINK("http://x","bấm")',
      short_title: "+cmd|' /C calc'!A0",
      issuer: "@SUM(A1)",
      measures_coded: -5,
    };
    await writeDatabase(join(dir, DATABASE_FILE), { ...rows, plans: [crafted, ...rest] }, dir);
    const csv = readFileSync(join(dir, "plans.csv"), "utf8");
    expect(csv).toContain(`"'=HYPERLINK(""http://x"",""bấm"")"`);
    expect(csv).toContain(",'+cmd|' /C calc'!A0,");
    expect(csv).toContain(",'@SUM(A1),");
    expect(csv).toContain(",-5,");
    expect(csv).not.toContain("'-5");
  }, 60_000);

  it("writes each CSV as the explorer's CSV code writes the same rows, odd values included", async () => {
    const dir = join(scratch, "csv-oracle");
    mkdirSync(dir, { recursive: true });
    const [first, second, ...rest] = rows.plans;
    const odd = ["", "\tTAB", "\rCR", "-x", "a,b", 'a"b', "a\nb", "a\r\nb", " lead ", "'q", "Đắk Lắk"];
    const crafted = odd.map((text, i) => ({
      ...(i % 2 ? first : second),
      slug: `${first.slug}-${i}`,
      title: text,
      issuer: odd[(i + 3) % odd.length],
      shared_share: [0, 1, 0.5, 0.1234, 0.0001, 2, null, -0, 112.5, 0.3333, 1e14][i],
    }));
    const oddRows = { ...rows, plans: [...crafted, ...rest] };
    const tables = await writeDatabase(join(dir, DATABASE_FILE), oddRows, dir);
    // The oracle: every row read back into JavaScript and written by toCsv, as the build did before.
    const instance = await DuckDBInstance.create(":memory:");
    const conn = await instance.connect();
    await conn.run(`ATTACH '${join(dir, DATABASE_FILE)}' AS db (READ_ONLY)`);
    for (const t of tables.filter((f) => f.files.csv)) {
      const table = TABLES.find((x) => x.name === t.table)!;
      const columns = downloadColumns(table);
      const cast = (c: ColumnDef) =>
        c.type === "DATE" || c.type.endsWith("[]") ? `CAST("${c.name}" AS VARCHAR)` : `"${c.name}"`;
      const result = await conn.runAndReadAll(
        `SELECT ${columns.map(cast).join(", ")} FROM db."${table.name}" ORDER BY ${table.orderBy.map((o) => `"${o}"`).join(", ")}`,
      );
      const values = result.getRows().map((row) =>
        row.map((v, i): CsvValue => {
          if (v === null) return null;
          if (columns[i].type === "VARCHAR") return String(v);
          if (typeof v === "number" || typeof v === "bigint" || typeof v === "boolean") return v;
          return { literal: String(v) };
        }),
      );
      const expected = toCsv(
        columns.map((c) => c.name),
        values,
      );
      expect(readFileSync(join(dir, t.files.csv), "utf8"), t.files.csv).toBe(expected);
    }
    const csv = readFileSync(join(dir, "plans.csv"), "utf8");
    expect(csv).toContain(`,'\tTAB,`);
    expect(csv).toContain(`,"'\rCR",`);
    conn.closeSync();
    instance.closeSync();
  }, 60_000);

  it("writes Parquet and JSON files that hold every row", async () => {
    const instance = await DuckDBInstance.create(":memory:");
    const conn = await instance.connect();
    for (const t of filesA.filter((f) => f.files.parquet)) {
      const parquet = await conn.runAndReadAll(`SELECT count(*)::INTEGER AS n FROM '${join(dirA, t.files.parquet)}'`);
      expect(parquet.getRowObjects()[0].n, t.files.parquet).toBe(t.rows);
      const json = JSON.parse(readFileSync(join(dirA, t.files.json), "utf8")) as unknown[];
      expect(json.length, t.files.json).toBe(t.rows);
    }
    conn.closeSync();
    instance.closeSync();
  });
});

describe("buildRows(input) with the indicators and the gazetteer", () => {
  const corpus = fixtureCorpus();
  const gazetteer = loadGazetteer("data/gazetteer");
  const hue = plans.find((p) => p.plan.locality.province === "hue")!;
  const atWard = { ...hue, plan: { ...hue.plan, locality: { ...hue.plan.locality, place: "19753" } } };
  const withAll = buildRows({
    plans: [...plans.filter((p) => p !== hue), atWard],
    measures,
    provinces,
    indicators: corpus.indicators,
    gazetteer,
  });

  it("writes one indicators row per figure of indicators.csv, the value as a number, old units kept", () => {
    expect(withAll.indicators).toHaveLength(corpus.indicators.length);
    const namDinh = withAll.indicators.find((r) => r.unit === "Nam Định" && r.year === "2023")!;
    expect(namDinh).toMatchObject({ province: "ninh-binh", unit_scheme: "63-old", indicator: "TFR", value: 2.56 });
    expect(withAll.indicators.filter((r) => r.unit_scheme === "national").every((r) => r.province === null)).toBe(true);
  });

  it("names a plan's ward from the gazetteer and lists it among the localities", () => {
    expect(withAll.plans.find((r) => r.slug === hue.slug)?.place_name).toBe("Phường Phú Xuân");
    expect(withAll.localities.find((r) => r.place === "19753")).toMatchObject({ province: "hue", kind: "phuong" });
  });
});
