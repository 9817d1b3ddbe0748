import { describe, expect, it } from "vitest";
import { suggestMeasures } from "../../../../src/lib/extract/measures.ts";
import { segment } from "../../../../src/lib/extract/segment.ts";

/** A plan whose section II holds `tasks` (one bullet each) and section III assigns `bodies`. */
function plan(tasks: string[], bodies: Record<string, string> = {}, aims: string[] = []): string {
  return [
    "KẾ HOẠCH",
    "về công tác dân số",
    "",
    "I. MỤC ĐÍCH, YÊU CẦU",
    ...aims.map((a) => `- ${a}`),
    "II. NHIỆM VỤ, GIẢI PHÁP",
    ...tasks.map((t) => `- ${t}`),
    "III. TỔ CHỨC THỰC HIỆN",
    ...Object.entries(bodies).flatMap(([body, text], i) => [`${i + 1}. ${body}`, text]),
    "",
  ].join("\n");
}

const levelOf = (text: string, id: string) => suggestMeasures(segment(text)).find((s) => s.id === id)!;

describe("suggestMeasures(segmented) on the traps", () => {
  it("does not read sex education as the sex ratio at birth", () => {
    const s = levelOf(
      plan(["Đưa nội dung giáo dục giới tính, bình đẳng giới vào giờ sinh hoạt lớp."]),
      "mat-can-bang-gioi-tinh",
    );
    expect(s.level).toBe(0);
  });

  it("reads the sex ratio at birth and sex selection as the measure", () => {
    expect(
      levelOf(plan(["Kiểm soát tình trạng mất cân bằng giới tính khi sinh tại các xã."]), "mat-can-bang-gioi-tinh")
        .level,
    ).toBeGreaterThan(0);
    expect(
      levelOf(plan(["Thanh tra các cơ sở siêu âm, xử lý việc lựa chọn giới tính thai nhi."]), "mat-can-bang-gioi-tinh")
        .level,
    ).toBe(2);
  });

  it("does not read nhóm dân cư as a population database", () => {
    expect(levelOf(plan(["Hỗ trợ các nhóm dân cư yếu thế tiếp cận dịch vụ."]), "du-lieu-dan-cu").level).toBe(0);
    expect(levelOf(plan(["Cập nhật, làm sạch cơ sở dữ liệu về dân cư của xã."]), "du-lieu-dan-cu").level).toBe(2);
  });

  it("reads two children per couple as replacement fertility", () => {
    expect(levelOf(plan(["Vận động mỗi cặp vợ chồng nên có hai con."]), "muc-sinh-thay-the").level).toBe(1);
    expect(levelOf(plan(["Cán bộ, đảng viên gương mẫu sinh đủ 2 con."]), "muc-sinh-thay-the").level).toBeGreaterThan(0);
  });

  it("does not read the old focus on family planning as reproductive-health work", () => {
    const s = levelOf(
      plan(["Chuyển trọng tâm từ kế hoạch hóa gia đình sang dân số và phát triển."]),
      "suc-khoe-sinh-san",
    );
    expect(s.level).toBe(0);
  });
});

describe("suggestMeasures(segmented) levels", () => {
  it("gives 1 to a measure named as the topic of communication", () => {
    const s = levelOf(plan(["Tuyên truyền về hệ lụy của tảo hôn và hôn nhân cận huyết thống."]), "tao-hon-can-huyet");
    expect(s.level).toBe(1);
    expect(s.reason).toBe("chu-de-truyen-thong");
  });

  it("gives 1 to a measure named only in the aims", () => {
    expect(levelOf(plan([], {}, ["Thích ứng với già hóa dân số."]), "cham-soc-nguoi-cao-tuoi").level).toBe(1);
  });

  it("gives 1 to a measure named only as the purpose of another task", () => {
    const s = levelOf(
      plan(["Xây dựng chính sách chăm sóc người cao tuổi để tăng tuổi thọ bình quân."]),
      "tam-voc-the-luc",
    );
    expect(s.reason).toBe("muc-dich");
  });

  it("gives 2 to a concrete task", () => {
    const s = levelOf(plan(["Thành lập khoa lão khoa tại bệnh viện đa khoa tỉnh."]), "lao-khoa");
    expect(s.level).toBe(2);
  });

  it("gives 2 to a task for an audience even when it is communication", () => {
    const s = levelOf(
      plan(["Tổ chức tuyên truyền về sức khỏe sinh sản cho đồng bào dân tộc thiểu số ở vùng cao."]),
      "dong-bao-dan-toc",
    );
    expect(s.level).toBe(2);
  });

  it("gives 3 to a task with a responsible body and a deadline", () => {
    const s = levelOf(
      plan([], {
        "Sở Y tế": "Chủ trì kiểm tra, giám sát việc thực hiện; báo cáo Ủy ban nhân dân tỉnh trước ngày 15/12 hằng năm.",
      }),
      "kiem-tra-giam-sat",
    );
    expect(s.level).toBe(3);
    expect(s.quotes[0].section).toBe("III.1 Sở Y tế");
  });

  it("keeps 2 for a task with a body but no deadline", () => {
    const s = levelOf(
      plan([], { "Công an tỉnh": "Chủ trì hoàn thiện cơ sở dữ liệu quốc gia về dân cư." }),
      "du-lieu-dan-cu",
    );
    expect(s.level).toBe(2);
  });

  it("suggests 0 and no quote for a measure the text never names", () => {
    expect(levelOf(plan(["Tổ chức hội nghị quán triệt."]), "lao-khoa")).toMatchObject({ level: 0, quotes: [] });
  });
});

describe("suggestMeasures(segmented) quotes", () => {
  it("quotes one contiguous passage of the text, with whitespace collapsed", () => {
    const text = plan(["Triển khai mô hình tư vấn, khám sức khỏe\ntiền hôn nhân cho thanh niên."]);
    const s = levelOf(text, "kham-tien-hon-nhan");
    expect(s.quotes[0].text).toBe("Triển khai mô hình tư vấn, khám sức khỏe tiền hôn nhân cho thanh niên.");
  });

  it("cuts a long sentence down to the clause that names the measure", () => {
    const long = `Tăng cường ${"công tác phối hợp giữa các ngành, ".repeat(8)}đặc biệt; triển khai tầm soát, chẩn đoán trước sinh và sơ sinh tại trạm y tế; ${"củng cố mạng lưới, ".repeat(10)}.`;
    const s = levelOf(plan([long]), "sang-loc-truoc-sinh-so-sinh");
    expect(s.quotes[0].text).toBe("triển khai tầm soát, chẩn đoán trước sinh và sơ sinh tại trạm y tế");
  });

  it("leaves out terms first seen in a given source file (leave-one-out)", () => {
    const text = plan(["Tổ chức treo pano, áp phích tại nhà văn hóa thôn."]);
    expect(suggestMeasures(segment(text)).find((s) => s.id === "truyen-thong")!.level).toBe(2);
    const loo = suggestMeasures(segment(text), { exclude: "002_b2431d1a3166a6dd.txt" });
    expect(loo.find((s) => s.id === "truyen-thong")!.level).toBe(0);
  });
});
