import { describe, expect, it } from "vitest";
import type { Download, Page } from "playwright-core";
import { fixtureContent } from "../fixture-corpus.ts";
import { useSite } from "./harness.ts";

const site = useSite();
const { plans, measures } = fixtureContent();
const measureCount = measures.length;
const HEADLINE = ["lao-khoa", "muc-sinh-thay-the", "mat-can-bang-gioi-tinh", "du-lieu-dan-cu"];
const coding = (id: string, min = 1) =>
  plans
    .filter((p) => (p.plan.measures[id]?.level ?? -1) >= min)
    .map((p) => p.slug)
    .sort();

/** Waits until DuckDB is ready and the results have been drawn at least `after + 1` times. */
async function waitForResults(page: Page, after = 0): Promise<number> {
  await page.waitForSelector('#kham-pha[data-trang-thai="san-sang"]', { timeout: 60_000 });
  await page.waitForFunction((n) => Number(document.getElementById("kham-pha")?.dataset.lanCapNhat ?? 0) > n, after, {
    timeout: 30_000,
  });
  return Number(await page.getAttribute("#kham-pha", "data-lan-cap-nhat"));
}

/** A download's content as text (a BOM stays as U+FEFF). */
async function readDownload(download: Download): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of await download.createReadStream()) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

const listed = async (page: Page) =>
  (
    await page
      .locator("#ket-qua tbody tr[data-slug]")
      .evaluateAll((rows) => rows.map((r) => r.getAttribute("data-slug")))
  )
    .map(String)
    .sort();

