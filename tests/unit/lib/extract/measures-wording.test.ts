/**
 * The measure rules on wording other than the codebook's: indicators with a number, synonyms, names
 * of hospital units, abbreviations, task tables, and the look-alike traps around them. Every sentence
 * here is written for these tests; none is taken from the seeds or from tests/fixtures/held-out/.
 */
import { describe, expect, it } from "vitest";
import { suggestMeasures } from "../../../../src/lib/extract/measures.ts";
import { segment } from "../../../../src/lib/extract/segment.ts";

/** A plan whose section II holds `tasks` (one bullet each), section III assigns `bodies`, and `rows` form an appendix table. */
function plan(tasks: string[], bodies: Record<string, string> = {}, rows: string[][] = []): string {
  return [
    "KẾ HOẠCH",
    "về công tác dân số",
    "",
    "I. MỤC ĐÍCH, YÊU CẦU",
    "- Nâng cao nhận thức về công tác dân số.",
    "II. NHIỆM VỤ, GIẢI PHÁP",
    ...tasks.map((t) => `- ${t}`),
    "III. TỔ CHỨC THỰC HIỆN",
    ...Object.entries(bodies).flatMap(([body, text], i) => [`${i + 1}. ${body}`, text]),
    ...(rows.length > 0
      ? [
          "",
          "PHỤ LỤC",
          "TT\tNội dung\tĐơn vị chủ trì\tĐơn vị phối hợp\tThời hạn",
          ...rows.map((r, i) => [i + 1, ...r].join("\t")),
        ]
      : []),
    "",
  ].join("\n");
}

const suggest = (text: string, id: string) => suggestMeasures(segment(text)).find((s) => s.id === id)!;
const level = (text: string, id: string) => suggest(text, id).level;

describe("suggestMeasures(segmented) on an indicator and a number", () => {
  it("reads the average number of children and third births as fertility", () => {
    expect(
      level(plan(["Phấn đấu tổng số con bình quân của phụ nữ 15 - 49 tuổi ở mức 2,0 con."]), "muc-sinh-thay-the"),
    ).toBeGreaterThan(0);
    expect(
      level(plan(["Giảm tỷ lệ sinh con thứ ba trở lên xuống dưới 12% trong toàn huyện."]), "muc-sinh-thay-the"),
    ).toBeGreaterThan(0);
  });

  it("reads the number of boys per 100 girls as the sex ratio at birth", () => {
    expect(
      level(plan(["Khống chế số trẻ trai/100 trẻ gái khi sinh ở mức 110."]), "mat-can-bang-gioi-tinh"),
    ).toBeGreaterThan(0);
  });

  it("reads a task on the sex of the foetus, however the verb is worded", () => {
    expect(
      level(
        plan(["Xử lý nghiêm cơ sở y tế tư nhân thông báo giới tính thai cho người mang thai."]),
        "mat-can-bang-gioi-tinh",
      ),
    ).toBe(2);
  });
});

