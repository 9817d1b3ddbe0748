/**
 * The words that name each measure of the codebook, and the traps around them. Patterns are written
 * in Vietnamese and folded (diacritics, tone placement and case ignored; a space matches any run of
 * whitespace). Most come from the codebook's own wording (data/codebook.yaml) and from the standard
 * phrasing of NQ 21-NQ/TW and KL 149-KL/TW that local plans copy. A term first met in one of the
 * seed plans says so in `seen` (its source file), so `npm run evaluate` can leave it out when it scores
 * that plan (leave-one-out).
 */

/** One phrase that names a measure. */
export interface TermSpec {
  /** Folded pattern (see `rx`). */
  p: string;
  /** Highest level this phrase alone can support (e.g. "dân số và phát triển" is only ever general). */
  max?: 1 | 2;
  /** The phrase is itself an activity ("kiểm tra", "khám sức khỏe"): no other verb is needed for level 2. */
  action?: boolean;
  /** A broad phrase: its hits never count as a strong suggestion in `npm run check`. */
  weak?: boolean;
  /** Source files of seed plans this phrase was first seen in (for leave-one-out evaluation). */
  seen?: string[];
}

/** The rules of one measure. */
export interface MeasureRuleSpec {
  terms: TermSpec[];
  /** Phrases that contain a term but mean something else: a hit inside one of them is dropped. */
  exclude?: string[];
  /** The measure is communication or education itself, so being a topic of it does not lower the level. */
  commIsSubject?: boolean;
  /**
   * "hằng năm", "hằng quý" are the cycle of the task, not a deadline: a budget is set every year, so a
   * body that "bố trí kinh phí hằng năm" has neither a sum nor a date (level 2, as CONTRIBUTING codes it).
   */
  cycleIsNotDeadline?: boolean;
}

const S000 = "000_cd77cdfbc3746b4f.txt";
const S001 = "001_b368ce98373cf845.txt";
const S002 = "002_b2431d1a3166a6dd.txt";
const S003 = "003_57fadb268a6597fd.txt";
const S004 = "004_3ffa52f7620d424a.txt";

