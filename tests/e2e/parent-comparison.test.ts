import { describe, expect, it } from "vitest";
import { useSite } from "./harness.ts";
import { fixtureCorpus } from "../fixture-corpus.ts";

const site = useSite();

const HA_TINH = "/ke-hoach/ke-hoach-btv-tinh-uy-ha-tinh-thuc-hien-kl-149-2025/";
const SON_LA = "/ke-hoach/ke-hoach-07-kh-du-cdsl-2025-truong-cao-dang-son-la/";

describe("plan page: So với văn bản cấp trên", () => {
  it("compares a plan whose parent is KL 149 with what the codebook says KL 149 asks, and says what that rests on", async () => {
    const page = await site.open(HA_TINH);
    const section = page.locator("section#cap-tren");
    expect(await section.locator("h2").innerText()).toBe("So với văn bản cấp trên");
    const text = await section.innerText();
    expect(text).toContain("dựa trên cách bộ mã đọc văn bản trung ương qua các bản tin báo chí");
    expect(await section.locator('a[href="/ke-hoach/ket-luan-149-kl-tw-2025/"]').count()).toBeGreaterThan(0);
    const asked = fixtureCorpus().measures.filter((m) => m.national.some((n) => n.document === "149-KL/TW"));
    expect(await section.locator("table caption").count()).toBe(1);
    expect(await section.locator("tbody tr").count()).toBe(asked.length);
    expect(await page.locator('.page-toc a[href="#cap-tren"], nav a[href="#cap-tren"]').count()).toBeGreaterThan(0);
  });

  it("says a parent without a coded file cannot be compared yet", async () => {
    const page = await site.open(SON_LA);
    const text = await page.locator("section#cap-tren").innerText();
    expect(text).toContain("26-KH/ĐU");
    expect(text).toContain("chưa so sánh được");
    expect(await page.locator("section#cap-tren table").count()).toBe(0);
  });
});