describe("suggestMeasures(segmented) on synonyms and abbreviations", () => {
  it("reads counselling before the wedding as premarital health checks", () => {
    expect(
      level(plan(["Tổ chức tư vấn sức khỏe cho các cặp nam nữ trước khi cưới tại trạm y tế."]), "kham-tien-hon-nhan"),
    ).toBe(2);
    expect(level(plan(["Tư vấn cho thanh niên chuẩn bị lập gia đình về bệnh di truyền."]), "kham-tien-hon-nhan")).toBe(
      2,
    );
  });

  it("reads heel-prick blood and congenital defects as screening", () => {
    expect(
      level(
        plan(["Triển khai lấy mẫu máu gót chân cho trẻ trong vòng 72 giờ sau sinh."]),
        "sang-loc-truoc-sinh-so-sinh",
      ),
    ).toBe(2);
    expect(
      level(
        plan(["Phát hiện sớm dị tật bẩm sinh của thai nhi qua siêu âm tại bệnh viện huyện."]),
        "sang-loc-truoc-sinh-so-sinh",
      ),
    ).toBe(2);
  });

  it("reads child marriage and marriage within the lineage described in words", () => {
    expect(
      level(plan(["Ngăn chặn tình trạng lấy vợ, lấy chồng khi chưa đủ tuổi ở các bản vùng cao."]), "tao-hon-can-huyet"),
    ).toBeGreaterThan(0);
    expect(
      level(plan(["Vận động đồng bào không kết hôn giữa những người cùng dòng máu."]), "tao-hon-can-huyet"),
    ).toBeGreaterThan(0);
  });

  it("reads SKSS, BPTT, NCT and CSDL as the measures they abbreviate", () => {
    expect(level(plan(["Cung cấp BPTT miễn phí cho phụ nữ thuộc hộ nghèo."]), "suc-khoe-sinh-san")).toBe(2);
    expect(level(plan(["Khám sàng lọc SKSS cho nữ công nhân tại các khu công nghiệp."]), "suc-khoe-sinh-san")).toBe(2);
    expect(level(plan(["Lập hồ sơ quản lý sức khỏe cho NCT tại trạm y tế."]), "cham-soc-nguoi-cao-tuoi")).toBe(2);
    expect(
      level(plan(["Cập nhật thông tin vào CSDL dân cư của phường sau mỗi lần đăng ký cư trú."]), "du-lieu-dan-cu"),
    ).toBe(2);
  });

  it("reads a ward or training set apart for elderly patients as the geriatric network", () => {
    expect(
      level(plan(["Bố trí khu điều trị riêng cho người bệnh cao tuổi tại Trung tâm Y tế khu vực."]), "lao-khoa"),
    ).toBe(2);
    expect(level(plan(["Cử điều dưỡng đi học chuyên sâu về chăm sóc, điều trị cho người cao tuổi."]), "lao-khoa")).toBe(
      2,
    );
  });

  it("gives 2 to a channel of communication with no other verb", () => {
    expect(
      level(plan(["Phát tờ rơi, treo băng rôn tại chợ phiên về lợi ích của việc sinh đủ hai con."]), "truyen-thong"),
    ).toBe(2);
  });

  it("reads population records changing as population data", () => {
    const s = suggest(
      plan([], { "Công an xã": "Cập nhật biến động nhân khẩu vào hệ thống quản lý hằng tháng." }),
      "du-lieu-dan-cu",
    );
    expect(s.level).toBe(3);
  });
});

describe("suggestMeasures(segmented) on bodies and deadlines", () => {
  it("gives 3 to a task row whose cells name the body and a quarter, a year or a period", () => {
    const text = plan([], {}, [
      ["Tập huấn cho cộng tác viên dân số về ghi chép sổ sách", "Trung tâm Y tế", "Trạm Y tế các xã", "Quý III/2026"],
      ["Mở lớp bồi dưỡng chuyên khoa lão cho bác sĩ tuyến huyện", "Sở Y tế", "Bệnh viện tỉnh", "Năm 2027"],
      ["Nhân rộng mô hình phòng chống tảo hôn", "Phòng Dân tộc", "Hội Phụ nữ", "2026 - 2030"],
    ]);
    expect(level(text, "to-chuc-bo-may")).toBe(3);
    expect(level(text, "lao-khoa")).toBe(3);
    expect(level(text, "tao-hon-can-huyet")).toBe(3);
    expect(suggest(text, "to-chuc-bo-may").quotes[0].text).toContain("Quý III/2026");
  });

  it("counts a hospital department, a school role or a broadcaster as the responsible body", () => {
    expect(
      level(plan(["Khoa Sản tư vấn biện pháp tránh thai cho 100% sản phụ trước khi xuất viện."]), "suc-khoe-sinh-san"),
    ).toBe(3);
    expect(
      level(
        plan([
          "Giáo viên chủ nhiệm lồng ghép kiến thức về sức khỏe sinh sản vào tiết sinh hoạt lớp mỗi tháng một lần.",
        ]),
        "giao-duc-truong-hoc",
      ),
    ).toBe(3);
    expect(level(plan(["Đài Phát thanh xã phát bản tin dân số 04 kỳ/tháng."]), "truyen-thong")).toBe(3);
    expect(level(plan(["Phó Hiệu trưởng sơ kết việc thực hiện vào cuối học kỳ II."]), "kiem-tra-giam-sat")).toBe(3);
  });

  it("counts a report to a named superior before a date as monitoring with a deadline", () => {
    const s = suggest(
      plan([], { "Trung tâm Y tế": "Tổng hợp, báo cáo Ủy ban nhân dân huyện trước ngày 05/12 hằng năm." }),
      "kiem-tra-giam-sat",
    );
    expect(s.level).toBe(3);
  });

  it("does not take the body a task works on for the body that does it", () => {
    expect(
      level(plan(["Kiện toàn Ban Chỉ đạo dân số xã; bảo đảm 100% thôn có cộng tác viên dân số."]), "to-chuc-bo-may"),
    ).toBe(2);
  });

  it("does not read the yearly budget as a deadline, but reads a sum and a date", () => {
    expect(
      level(plan([], { "Phòng Tài chính": "Bố trí kinh phí cho công tác dân số trong dự toán hằng năm." }), "kinh-phi"),
    ).toBe(2);
    expect(level(plan(["Sở Tài chính bố trí 500 triệu đồng cho mô hình trước ngày 30/6/2026."]), "kinh-phi")).toBe(3);
  });

  it("reads naming the source of the money as a concrete arrangement", () => {
    expect(level(plan(["Chi phí in tài liệu được chi từ nguồn kinh phí sự nghiệp của đơn vị."]), "kinh-phi")).toBe(2);
  });

  it("reads putting population targets into the resolution of a party cell as leadership", () => {
    expect(
      level(
        plan(["Các chi bộ đưa chỉ tiêu về công tác dân số vào nghị quyết hằng năm của chi bộ."]),
        "lanh-dao-chi-dao",
      ),
    ).toBe(3);
  });
});

