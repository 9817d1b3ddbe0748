/**
 * Synthetic source texts for the text-reuse benchmark and `generate-synthetic --shared-text`: each text
 * mixes sentences of a shared pool (the wording plans copy from the directive and from each other,
 * now and then with one word changed) with sentences of its own, and opens with the full name of the
 * document it carries out (a citation). Deterministic for a seed.
 */
import { rng } from "./synthetic.ts";

const LEADS = ["Đẩy mạnh", "Tăng cường", "Triển khai", "Nâng cao", "Bảo đảm", "Tiếp tục", "Chú trọng", "Đổi mới"];
const PHRASES = [
  "công tác dân số trong tình hình mới",
  "chăm sóc sức khỏe người cao tuổi",
  "phát triển mạng lưới chuyên ngành lão khoa",
  "duy trì vững chắc mức sinh thay thế",
  "kiểm soát tình trạng mất cân bằng giới tính khi sinh",
  "hoàn thiện cơ sở dữ liệu dân cư",
  "tuyên truyền vận động thay đổi hành vi",
  "sự lãnh đạo của các cấp ủy đảng",
  "vai trò của chính quyền địa phương",
  "nâng cao chất lượng dân số",
  "kiểm tra giám sát việc thực hiện",
  "sàng lọc trước sinh và sơ sinh",
  "tư vấn và khám sức khỏe trước khi kết hôn",
  "đội ngũ cộng tác viên dân số",
  "trạm y tế xã phường đặc khu",
  "giai đoạn 2026 đến 2030",
  "phối hợp liên ngành chặt chẽ",
  "báo cáo kết quả hằng năm",
  "bảo đảm nguồn lực cho chương trình",
  "toàn bộ hệ thống chính trị",
  "cán bộ đảng viên và nhân dân",
  "thích ứng với già hóa dân số",
];
const JOINS = ["và", "gắn với", "nhằm", "để", "đồng thời", "trong đó"];
const SWAPS: [string, string][] = [
  [" các ", " những "],
  [" và ", " cùng "],
  [" nâng cao ", " tăng cường "],
];

const SYLLABLES = [...new Set(PHRASES.flatMap((p) => p.split(" ")))];

/**
 * A sentence from `random`: 4–6 phrases for the pool, or, for a plan's own sentence, 20–30 syllables
 * in a random order naming the plan's own place, so that no run of 8 words recurs by chance.
 */
function sentence(random: () => number, own?: string): string {
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)];
  const parts = [pick(LEADS)];
  if (own) {
    const n = 20 + Math.floor(random() * 11);
    for (let k = 0; k < n; k++) parts.push(pick(SYLLABLES));
    parts.push(`tại ${own}`);
    return parts.join(" ") + ".";
  }
  const n = 4 + Math.floor(random() * 3);
  for (let k = 0; k < n; k++) {
    if (k > 0) parts.push(pick(JOINS));
    parts.push(pick(PHRASES));
  }
  return parts.join(" ") + ".";
}

/** The shared pool: `size` sentences, the same for every text of a seed. */
export function sentencePool(size: number, seed = 7): string[] {
  const random = rng(seed);
  return Array.from({ length: size }, () => sentence(random));
}

/** Options of `syntheticText`. */
export interface SyntheticTextOptions {
  pool: readonly string[];
  /** Pool sentences and own sentences per text. */
  shared?: number;
  own?: number;
}

/** The source text of synthetic plan `i`: a citation, pool sentences and own sentences, shuffled. */
export function syntheticText(i: number, random: () => number, options: SyntheticTextOptions): string {
  const { pool, shared = 14, own = 14 } = options;
  const lines: string[] = [
    `Thực hiện Kết luận số 149-KL/TW ngày 10/4/2025 của Bộ Chính trị về đẩy mạnh thực hiện Nghị quyết số 21-NQ/TW ngày 25/10/2017 của Hội nghị lần thứ sáu Ban Chấp hành Trung ương Đảng khóa XII về công tác dân số trong tình hình mới, đơn vị mẫu ${i} ban hành kế hoạch như sau:`,
  ];
  const body: string[] = [];
  for (let k = 0; k < shared; k++) {
    let s = pool[Math.floor(random() * pool.length)];
    if (random() < 0.1) {
      const [from, to] = SWAPS[Math.floor(random() * SWAPS.length)];
      s = s.replace(from, to);
    }
    body.push(s);
  }
  for (let k = 0; k < own; k++) body.push(sentence(random, `thôn ${i}.${k}`));
  for (let k = body.length - 1; k > 0; k--) {
    const j = Math.floor(random() * (k + 1));
    [body[k], body[j]] = [body[j], body[k]];
  }
  return [...lines, ...body].join("\n") + "\n";
}

/** `count` synthetic source texts over one pool (for the benchmark, never written to content). */
export function syntheticTexts(count: number, seed = 1, poolSize = 400): string[] {
  const pool = sentencePool(poolSize, seed + 6);
  const random = rng(seed);
  return Array.from({ length: count }, (_, i) => syntheticText(i, random, { pool }));
}
