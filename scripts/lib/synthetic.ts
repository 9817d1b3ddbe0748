import type { Measure } from "../../src/schemas/codebook.ts";
import type { Province } from "../../src/schemas/locality.ts";
import { sentencePool, syntheticText } from "./synthetic-text.ts";

/** A small deterministic PRNG (mulberry32), so generated corpora are the same on every run. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** One generated plan: its file name, markdown and source text. */
export interface SyntheticPlan {
  slug: string;
  markdown: string;
  sourceName: string;
  source: string;
}

interface Node {
  number: string;
  issuer: string;
  date: string;
  issuerLevel: string;
  province: string;
}

const LEVELS = ["tinh", "huyen", "xa", "don-vi"] as const;
const KINDS = ["party", "government", "unit"] as const;
const ROOTS: Node[] = [
  {
    number: "21-NQ/TW",
    issuer: "Ban Chấp hành Trung ương Đảng khóa XII",
    date: "2017-10-25",
    issuerLevel: "trung-uong",
    province: "",
  },
  { number: "149-KL/TW", issuer: "Bộ Chính trị", date: "2025-04-10", issuerLevel: "trung-uong", province: "" },
];

const pad = (n: number) => String(n).padStart(2, "0");
const q = (s: string) => JSON.stringify(s);

/**
 * Generates `count` synthetic plans over real provinces and measures: varied levels, issuers, dates
 * and lineage (each plan carries out an earlier plan of a higher level in its province, or a national
 * document). Every quote is a sentence of the plan's own generated source text, so the corpus passes
 * `npm run check`.
 */
export function generatePlans(
  count: number,
  measures: Measure[],
  provinces: Province[],
  seed = 1,
  options: { sharedText?: boolean } = {},
): SyntheticPlan[] {
  const random = rng(seed);
  // With sharedText, each source also carries sentences of a shared pool and its own (text reuse).
  const pool = options.sharedText ? sentencePool(400, seed + 6) : undefined;
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)];
  // Earlier plans by province, in order: the candidates for a parent are looked up in one province's
  // list, not in every plan so far (100,000 plans in seconds; the same plans as a scan of all).
  const byProvince = new Map<string, Node[]>();
  const out: SyntheticPlan[] = [];
  for (let i = 0; i < count; i++) {
    const province = pick(provinces);
    const level = pick(LEVELS);
    const kind = level === "don-vi" ? "unit" : pick(KINDS.slice(0, 2));
    const year = 2018 + Math.floor(random() * 8);
    const date = `${year}-${pad(1 + Math.floor(random() * 12))}-${pad(1 + Math.floor(random() * 28))}`;
    const issuer = `${kind === "party" ? "Ban Thường vụ Đảng ủy" : kind === "government" ? "Ủy ban nhân dân" : "Đảng ủy Trường"} mẫu ${i} ${province.name}`;
    const number = `${1000 + i}-KH/TH${i}`;
    const earlier = byProvince.get(province.slug) ?? [];
    const candidates = earlier.filter(
      (n) => n.date <= date && LEVELS.indexOf(n.issuerLevel as never) < LEVELS.indexOf(level),
    );
    const parent =
      candidates.length > 0 && random() < 0.7 ? pick(candidates) : date >= "2025-04-10" ? ROOTS[1] : ROOTS[0];
    const node: Node = { number, issuer, date, issuerLevel: level, province: province.slug };
    earlier.push(node);
    byProvince.set(province.slug, earlier);

    const sentences: string[] = [
      `KẾ HOẠCH số ${number} của ${issuer}.`,
      `Thực hiện văn bản số ${parent.number} của ${parent.issuer}.`,
      "II. NHIỆM VỤ, GIẢI PHÁP",
    ];
    const codings: string[] = [];
    for (const m of measures) {
      const lvl = random() < 0.45 ? 0 : 1 + Math.floor(random() * 3);
      if (lvl === 0) {
        codings.push(`  ${m.id}:\n    level: 0\n    quotes: []`);
        continue;
      }
      const sentence = `Về ${m.name.toLowerCase()}, đơn vị thực hiện nhiệm vụ mẫu số ${i}-${m.id} ở mức ${lvl}.`;
      sentences.push(sentence);
      // A made-up sentence need not use the measure's own words: the note says so to the check.
      codings.push(
        `  ${m.id}:\n    level: ${lvl}\n    quotes:\n      - text: ${q(sentence)}\n        section: "II"\n    note: "Câu mẫu do máy sinh."`,
      );
    }
    const slug = `ke-hoach-mau-${String(i).padStart(5, "0")}`;
    const sourceName = `${slug}.txt`;
    const markdown = [
      "---",
      `title: ${q(`Kế hoạch mẫu ${i} thực hiện công tác dân số tại ${province.name}`)}`,
      `shortTitle: ${q(`KH mẫu ${number}`)}`,
      "docType: ke-hoach",
      `number: ${q(number)}`,
      "issued:",
      `  date: ${q(date)}`,
      `issuer: ${q(issuer)}`,
      `issuerShort: ${q(`Mẫu ${i}`)}`,
      `issuerKind: ${kind}`,
      `issuerLevel: ${level}`,
      "locality:",
      `  province: ${province.slug}`,
      "signer: null",
      `source: ${q(sourceName)}`,
      "references:",
      "  - relation: thuc-hien",
      `    docType: ${parent.issuerLevel === "trung-uong" ? (parent.number.includes("NQ") ? "nghi-quyet" : "ket-luan") : "ke-hoach"}`,
      `    number: ${q(parent.number)}`,
      `    issuer: ${q(parent.issuer)}`,
      `    date: ${q(parent.date)}`,
      "    stated: true",
      "measures:",
      ...codings,
      "---",
      `Kế hoạch mẫu do máy sinh ra để đo tốc độ dựng trang. ${"Nội dung tóm tắt giả lập về công tác dân số ở địa phương. ".repeat(14)}`,
      "",
    ].join("\n");
    const extra = pool ? syntheticText(i, random, { pool }) : "";
    out.push({ slug, markdown, sourceName, source: sentences.join("\n\n") + "\n" + extra });
  }
  return out;
}