describe("suggestMeasures(segmented) on look-alike traps", () => {
  it("does not read the association of older people at work as care for older people", () => {
    expect(level(plan(["Chi hội Người cao tuổi tham gia tổ tự quản an ninh thôn."]), "cham-soc-nguoi-cao-tuoi")).toBe(
      0,
    );
    expect(level(plan(["Mời Hội Người cao tuổi phường tham dự hội nghị sơ kết."]), "cham-soc-nguoi-cao-tuoi")).toBe(0);
  });

  it("does not read data of another kind as population data", () => {
    expect(level(plan(["Cập nhật cơ sở dữ liệu hộ nghèo và dữ liệu đất đai tại khu dân cư."]), "du-lieu-dan-cu")).toBe(
      0,
    );
    expect(level(plan(["Liên thông dữ liệu khám chữa bệnh với hệ thống giám định bảo hiểm."]), "du-lieu-dan-cu")).toBe(
      0,
    );
    expect(level(plan(["Thống kê số học sinh bỏ học theo từng khu dân cư."]), "du-lieu-dan-cu")).toBe(0);
  });

  it("does not read students on a work placement as population education", () => {
    expect(
      level(plan(["Tiếp nhận sinh viên ngành điều dưỡng thực tập, giáo dục kỹ năng nghề."]), "giao-duc-truong-hoc"),
    ).toBe(0);
  });

  it("gives 1 to a measure that is only counted in a report", () => {
    const text = plan([], {
      "Phòng Kế hoạch": "Tổng hợp số liệu khám sức khỏe tiền hôn nhân, báo cáo Sở Y tế trước ngày 25 hằng tháng.",
    });
    expect(suggest(text, "kham-tien-hon-nhan")).toMatchObject({ level: 1, reason: "chu-de-bao-cao" });
    expect(level(text, "kiem-tra-giam-sat")).toBe(3);
  });

  it("does not read an agency named after family planning as family-planning work", () => {
    expect(level(plan(["Trung tâm DS-KHHGĐ huyện tham mưu tổ chức hội nghị."]), "suc-khoe-sinh-san")).toBe(0);
  });

  it("does not read a football tournament as physical stature", () => {
    expect(level(plan(["Tổ chức giải bóng đá thiếu niên nhân dịp hè."]), "tam-voc-the-luc")).toBe(0);
  });
});
