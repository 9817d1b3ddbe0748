import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { LocalitiesSchema } from "../../../../src/schemas/locality.ts";
import { CodebookSchema } from "../../../../src/schemas/codebook.ts";
import { PlanSchema } from "../../../../src/schemas/plan.ts";
import { draftPlan, type DraftPlan } from "../../../../src/lib/extract/draft.ts";
import { renderDraft } from "../../../../src/lib/extract/render.ts";
import { findQuote, prepareSource } from "../../../../src/lib/quote-match.ts";

const FIXTURES = "tests/fixtures/new-plan";
const { provinces } = LocalitiesSchema.parse(parse(readFileSync("tests/fixtures/corpus/data/localities.yaml", "utf8")));
const measureIds = CodebookSchema.parse(
  parse(readFileSync("tests/fixtures/corpus/data/codebook.yaml", "utf8")),
).measures.map((m) => m.id);
const known = [
  {
    number: "21-NQ/TW",
    issuer: "Ban Chấp hành Trung ương Đảng khóa XII",
    date: "2017-10-25",
    docType: "nghi-quyet",
    issuerLevel: "trung-uong",
  },
] as const;

const raw = (name: string) => readFileSync(`${FIXTURES}/${name}`, "utf8");
const draft = (name: string): DraftPlan =>
  draftPlan(raw(name), { sourceName: name, provinces, measureIds, known: [...known] });
const frontmatter = (md: string) => parse(md.split(/^---$/m)[1]);
const levels = (d: DraftPlan) => Object.fromEntries(d.measures.map((m) => [m.id, m.level]));

describe("draftPlan(raw, ctx) on a plan nobody coded", () => {
  const d = draft("co-so.txt");

  it("reads the number printed with spaces, the date, the issuer and the signer", () => {
    expect(d.number).toBe("15-KH/HU");
    expect(d.issued).toEqual({ date: "2018-03-12" });
    expect(d.issuer).toBe("Ban Thường vụ Huyện ủy Minh Hóa, tỉnh Quảng Bình");
    expect([d.issuerKind, d.issuerLevel]).toEqual(["party", "huyen"]);
    expect(d.signer).toEqual({ name: "Đinh Văn Hùng", title: "T/M Ban Thường vụ, Bí thư" });
  });

  it("maps the old province to today's unit and keeps the old name", () => {
    expect(d.locality).toEqual({ province: "quang-tri", asWritten: "Quảng Bình" });
  });

  it("makes the plan of the opening Thực hiện the direct parent, with its province", () => {
    expect(d.references[0]).toMatchObject({
      relation: "thuc-hien",
      number: "42-KH/TU",
      issuer: "Ban Thường vụ Tỉnh ủy Quảng Bình",
      date: "2018-02-02",
    });
  });

  it("handles the traps: sex education, nhóm dân cư, two children per couple", () => {
    const byId = new Map(d.measures.map((m) => [m.id, m]));
    expect(
      byId
        .get("mat-can-bang-gioi-tinh")!
        .quotes.map((q) => q.text)
        .join(" "),
    ).not.toContain("giáo dục giới tính");
    expect(byId.get("du-lieu-dan-cu")!.quotes[0].text).toContain("cơ sở dữ liệu dân cư");
    expect(byId.get("muc-sinh-thay-the")!.level).toBe(1);
  });

  it("proposes only quotes the quote check finds in the source", () => {
    const source = prepareSource(raw("co-so.txt"));
    for (const m of d.measures) for (const q of m.quotes) expect(findQuote(source, q.text), q.text).not.toBeNull();
  });

  it("renders a file that passes the plan schema, marked as a draft, with every measure coded", () => {
    const data = PlanSchema.parse(frontmatter(renderDraft(d)));
    expect(data.draft).toBe(true);
    expect(Object.keys(data.measures)).toEqual(measureIds);
  });
});

describe("draftPlan(raw, ctx) on awkward input", () => {
  const base = draft("co-so.txt");

  it("gives the same draft for NFD input", () => {
    const d = draft("nfd.txt");
    expect(renderDraft({ ...d, source: base.source })).toBe(renderDraft(base));
  });

  it("reads Windows line breaks and a date written 12/3/2018", () => {
    const d = draft("crlf.txt");
    expect(d.issued).toEqual({ date: "2018-03-12" });
    expect(levels(d)).toEqual(levels(base));
  });

  it("ignores page-number residue and never quotes across it", () => {
    const d = draft("page-residue.txt");
    expect(levels(d)).toEqual(levels(base));
    const source = prepareSource(raw("page-residue.txt"));
    for (const m of d.measures)
      for (const q of m.quotes) {
        expect(findQuote(source, q.text), q.text).not.toBeNull();
        expect(q.text).not.toMatch(/PAGE|(^| )[34]( |$)/);
      }
  });

  it("bounds the date by the latest cited document when the text has no number or date", () => {
    const d = draft("no-number-no-date.txt");
    expect(d.number).toBeNull();
    expect(d.issued.after).toBe("2018-02-02");
    expect(d.issued.note).toMatch(/^Văn bản không ghi số và ngày ban hành; dẫn Kế hoạch 42-KH\/TU ngày 2\/2\/2018/);
    expect(d.slug).toBe("ke-hoach-btv-huyen-uy-minh-hoa-thuc-hien-kh-42-2018");
    const md = renderDraft(d);
    expect(md).toMatch(/^number: null # KIỂM TRA: không thấy số hiệu/m);
    expect(PlanSchema.safeParse(frontmatter(md)).success).toBe(true);
  });

  it("marks what it cannot find as a gap and still renders a valid draft", () => {
    const d = draftPlan("Văn bản không có đầu đề.\nChỉ có một câu về kinh phí.", {
      sourceName: "x.txt",
      provinces,
      measureIds,
    });
    const md = renderDraft(d);
    expect(md).toContain('title: "CẦN ĐIỀN: tên đầy đủ của văn bản"');
    expect(md).toContain('issuer: "CẦN ĐIỀN: cơ quan ban hành"');
    expect(md).toMatch(/^ {2}# CẦN ĐIỀN: province: <slug>/m);
    expect(md).toMatch(/^ {2}note: "CẦN ĐIỀN: /m);
    expect(PlanSchema.safeParse(frontmatter(md)).success).toBe(true);
  });
});