describe("/kham-pha/ explorer", () => {
  it("lists every plan, each linking to its page and to a comparison, before any script runs", async () => {
    const page = await site.open("/kham-pha/", { javaScriptEnabled: false });
    expect(await listed(page)).toEqual(plans.map((p) => p.slug).sort());
    const hrefs = (selector: string) =>
      page
        .locator(`#ket-qua tbody tr[data-slug] ${selector}`)
        .evaluateAll((as) => as.map((a) => a.getAttribute("href")));
    expect((await hrefs("a:not(.so-sanh-lk)")).sort()).toEqual(plans.map((p) => `/ke-hoach/${p.slug}/`).sort());
    expect((await hrefs("a.so-sanh-lk")).sort()).toEqual(plans.map((p) => `/so-sanh/?ke-hoach=${p.slug}`).sort());
    expect(await page.locator("#ket-qua svg").count()).toBeGreaterThan(0);
  });

  for (const id of HEADLINE)
    it(`lists exactly the plans coding ${id} above 0 for ?bien-phap=${id}`, async () => {
      const page = await site.open(`/kham-pha/?bien-phap=${id}`);
      await waitForResults(page);
      expect(await listed(page)).toEqual(coding(id));
      expect(await page.locator(`input[name="bien-phap"][value="${id}"]`).isChecked()).toBe(true);
      // The measure's column shows each plan's level as coded in its file.
      const shown = await page
        .locator("#ket-qua tbody tr[data-slug]")
        .evaluateAll((rows) =>
          rows.map((r) => [
            r.getAttribute("data-slug"),
            r.querySelector("td:last-child .muc [aria-hidden]")?.textContent,
          ]),
        );
      for (const [slug, level] of shown)
        expect(level, String(slug)).toBe(String(plans.find((p) => p.slug === slug)?.plan.measures[id]?.level));
    });

  it("loads DuckDB's wasm and worker from the site itself and attaches the database read-only", async () => {
    const page = await site.open("/");
    const requests: string[] = [];
    page.on("request", (r) => requests.push(r.url()));
    await page.goto(`${site.baseURL}/kham-pha/`);
    await waitForResults(page);
    const engine = requests.filter((u) => /duckdb.*\.(wasm|worker\.js)$/.test(new URL(u).pathname));
    expect(engine.length).toBeGreaterThanOrEqual(2);
    for (const u of engine) expect(u.startsWith(`${site.baseURL}/duckdb/`), u).toBe(true);
    expect(requests.some((u) => new URL(u).pathname.endsWith(".duckdb"))).toBe(true);
    expect(await page.textContent("#trang-thai-chu")).toContain("DuckDB đã sẵn sàng");
  });

  it("changes the URL and the results when filters are toggled, and back restores them", async () => {
    const page = await site.open("/kham-pha/");
    let n = await waitForResults(page);
    await page.locator('input[name="bien-phap"][value="lao-khoa"]').check();
    n = await waitForResults(page, n);
    expect(new URL(page.url()).search).toBe("?bien-phap=lao-khoa");
    expect(await listed(page)).toEqual(coding("lao-khoa"));

    await page.selectOption('select[name="muc"]', "2");
    n = await waitForResults(page, n);
    expect(new URL(page.url()).search).toBe("?bien-phap=lao-khoa&muc=2");
    expect(await listed(page)).toEqual(coding("lao-khoa", 2));

    await page.goBack();
    n = await waitForResults(page, n);
    expect(new URL(page.url()).search).toBe("?bien-phap=lao-khoa");
    expect(await page.inputValue('select[name="muc"]')).toBe("1");
    expect(await listed(page)).toEqual(coding("lao-khoa"));

    await page.goBack();
    await waitForResults(page, n);
    expect(new URL(page.url()).search).toBe("");
    expect(await listed(page)).toEqual(plans.map((p) => p.slug).sort());
  });

  it("finds text typed without diacritics and counts plans next to every option", async () => {
    const page = await site.open("/kham-pha/");
    const n = await waitForResults(page);
    await page.fill('input[name="tu-khoa"]', "lao khoa");
    await waitForResults(page, n);
    expect(new URL(page.url()).searchParams.get("tu-khoa")).toBe("lao khoa");
    const slugs = await listed(page);
    expect(slugs.length).toBeGreaterThan(0);
    expect(slugs.length).toBeLessThan(plans.length);
    const count = await page.textContent('[data-dem="issuerLevels:tinh"]');
    expect(Number(count)).toBe(plans.filter((p) => slugs.includes(p.slug) && p.plan.issuerLevel === "tinh").length);
  });

  it("ignores unknown and malformed parameters with a visible notice", async () => {
    const page = await site.open("/kham-pha/?foo=1&bien-phap=khong-co&tu=2025-13-01&dia-phuong=quang-binh");
    await waitForResults(page);
    const notices = await page.locator("#thong-bao li").allTextContents();
    expect(notices).toEqual([
      "Tham số “foo” không được hỗ trợ nên đã bỏ qua.",
      "Biện pháp “khong-co” không có trong bộ mã nên đã bỏ qua.",
      "“quang-binh” là tên cũ; đã lọc theo đơn vị ngày nay: Quảng Trị.",
      "Ngày 01/13/2025 không có: tháng phải từ 1 đến 12 (ngày viết trước tháng); đã bỏ qua “Từ ngày”.",
    ]);
    expect(await page.locator("#ket-qua-trong").isVisible()).toBe(true);
  });

  it("downloads the current selection as CSV with a UTF-8 byte-order mark", async () => {
    const page = await site.open("/kham-pha/?bien-phap=lao-khoa");
    await waitForResults(page);
    const [download] = await Promise.all([page.waitForEvent("download"), page.click("#tai-csv")]);
    const csv = await readDownload(download);
    expect(csv.startsWith("\uFEFF")).toBe(true);
    const lines = csv.trim().split("\r\n");
    expect(lines[0]).toContain("Tên văn bản");
    expect(lines.length - 1).toBe(coding("lao-khoa").length);
  });

  it("runs an example SQL question and shows the rows", async () => {
    const page = await site.open("/kham-pha/");
    await waitForResults(page);
    await page.click("#the-sql");
    expect(new URL(page.url()).searchParams.get("che-do")).toBe("sql");
    await page.click('[data-vi-du="dem-theo-bien-phap"]');
    await page.waitForSelector("#sql-ket-qua tbody tr");
    expect(await page.locator("#sql-ket-qua tbody tr").count()).toBe(measureCount);
    const [download] = await Promise.all([page.waitForEvent("download"), page.click("#sql-tai-csv")]);
    const csv = await readDownload(download);
    expect(csv.startsWith("\uFEFFbien_phap,co_neu,nhiem_vu_cu_the,chua_ma_hoa\r\n")).toBe(true);
    await page.fill("#sql-cau-lenh", "SELECT count(*) AS n FROM plans");
    await page.click("#sql-chay");
    await page.waitForFunction(() => document.querySelector("#sql-ket-qua th")?.textContent === "n");
    expect(await page.textContent("#sql-ket-qua td")).toBe(String(plans.length));
  });

  it("refuses writing statements and reading other hosts, with readable errors", async () => {
    const page = await site.open("/kham-pha/?che-do=sql");
    await waitForResults(page);
    await page.fill("#sql-cau-lenh", "DROP TABLE plans");
    await page.click("#sql-chay");
    await page.waitForSelector("#sql-loi:not([hidden])");
    expect(await page.textContent("#sql-loi")).toContain("Chỉ được đọc dữ liệu");

    await page.fill("#sql-cau-lenh", "SELECT * FROM read_csv('https://example.com/a.csv')");
    await page.click("#sql-chay");
    await page.waitForFunction(() => document.getElementById("sql-loi")?.textContent?.includes("read_csv"));
    expect(await page.textContent("#sql-loi")).toContain("Hàm read_csv đọc tệp hoặc địa chỉ bên ngoài");
  });

  it("fills the box from a shared SQL link, runs it only on a click, refuses the attack and keeps the filters' data", async () => {
    const attack =
      "SELECT e'\\'' AS x; ATTACH ':memory:' AS m; USE m; CREATE TABLE plans AS FROM db.plans; " +
      "UPDATE plans SET short_title='GIẢ MẠO: '||short_title; SELECT 'ok'";
    const page = await site.open(`/kham-pha/?che-do=sql&sql=${encodeURIComponent(attack)}`);
    const n = await waitForResults(page);
    expect(await page.inputValue("#sql-cau-lenh")).toBe(attack);
    await page.waitForTimeout(500);
    expect(await page.textContent("#sql-tom-tat")).toContain("chưa chạy");
    expect(await page.locator("#sql-ket-qua tr").count()).toBe(0);
    expect(await page.isHidden("#sql-loi")).toBe(true);

    await page.click("#sql-chay");
    await page.waitForSelector("#sql-loi:not([hidden])");
    expect(await page.textContent("#sql-loi")).toContain("Mỗi lần chỉ chạy một câu lệnh");
    await page.fill("#sql-cau-lenh", "SELECT count(*) AS n FROM duckdb_databases() WHERE database_name = 'm'");
    await page.click("#sql-chay");
    await page.waitForFunction(() => document.querySelector("#sql-ket-qua th")?.textContent === "n");
    expect(await page.textContent("#sql-ket-qua td")).toBe("0");

    await page.click("#the-loc");
    await page.locator('input[name="bien-phap"][value="lao-khoa"]').check();
    await waitForResults(page, n);
    expect(await listed(page)).toEqual(coding("lao-khoa"));
    expect(await page.textContent("#ket-qua")).not.toContain("GIẢ MẠO");
  });

  it("stops a long SQL query with Dừng, and the filters answer while it runs and afterwards", async () => {
    const page = await site.open("/kham-pha/?che-do=sql");
    let n = await waitForResults(page);
    await page.fill("#sql-cau-lenh", "SELECT count(*) AS n FROM range(1000000000000)");
    await page.click("#sql-chay");
    await page.waitForSelector("#sql-dung:not([hidden])");

    await page.click("#the-loc");
    await page.locator('input[name="bien-phap"][value="lao-khoa"]').check();
    n = await waitForResults(page, n);
    expect(await listed(page)).toEqual(coding("lao-khoa"));

    await page.click("#the-sql");
    expect(await page.textContent("#sql-tom-tat")).toBe("Đang chạy…");
    await page.click("#sql-dung");
    await page.waitForSelector("#sql-loi:not([hidden])");
    expect(await page.textContent("#sql-loi")).toContain("Đã dừng truy vấn");
    expect(await page.isHidden("#sql-dung")).toBe(true);

    await page.fill("#sql-cau-lenh", "SELECT 42 AS n");
    await page.click("#sql-chay");
    await page.waitForFunction(() => document.querySelector("#sql-ket-qua td")?.textContent === "42");
    await page.click("#the-loc");
    await page.locator('input[name="bien-phap"][value="lao-khoa"]').uncheck();
    await waitForResults(page, n);
    expect(await listed(page)).toEqual(plans.map((p) => p.slug).sort());
  });

  it("shows at most 1,000 rows and cuts a huge value instead of crashing the tab", async () => {
    const page = await site.open("/kham-pha/?che-do=sql");
    await waitForResults(page);
    await page.fill("#sql-cau-lenh", "SELECT * FROM range(10000000)");
    await page.click("#sql-chay");
    await page.waitForSelector("#sql-ket-qua tbody tr");
    expect(await page.locator("#sql-ket-qua tbody tr").count()).toBe(1000);
    expect(await page.textContent("#sql-tom-tat")).toMatch(/^hơn 1\.000 dòng; hiện 1\.000 dòng đầu/);

    await page.fill("#sql-cau-lenh", "SELECT repeat('x', 100000000) AS s");
    await page.click("#sql-chay");
    await page.waitForFunction(() => document.querySelector("#sql-ket-qua th")?.textContent === "s", null, {
      timeout: 60_000,
    });
    const cell = await page.textContent("#sql-ket-qua td");
    expect(cell?.length).toBeLessThan(3000);
    expect(cell).toContain("(còn 99.998.000 ký tự)");
  });

  it("says so and keeps the full list when DuckDB cannot load", async () => {
    const page = await site.open("/");
    await page.route("**/duckdb/**", (route) => route.abort());
    await page.goto(`${site.baseURL}/kham-pha/?bien-phap=lao-khoa`);
    await page.waitForSelector('#kham-pha[data-trang-thai="loi"]', { timeout: 60_000 });
    expect(await page.textContent("#trang-thai-chu")).toContain("Không tải được DuckDB");
    expect(await listed(page)).toEqual(plans.map((p) => p.slug).sort());
    const problems = site.takeProblems();
    expect(problems.length).toBeGreaterThan(0);
    // Chromium logs each blocked file as a failed load; that is the point of this test.
    expect(problems.every((p) => p.kind === "console-error" && /Failed to load|ERR_FAILED/.test(p.detail))).toBe(true);
  });

  it("stays within a phone-sized screen", async () => {
    const page = await site.open("/kham-pha/?bien-phap=lao-khoa&bien-phap=du-lieu-dan-cu", {
      viewport: { width: 375, height: 740 },
    });
    await waitForResults(page);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});