/** Rules by measure id. A measure of the codebook without rules is never suggested. */
export const MEASURE_RULES: Record<string, MeasureRuleSpec> = {
  "lanh-dao-chi-dao": {
    commIsSubject: true,
    terms: [
      { p: "quán triệt", action: true },
      { p: "lãnh đạo, chỉ đạo", weak: true },
      { p: "sự lãnh đạo của (đảng|cấp ủy|các cấp ủy)", weak: true },
      { p: "đưa (các )?(nội dung|chỉ tiêu)( công tác)? dân số vào", action: true },
      // "đưa các chỉ tiêu về dân số vào nghị quyết", "đưa nội dung này vào chương trình sinh hoạt chi bộ".
      {
        p: "đưa (các |những )?(nội dung|chỉ tiêu|mục tiêu)[^.;]{0,30} vào (các )?(nghị quyết|chương trình (công tác|hành động|sinh hoạt)|sinh hoạt)",
        action: true,
      },
      { p: "xây dựng (chương trình, )?kế hoạch (triển khai|thực hiện|cụ thể|hành động)", action: true },
      { p: "sinh hoạt chuyên đề về (công tác )?dân số", action: true },
      { p: "người đứng đầu", weak: true },
    ],
  },
  "long-ghep-phat-trien": {
    terms: [
      { p: "lồng ghép (các )?yếu tố dân số", action: true },
      { p: "yếu tố dân số vào" },
      // The indicator put into the development plan: "đưa các chỉ tiêu dân số vào … kế hoạch phát triển kinh tế - xã hội".
      { p: "(chỉ tiêu|nội dung|yếu tố)( về)? dân số vào[^.;]{0,80}phát triển kinh tế - xã hội", action: true },
      { p: "gắn (công tác |yếu tố )?dân số với", seen: [S002] },
      { p: "dân số (trở thành|là) [^.;]{0,50}phát triển kinh tế - xã hội", max: 1, seen: [S002] },
      { p: "cơ cấu dân số vàng" },
      { p: "(tạo|giải quyết) việc làm|chương trình (đào tạo )?việc làm|thất nghiệp" },
      { p: "dân số và phát triển", max: 1, weak: true },
    ],
    exclude: ["ban chỉ đạo( công tác)? dân số và phát triển", "cơ quan thường trực ban chỉ đạo"],
  },
  "to-chuc-bo-may": {
    terms: [
      { p: "(tổ chức )?bộ máy (làm công tác )?dân số" },
      { p: "củng cố tổ chức bộ máy", action: true },
      { p: "ban chỉ đạo (công tác )?dân số" },
      { p: "đội ngũ (cán bộ|cộng tác viên)( làm công tác)? dân số" },
      { p: "cán bộ (làm công tác )?dân số" },
      { p: "cộng tác viên dân số" },
      { p: "ban chỉ đạo (công tác )?(ds-khhgđ|dân số - kế hoạch hóa gia đình)" },
      { p: "(viên chức|công chức|cán bộ) (phụ trách|chuyên trách)( công tác)? dân số" },
      { p: "phối hợp liên ngành", weak: true },
      { p: "kiện toàn", action: true },
    ],
    exclude: ["cơ quan thường trực ban chỉ đạo", "thông qua sở y tế"],
  },
  "muc-sinh-thay-the": {
    terms: [
      { p: "mức sinh thay thế" },
      { p: "(mỗi|các) cặp vợ chồng nên có (2|hai) con" },
      { p: "sinh đủ (2|hai) con" },
      { p: "(điều chỉnh|ổn định|duy trì|nâng) mức sinh" },
      { p: "giảm sinh" },
      { p: "tổng tỷ suất sinh|tổng tỉ suất sinh" },
      // The indicator named in words: "số con trung bình của một phụ nữ", "sinh con thứ 3 trở lên".
      { p: "số con (bình quân|trung bình)" },
      { p: "sinh con thứ (3|ba)( trở lên)?" },
      { p: "mức sinh( (thấp|cao|còn cao|hợp lý|chưa ổn định))?" },
      { p: "(sinh|có|dừng lại ở) (ít|một hoặc hai|1 hoặc 2|một đến hai|1-2|1 - 2) con" },
    ],
  },
  "ho-tro-sinh-con": {
    terms: [
      { p: "(hỗ trợ|trợ cấp|khuyến khích)[^.;]{0,60}sinh (con|đủ)" },
      { p: "sinh con và nuôi con" },
      { p: "nuôi con nhỏ" },
    ],
  },
  "mat-can-bang-gioi-tinh": {
    terms: [
      { p: "mất cân bằng giới tính( khi sinh)?" },
      { p: "tỷ số giới tính khi sinh|tỉ số giới tính khi sinh" },
      { p: "(lựa chọn|chọn lựa|chẩn đoán) giới tính thai nhi" },
      { p: "giới tính khi sinh" },
      // Any act on the sex of the foetus ("tiết lộ", "xác định", "chọn lựa") and the ratio written out.
      { p: "giới tính (của )?thai( nhi)?" },
      { p: "(bé|trẻ|cháu) trai[^.;]{0,20}(trên |/\\s*)100 (bé|trẻ|cháu) gái" },
    ],
  },
  "suc-khoe-sinh-san": {
    terms: [
      { p: "sức khỏe sinh sản" },
      { p: "kế hoạch hóa gia đình", weak: true },
      { p: "biện pháp tránh thai" },
      { p: "sức khỏe bà mẹ|bà mẹ, trẻ em|làm mẹ an toàn" },
      { p: "phá thai|mang thai ngoài ý muốn" },
      // Synonyms and the abbreviations plans use: SKSS, KHHGĐ, BPTT, "phương tiện tránh thai".
      { p: "(phương tiện|dịch vụ|thuốc|vòng) tránh thai|tránh thai" },
      { p: "skss|bptt" },
      { p: "khhgđ", weak: true },
      { p: "khám thai|chăm sóc (trước|sau) sinh|sinh con tại cơ sở y tế|sản phụ" },
    ],
    exclude: [
      "từ[^.;]{0,40}kế hoạch hóa gia đình sang",
      "ban chỉ đạo (công tác )?dân số - kế hoạch hóa gia đình",
      "dân số - kế hoạch hóa gia đình sang",
      // An agency or a field named after family planning is not a family-planning service.
      "(ban chỉ đạo|trung tâm|chi cục|cục|phòng|công tác|cán bộ)( công tác)? (ds-khhgđ|dân số - khhgđ|dân số - kế hoạch hóa gia đình)",
      "(kho )?dữ liệu[^.;]{0,30}(ds-khhgđ|dân số - khhgđ|khhgđ)",
    ],
  },
  "kham-tien-hon-nhan": {
    terms: [
      { p: "tiền hôn nhân" },
      { p: "trước khi kết hôn" },
      { p: "(chuẩn bị|sắp) kết hôn", weak: true, seen: [S002] },
      { p: "trước hôn nhân" },
      { p: "(chuẩn bị|sắp|trước khi) (lập gia đình|xây dựng gia đình|lấy vợ|lấy chồng|cưới)" },
    ],
  },
  "sang-loc-truoc-sinh-so-sinh": {
    terms: [
      { p: "sàng lọc (trước sinh|sơ sinh)", action: true },
      { p: "tầm soát", action: true },
      { p: "chẩn đoán[^.;]{0,30}trước sinh", action: true },
      { p: "trước sinh,? (và )?sơ sinh" },
      // What is screened and how, without the word "sàng lọc trước sinh": heel-prick blood, congenital diseases.
      { p: "máu gót chân", action: true },
      { p: "(sàng lọc|tầm soát|phát hiện sớm)[^.;]{0,40}(bệnh|tật|dị tật)[^.;]{0,20}bẩm sinh", action: true },
      { p: "siêu âm hình thái", action: true },
    ],
  },
  "tao-hon-can-huyet": {
    terms: [
      { p: "tảo hôn" },
      { p: "cận huyết( thống)?" },
      // The practice described rather than named: marrying young or within the family line.
      { p: "kết hôn sớm|(kết hôn|lấy vợ|lấy chồng|cưới)[^.;]{0,30}(chưa đủ tuổi|dưới tuổi)" },
      { p: "(người )?(trong|cùng) (một )?(dòng )?họ lấy nhau|kết hôn[^.;]{0,20}cùng dòng máu" },
    ],
  },
  "tam-voc-the-luc": {
    terms: [
      { p: "tầm vóc" },
      { p: "thể lực" },
      { p: "rèn luyện thể chất" },
      { p: "giáo dục thể chất", seen: [S001] },
      { p: "chiều cao" },
      { p: "(suy )?dinh dưỡng|thấp còi|sữa học đường" },
      { p: "tuổi thọ" },
      { p: "(số năm )?sống khỏe mạnh" },
      { p: "vi chất( dinh dưỡng)?|rèn luyện thân thể|cân nặng" },
    ],
  },
  "cham-soc-nguoi-cao-tuoi": {
    terms: [
      { p: "người (bệnh )?cao tuổi" },
      { p: "già hóa dân số" },
      { p: "nct" },
      { p: "người (bệnh )?(từ )?(đủ )?(60|65|70|75|80) tuổi trở lên" },
      { p: "(câu lạc bộ|clb) liên thế hệ|mừng thọ|chúc thọ" },
    ],
    // The association of older people acting (hòa giải, tuyên truyền, dự lễ) is not care for older people.
    exclude: ["(chi )?hội người cao tuổi"],
  },
  "lao-khoa": {
    terms: [
      { p: "lão khoa" },
      { p: "khoa lão" },
      { p: "lão học" },
      // A ward, beds or staff set apart for elderly patients is the geriatric network under another name.
      {
        p: "(giường|buồng|khoa|phòng khám|cơ sở|khu)( bệnh| điều trị| khám)?[^.;]{0,30}(dành riêng|chuyên biệt|riêng)( cho)? người (bệnh )?cao tuổi",
        action: true,
      },
      {
        p: "(chuyên sâu|chuyên khoa)( về)?[^.;]{0,20}(bệnh|điều trị)( của| cho)? người (bệnh )?cao tuổi",
        action: true,
      },
    ],
  },
  "truyen-thong": {
    commIsSubject: true,
    terms: [
      // A channel is a concrete form of communication (codebook, level 2): no other verb is needed.
      { p: "truyền thông (số|xã hội|đại chúng|hiện đại)", action: true },
      { p: "mạng xã hội|trang (thông )?tin điện tử|internet", action: true },
      { p: "báo chí|phát thanh|truyền thanh|truyền hình|loa", action: true },
      { p: "chuyên mục|chuyên trang|phóng sự", action: true },
      { p: "chiến dịch truyền thông", action: true },
      { p: "pano|áp phích|băng rôn|khẩu hiệu|tờ rơi", action: true, seen: [S002] },
      { p: "zalo|facebook|youtube", action: true, seen: [S002] },
      { p: "fanpage|tiktok|màn hình (led|điện tử)|tin, bài", action: true },
      { p: "báo cáo viên", seen: [S004] },
      { p: "tuyên truyền|truyền thông|vận động", max: 1, weak: true },
    ],
  },
  "giao-duc-truong-hoc": {
    commIsSubject: true,
    terms: [
      { p: "giáo dục (về )?(dân số|sức khỏe sinh sản|giới tính|kỹ năng sống)" },
      { p: "kỹ năng sống" },
      { p: "ngoại khóa" },
      { p: "(nội dung|kiến thức) (về )?dân số vào[^.;]{0,40}(giáo dục|trường|học)", seen: [S002] },
      { p: "(học sinh|sinh viên)[^.;]{0,80}(giáo dục|kỹ năng|ngoại khóa)", weak: true },
      { p: "hssv[^.;]{0,80}(giáo dục|kỹ năng|ngoại khóa)", weak: true, seen: [S000] },
      // School activities that carry the content, named as schools name them.
      { p: "hoạt động trải nghiệm|sinh hoạt (dưới cờ|lớp|đầu tuần)|giờ chào cờ|tiết (học|sinh hoạt)" },
      {
        p: "(nội dung|kiến thức)[^.;]{0,60} vào[^.;]{0,20}(môn học|bài giảng|bài học|chương trình (học|giảng dạy|giáo dục|chính khóa))",
      },
    ],
    exclude: ["(học sinh|sinh viên|hssv)[^.;]{0,30}thực tập"],
  },
  "dong-bao-dan-toc": {
    terms: [
      { p: "đồng bào (các )?dân tộc" },
      { p: "dân tộc thiểu số" },
      { p: "dân tộc rất ít người" },
      { p: "miền núi" },
      { p: "vùng sâu,? vùng xa" },
      { p: "vùng (có điều kiện kinh tế[ -]*xã hội )?đặc biệt khó khăn" },
      // Words of ethnic-minority work: prestigious people, village elders, bilingual or local-language material.
      { p: "người có uy tín|già làng|song ngữ|tiếng (dân tộc|mẹ đẻ)" },
      {
        p: "đồng bào (mông|dao|thái|tày|nùng|ê đê|ê-đê|jrai|gia rai|bahnar|ba na|khmer|chăm|bru|vân kiều|chứt|giáy|hà nhì)",
      },
    ],
  },
  "du-lieu-dan-cu": {
    terms: [
      { p: "cơ sở dữ liệu (quốc gia )?(về )?(dân cư|dân số)" },
      { p: "dữ liệu (về )?(dân cư|dân số)" },
      { p: "dữ liệu về con người", seen: [S003] },
      { p: "thống kê dân số|số liệu dân số|thông tin thống kê dân số" },
      { p: "hệ thống thông tin (chuyên ngành |quản lý )?(dân số|dân cư)" },
      { p: "quản lý dân cư" },
      // The store named otherwise (kho dữ liệu, CSDL, phần mềm) and the events it records (biến động dân cư).
      {
        p: "(kho dữ liệu|csdl|phần mềm|hệ thống thông tin)( điện tử)?( chuyên ngành)?( quốc gia)?( về)? (dân cư|dân số)",
      },
      { p: "biến động (dân cư|dân số|nhân khẩu)" },
    ],
    // Data of another kind kept by the same offices: land, poor households, patients, pupils.
    exclude: ["(khu|cộng đồng|nhóm|điểm) dân cư"],
  },
  "chuong-trinh-mtqg": {
    terms: [{ p: "chương trình mục tiêu quốc gia[^.;]{0,60}(dân số|chăm sóc sức khỏe)" }],
  },
  "kinh-phi": {
    terms: [
      { p: "kinh phí" },
      { p: "ngân sách" },
      { p: "nguồn vốn" },
      { p: "nguồn lực", weak: true },
      { p: "xã hội hóa", weak: true },
      // Naming where the money comes from is a concrete arrangement (codebook, level 2).
      { p: "(từ|bằng) (các )?nguồn (kinh phí|ngân sách|thu)", action: true },
      { p: "\\d+([.,]\\d+)? (triệu|tỷ) đồng" },
    ],
    exclude: ["luật ngân sách nhà nước", "khả năng cân đối ngân sách"],
    cycleIsNotDeadline: true,
  },
  "kiem-tra-giam-sat": {
    commIsSubject: true,
    terms: [
      { p: "kiểm tra", action: true },
      { p: "giám sát", action: true },
      { p: "sơ kết|tổng kết", action: true },
      { p: "báo cáo (kết quả|định kỳ|giám sát|theo dõi)", action: true },
      { p: "định kỳ[^.;]{0,40}báo cáo", action: true },
      { p: "chế độ báo cáo", action: true },
      { p: "theo dõi, đôn đốc", action: true },
      // A report sent to a named superior ("báo cáo Ủy ban nhân dân tỉnh", "báo cáo về Sở Y tế").
      {
        p: "báo cáo (kết quả )?(về )?(ủy ban|ubnd|sở|bộ|ban|đảng ủy|huyện ủy|tỉnh ủy|thành ủy|cấp ủy|chi cục|phòng|trung tâm|hđnd|hội đồng|hiệu trưởng|phó hiệu trưởng|giám đốc)",
        action: true,
      },
      { p: "theo dõi (việc )?(thực hiện|triển khai)|đánh giá (kết quả|việc thực hiện)", action: true },
    ],
    exclude: ["ủy ban kiểm tra", "sàng lọc, kiểm tra sức khỏe"],
  },
};
