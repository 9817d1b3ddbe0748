import { describe, expect, it } from "vitest";
import { findSharedPassages, MIN_WORDS } from "../../../../src/lib/reuse/detect.ts";
import { tokenize } from "../../../../src/lib/reuse/tokens.ts";
import { citationSpans } from "../../../../src/lib/reuse/citations.ts";

/** A paragraph in the style of the directive, 30 words. */
const PASSAGE =
  "Đẩy mạnh phát triển và nâng cao hiệu quả hoạt động của mạng lưới cung cấp dịch vụ; từng bước phát triển mạng lưới chuyên ngành lão khoa, chăm sóc sức khỏe người cao tuổi tại cộng đồng.";
const OWN_A = "Ủy ban nhân dân tỉnh Sơn La giao Sở Y tế chủ trì, báo cáo hằng quý về kết quả.";
const OWN_B = "Ban Thường vụ Huyện ủy Mường Tè yêu cầu các chi bộ xây dựng chương trình hành động riêng.";
const OWN_C = "Trường Cao đẳng tổ chức hội thi tìm hiểu pháp luật cho học sinh các khóa trong tháng mười.";

const folded = (text: string) => tokenize(text).words.join(" ");

/** Every occurrence's offsets slice its text back to the passage (compared folded). */
function expectOffsetsSliceBack(texts: string[], result: ReturnType<typeof findSharedPassages>) {
  for (const p of result.passages)
    for (const o of p.occurrences) {
      const slice = texts[o.doc].slice(o.start, o.end);
      expect(tokenize(slice).words.length).toBe(o.wordEnd - o.wordStart);
      expect(folded(slice)).toBe(tokenize(texts[o.doc]).words.slice(o.wordStart, o.wordEnd).join(" "));
    }
}

describe("tokenize(text)", () => {
  it("folds case, diacritics, both tone placements and đ/d, and ignores punctuation and line breaks", () => {
    expect(tokenize("Hoà, HÒA\nhoà; Đắk—Lắk").words).toEqual(["hoa", "hoa", "hoa", "dak", "lak"]);
    expect(tokenize("uỷ ban".normalize("NFD")).words).toEqual(tokenize("ủy ban").words);
  });

  it("joins a syllable hyphenated at a line end, but not two words joined by a dash", () => {
    expect(tokenize("chuyên ngà-\nnh lão khoa").words).toEqual(["chuyen", "nganh", "lao", "khoa"]);
    expect(tokenize("kinh tế-\nxã hội").words).toEqual(["kinh", "te", "xa", "hoi"]);
    expect(tokenize("Kế hoạch 341-\nKH/TU").words).toEqual(tokenize("Kế hoạch 341-KH/TU").words);
    expect(tokenize("CHUYÊN NGÀ-\nNH").words).toEqual(["chuyen", "nganh"]);
  });

  it("drops page residue: PAGE 3, - 2 -, a lone page number", () => {
    expect(tokenize("dân số\nPAGE 3\ntrong tình hình\n- 2 -\nmới\n12\nnày").words).toEqual([
      "dan",
      "so",
      "trong",
      "tinh",
      "hinh",
      "moi",
      "nay",
    ]);
  });

  it("gives each word its span in the original text", () => {
    const text = "Về  “lão khoa”";
    const t = tokenize(text);
    expect(t.words.map((_, i) => text.slice(t.start[i], t.end[i]))).toEqual(["Về", "lão", "khoa"]);
  });
});

