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
      { p: "xây dựng (chương trình, )?kế hoạch (triển khai|thực hiện)", action: true },
      { p: "người đứng đầu", weak: true },
    ],
  },
  "long-ghep-phat-trien": {
    terms: [
      { p: "lồng ghép (các )?yếu tố dân số", action: true },
      { p: "yếu tố dân số vào" },
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
    ],
  },
  "suc-khoe-sinh-san": {
    terms: [
      { p: "sức khỏe sinh sản" },
      { p: "kế hoạch hóa gia đình", weak: true },
      { p: "biện pháp tránh thai" },
      { p: "sức khỏe bà mẹ|bà mẹ, trẻ em|làm mẹ an toàn" },
      { p: "phá thai|mang thai ngoài ý muốn" },
    ],
    exclude: [
      "từ[^.;]{0,40}kế hoạch hóa gia đình sang",
      "ban chỉ đạo (công tác )?dân số - kế hoạch hóa gia đình",
      "dân số - kế hoạch hóa gia đình sang",
    ],
  },
  "kham-tien-hon-nhan": {
    terms: [
      { p: "tiền hôn nhân" },
      { p: "trước khi kết hôn" },
      { p: "(chuẩn bị|sắp) kết hôn", weak: true, seen: [S002] },
    ],
  },
  "sang-loc-truoc-sinh-so-sinh": {
    terms: [
      { p: "sàng lọc (trước sinh|sơ sinh)", action: true },
      { p: "tầm soát", action: true },
      { p: "chẩn đoán[^.;]{0,30}trước sinh", action: true },
      { p: "trước sinh,? (và )?sơ sinh" },
    ],
  },
  "tao-hon-can-huyet": {
    terms: [{ p: "tảo hôn" }, { p: "cận huyết( thống)?" }],
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
    ],
  },
  "cham-soc-nguoi-cao-tuoi": {
    terms: [{ p: "người cao tuổi" }, { p: "già hóa dân số" }],
  },
  "lao-khoa": {
    terms: [{ p: "lão khoa" }, { p: "khoa lão" }],
  },
  "truyen-thong": {
    commIsSubject: true,
    terms: [
      { p: "truyền thông (số|xã hội|đại chúng|hiện đại)" },
      { p: "mạng xã hội|trang (thông )?tin điện tử|internet" },
      { p: "báo chí|phát thanh|truyền thanh|truyền hình|loa" },
      { p: "chuyên mục|chuyên trang|phóng sự" },
      { p: "chiến dịch truyền thông" },
      { p: "pano|áp phích|băng rôn|khẩu hiệu|tờ rơi", seen: [S002] },
      { p: "zalo|facebook|youtube", seen: [S002] },
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
    ],
  },
  "dong-bao-dan-toc": {
    terms: [
      { p: "đồng bào (các )?dân tộc" },
      { p: "dân tộc thiểu số" },
      { p: "dân tộc rất ít người" },
      { p: "miền núi" },
      { p: "vùng sâu,? vùng xa" },
      { p: "vùng (có điều kiện kinh tế[ -]*xã hội )?đặc biệt khó khăn" },
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
    ],
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
    ],
    exclude: ["luật ngân sách nhà nước", "khả năng cân đối ngân sách"],
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
    ],
    exclude: ["ủy ban kiểm tra", "sàng lọc, kiểm tra sức khỏe"],
  },
};