describe("findSharedPassages(texts)", () => {
  it("finds a passage two documents share, once, with offsets into each text", () => {
    const texts = [`${OWN_A}\n${PASSAGE}\n${OWN_C}`, `${OWN_B} ${PASSAGE} ${OWN_B}`];
    const { passages, documents } = findSharedPassages(texts);
    expect(passages).toHaveLength(1);
    expect(passages[0].docs).toEqual([0, 1]);
    expect(passages[0].text).toBe(PASSAGE.slice(0, -1));
    expect(folded(texts[1].slice(passages[0].occurrences[1].start, passages[0].occurrences[1].end))).toBe(
      folded(PASSAGE),
    );
    expect(documents[0].sharedWords).toBe(tokenize(PASSAGE).words.length);
    expect(documents[0].share).toBeCloseTo(tokenize(PASSAGE).words.length / tokenize(texts[0]).words.length);
    expectOffsetsSliceBack(texts, { passages, documents });
  });

  it("still finds it once when broken across lines and hyphenated, in NFD, with the old tone placement and page residue", () => {
    const broken = PASSAGE.replace("chuyên ngành", "chuyên ngà-\nnh")
      .replace("sức khỏe", "sức khoẻ")
      .replace("mạng lưới cung cấp", "mạng lưới\nPAGE 3\ncung cấp")
      .toUpperCase()
      .normalize("NFD");
    const texts = [`${OWN_A} ${PASSAGE}`, `${OWN_B}\n${broken}\n${OWN_C}`];
    const { passages } = findSharedPassages(texts);
    expect(passages).toHaveLength(1);
    expect(passages[0].words).toBe(tokenize(PASSAGE).words.length);
    expectOffsetsSliceBack(texts, findSharedPassages(texts));
    // Taken from the earliest document, and never with the page number in it.
    const reversed = findSharedPassages([texts[1], texts[0]]).passages[0];
    expect(reversed.text).not.toContain("PAGE");
    expect(folded(reversed.text)).toBe(folded(PASSAGE));
  });

  it("tolerates one changed word inside a long passage: one passage, not two", () => {
    const changed = PASSAGE.replace("từng bước", "từng nước");
    const texts = [`${OWN_A} ${PASSAGE} ${OWN_C}`, `${OWN_B} ${changed}`];
    const { passages } = findSharedPassages(texts);
    expect(passages).toHaveLength(1);
    expect(passages[0].words).toBe(tokenize(PASSAGE).words.length);
  });

  it("ignores runs shorter than the minimum and texts with nothing in common", () => {
    const short = tokenize(PASSAGE)
      .words.slice(0, MIN_WORDS - 1)
      .join(" ");
    expect(findSharedPassages([`${OWN_A} ${short}`, `${OWN_B} ${short}`]).passages).toEqual([]);
    expect(findSharedPassages([OWN_A, OWN_B, OWN_C, ""]).passages).toEqual([]);
  });

  it("splits at the point where one document stops copying, and counts documents", () => {
    const [head, tail] = [PASSAGE.slice(0, 80), PASSAGE.slice(80)];
    const texts = [`${OWN_A} ${PASSAGE}`, `${OWN_B} ${PASSAGE}`, `${OWN_C} ${head} ${OWN_A.slice(0, 30)}`];
    const { passages } = findSharedPassages(texts);
    expect(passages.map((p) => p.docs.length).sort()).toEqual([2, 3]);
    const two = passages.find((p) => p.docs.length === 2)!;
    expect(folded(tail)).toContain(folded(two.text).split(" ").slice(-MIN_WORDS).join(" "));
  });

  it("keeps a document's full name apart: a citation, listed, not counted as shared substance", () => {
    const cite =
      "Thực hiện Kết luận số 149-KL/TW ngày 10/4/2025 của Bộ Chính trị về đẩy mạnh thực hiện Nghị quyết số 21-NQ/TW ngày 25/10/2017 của Hội nghị lần thứ sáu Ban Chấp hành Trung ương Đảng khóa XII về công tác dân số trong tình hình mới";
    const texts = [`${cite}, ${OWN_A}`, `${cite}; ${OWN_B}`];
    const { passages, documents } = findSharedPassages(texts);
    expect(passages).toHaveLength(1);
    expect(passages[0].citation).toBe(true);
    expect(documents[0].sharedWords).toBe(0);
    expect(documents[0].citationWords).toBeGreaterThan(30);
  });
});

describe("citationSpans(text)", () => {
  it("covers the type, number, date, issuer and title of a cited document", () => {
    const text =
      "Căn cứ Quyết định số 1745/QĐ-TTg ngày 15/8/2025 của Thủ tướng Chính phủ ban hành Kế hoạch thực hiện Kết luận số 149-KL/TW; UBND tỉnh ban hành kế hoạch.";
    const [span, ...rest] = citationSpans(text);
    expect(rest).toEqual([]);
    expect(text.slice(span.start, span.end)).toBe(
      "Quyết định số 1745/QĐ-TTg ngày 15/8/2025 của Thủ tướng Chính phủ ban hành Kế hoạch thực hiện Kết luận số 149-KL/TW",
    );
  });
});
