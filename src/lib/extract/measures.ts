/**
 * Suggests a level for each codebook measure from a plan's text, with the quote that supports it.
 * Reading order for one hit: a general section (purpose, requirements) or the opening → level 1; the
 * measure named as the topic of communication ("tuyên truyền về … mất cân bằng giới tính") → 1;
 * a concrete task (an action verb before it, or a phrase that is itself an activity) → 2; a task whose
 * sentence or section also names a responsible body and a deadline, frequency or number → 3.
 */
import { MEASURE_RULES, type MeasureRuleSpec, type TermSpec } from "./measure-rules.ts";
import { pickQuote, sentenceAt, type Span } from "./quote.ts";
import type { Block, Segmented } from "./segment.ts";
import { foldSameLength, rx, stripSameLength } from "./text.ts";

/** Why a hit got its level, for the comment next to the suggestion. */
export type Reason = "chung" | "chu-de-truyen-thong" | "chu-de-bao-cao" | "muc-dich" | "nhiem-vu" | "co-quan-thoi-han";

/** One place where the text names a measure, with the level it supports. */
export interface MeasureHit {
  level: 1 | 2 | 3;
  reason: Reason;
  /** Verbatim quote (whitespace collapsed) and where it stands. */
  quote: { text: string; section: string };
  /** Offset of the hit in the source, to keep quotes in reading order. */
  at: number;
  /** From a broad phrase: not a strong suggestion. */
  weak: boolean;
}

/** The suggestion for one measure: the best level, its quotes (at most two), and every hit. */
export interface MeasureSuggestion {
  id: string;
  level: 0 | 1 | 2 | 3;
  reason?: Reason;
  quotes: { text: string; section: string }[];
  /** True when the best hit comes from a specific phrase, not a broad one. */
  strong: boolean;
  hits: MeasureHit[];
}

/** Options: leave out terms first seen in these source files (leave-one-out evaluation). */
export interface SuggestOptions {
  exclude?: string;
}

interface CompiledTerm extends TermSpec {
  /** Global, for matchAll. */
  re: RegExp;
  /** The same without the global flag, for test(). */
  once: RegExp;
}
interface CompiledRule {
  id: string;
  spec: MeasureRuleSpec;
  terms: CompiledTerm[];
  exclude: RegExp[];
}

const ruleCache = new Map<string, CompiledRule[]>();

function compile(exclude: string | undefined): CompiledRule[] {
  const key = exclude ?? "";
  let rules = ruleCache.get(key);
  if (!rules) {
    rules = Object.entries(MEASURE_RULES).map(([id, spec]) => ({
      id,
      spec,
      terms: spec.terms
        .filter((t) => !exclude || !t.seen?.includes(exclude))
        .map((t) => ({ ...t, re: rx(t.p), once: rx(t.p, "") })),
      exclude: (spec.exclude ?? []).map((p) => rx(p)),
    }));
    ruleCache.set(key, rules);
  }
  return rules;
}

const COMM = rx(
  "tuyên truyền|truyền thông|vận động|nhận thức|tọa đàm|hội nghị|chuyên đề|phổ biến|giáo dục|kiến thức|hệ lụy|lợi ích|thông điệp|diễn đàn|ngoại khóa|hội thi|chiến dịch",
  "",
);
const AUDIENCE = /(?:^|\s)(?:cho|den|toi|doi voi|o|tai|trong|vung|dia ban)(?:\s+(?:cac|nhung|moi))?\s*$/;
const COMM_G = new RegExp(COMM.source, "g");
const PURPOSE = rx("để|nhằm|góp phần");
/** "nhất là …", "đặc biệt là …": the phrase goes back to the main verb, not to the purpose. */
const FOCUS = rx("nhất là|đặc biệt( là)?|trong đó|kể cả", "");
const ACTION = rx(
  [
    "triển khai",
    "tổ chức(?! (đảng|đoàn thể|chính trị|cơ sở đảng|thành viên|xã hội|bộ máy))",
    "xây dựng",
    "củng cố",
    "phát triển (mạng lưới|mô hình|nhân lực|dịch vụ|các|hệ thống)",
    "kiện toàn",
    "lập (hồ sơ|sổ)",
    "bồi dưỡng",
    "tập huấn",
    "đào tạo",
    "ứng dụng",
    "cập nhật",
    "ban hành",
    "nghiên cứu",
    "rà soát",
    "bổ sung",
    "bố trí",
    "phân bổ",
    "mở rộng",
    "hoàn thiện",
    "hoàn thành",
    "kết nối",
    "thành lập",
    "lồng ghép",
    "đưa",
    "khám",
    "tư vấn",
    "cung cấp",
    "can thiệp",
    "tận dụng",
    "phối hợp",
    "chủ trì",
    "đẩy mạnh",
    "tăng cường",
    "huy động",
    "hỗ trợ",
    "xử lý",
    "bảo đảm|đảm bảo",
    "cụ thể hóa",
    "đổi mới",
    "thực hiện (việc|các)",
    "mở",
  ].join("|"),
);
const ACTION_AT_START = new RegExp(`^${ACTION.source}`);

/** Offset of the last match of a global `re` in `text`, or -1. */
function lastMatch(re: RegExp, text: string): number {
  let last = -1;
  for (const m of text.matchAll(re)) last = m.index;
  return last;
}

/** Sections that state aims, not tasks. */
const GENERAL_SECTION = /muc dich|yeu cau|quan diem|tinh hinh|ket qua thuc hien/;
/** A frequency: for most measures it counts as a deadline (CONTRIBUTING), for a budget it is its cycle. */
const FREQUENCY = /(?:hang|moi) (?:quy|nam|thang)|dinh ky \d+ thang|thang cuoi (?:moi )?quy/;
/** A date, a period to finish in, or a number to reach. */
const DUE =
  /truoc ngay|truoc \d{1,2}[/.-]\d{1,2}|\d+\s*%|\d+ (?:dot|bai|lan|bao cao|buoi|cuoc|lop|chuyen muc|tin|so|ky|tiet|giuong|bac si)\b|trong (?:thang|quy) \d|thang \d{1,2}[/.-]\d{4}|\bquy (?:i{1,3}|iv|[1-4])\b|\bnam (?:19|20)\d{2}\b|\b(?:19|20)\d{2} ?- ?(?:19|20)\d{2}\b|cuoi (?:hoc ky|nam hoc|nam|quy)|hoc ky (?:i{1,2}|[12])\b/;
const BODY_NAMED =
  /\b(?:S[oơ] [A-Z]|Phong [A-Z]|Tram [Yy] te|Ban (?:Tuyen giao|To chuc|Chi dao|Thuong vu|Dan van)|Van phong|Cong an|Trung tam [A-Z]|Benh vien|Doan [Tt]hanh nien|Hoi [A-Z]|Mat tran|UBND|UBMTTQ|Uy ban nhan dan|VPDU|VPTU|BCHDB|Bi thu|Khoa [A-Z]|Don nguyen|Chi cuc|Dai [A-Z]|Bao [A-Z]|Doan truong|(?:Pho )?Hieu truong|Giao vien chu nhiem|Nhan vien y te)/;
const BODY_GENERIC = /(?:cac|cap uy cac) chi bo|cac so, ban, nganh|chu tri|cac tram y te|cac to dan pho|ubnd cac xa/;

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

/** "tổng hợp số liệu …", "báo cáo kết quả …": what follows is what is counted, not a task of its own. */
const REPORTED = rx("(tổng hợp|thống kê|báo cáo) (các )?(số liệu|kết quả|tình hình|chỉ số)");
/** Verbs that are also the names of services ("khám tiền hôn nhân"), so they do not start a new task. */
const SERVICE_NOUN = /^(?:kham|tu van)/;

/** True when the hit is only the subject of statistics or a report ("tổng hợp số liệu sàng lọc …"). */
function onlyReported(before: string): boolean {
  const at = lastMatch(REPORTED, before);
  if (at < 0) return false;
  return [...before.slice(at).matchAll(ACTION)].every((m) => SERVICE_NOUN.test(m[0]));
}

/** The level of one hit, and why. */
function judge(
  seg: Segmented,
  block: Block,
  hit: Span,
  term: CompiledTerm,
  rule: CompiledRule,
): { level: 1 | 2 | 3; reason: Reason } {
  if (block.part === "opening" || GENERAL_SECTION.test(block.topTitle)) return { level: 1, reason: "chung" };
  const sentence = sentenceAt(seg, block, hit.start);
  const clauseStart = Math.max(sentence.start, seg.folded.lastIndexOf(";", hit.start - 1) + 1);
  const before = seg.folded.slice(clauseStart, hit.start);
  const itemStart = Math.max(
    clauseStart,
    seg.folded.lastIndexOf(",", hit.start - 1) + 1,
    before.lastIndexOf(":") + clauseStart + 1,
  );
  const item = seg.folded.slice(itemStart, hit.start).trimStart();
  const ownVerb = ACTION_AT_START.test(item) && !/:/.test(before.slice(lastMatch(COMM_G, before)));
  if (!rule.spec.commIsSubject && !ownVerb && COMM.test(before) && !AUDIENCE.test(before.slice(-30)))
    return { level: 1, reason: "chu-de-truyen-thong" };
  if (!rule.spec.commIsSubject && onlyReported(before)) return { level: 1, reason: "chu-de-bao-cao" };
  const prefix = seg.folded.slice(sentence.start, hit.end);
  const lastAction = lastMatch(ACTION, prefix);
  const taskRow = block.kind === "row" && block.part === "appendix";
  if (!term.action && !taskRow && lastAction < 0) return { level: 1, reason: "chung" };
  const commaStart = Math.max(sentence.start, seg.folded.lastIndexOf(",", hit.start - 1) + 1);
  const afterAction = seg.folded.slice(sentence.start + Math.max(lastAction, 0), hit.start);
  const purposeAt = lastMatch(PURPOSE, afterAction);
  if (!term.action && purposeAt >= 0 && !FOCUS.test(afterAction.slice(purposeAt)))
    return { level: 1, reason: "muc-dich" };
  const max = term.max ?? 3;
  if (max < 2) return { level: 1, reason: "chung" };
  const row = block.kind === "row";
  const scope = row ? block : sentence;
  const nextComma = seg.folded.indexOf(",", hit.end);
  const commaEnd = row ? block.end : nextComma < 0 || nextComma > sentence.end ? sentence.end : nextComma;
  const near = seg.folded.slice(row ? block.start : Math.max(scope.start, commaStart), commaEnd);
  const deadline =
    DUE.test(near) || (!rule.spec.cycleIsNotDeadline && FREQUENCY.test(near)) || seg.sectionDeadline.has(block.section);
  // In a sentence the body is its subject, named before the first verb: "Sở Y tế chủ trì …", not the
  // "Ban Chỉ đạo" that "Củng cố Ban Chỉ đạo" works on. A table row names its body in a cell.
  const firstVerb = row ? -1 : seg.folded.slice(scope.start, scope.end).search(ACTION);
  const subjectEnd = firstVerb >= 0 ? scope.start + firstVerb : scope.end;
  const body =
    !!block.body ||
    seg.sectionBody.has(block.section) ||
    BODY_NAMED.test(stripSameLength(seg.text.slice(scope.start, subjectEnd))) ||
    BODY_GENERIC.test(seg.folded.slice(scope.start, scope.end));
  if (deadline && body && max === 3) return { level: 3, reason: "co-quan-thoi-han" };
  return { level: 2, reason: "nhiem-vu" };
}

/** Every hit of one measure's rules in the segmented text. */
function hitsOf(seg: Segmented, rule: CompiledRule): MeasureHit[] {
  const hits: MeasureHit[] = [];
  for (const block of seg.blocks) {
    if (block.kind === "heading" || block.part === "recipients") continue;
    const text = seg.folded.slice(block.start, block.end);
    const excluded = rule.exclude.flatMap((re) =>
      [...text.matchAll(re)].map((m) => ({ start: block.start + m.index, end: block.start + m.index + m[0].length })),
    );
    for (const term of rule.terms) {
      for (const m of text.matchAll(term.re)) {
        const hit = { start: block.start + m.index, end: block.start + m.index + m[0].length };
        if (excluded.some((x) => overlaps(x, hit))) continue;
        const { level, reason } = judge(seg, block, hit, term, rule);
        const quote = pickQuote(seg, block, hit);
        if (!quote) continue;
        hits.push({ level, reason, quote: { text: quote, section: block.section }, at: hit.start, weak: !!term.weak });
      }
    }
  }
  return hits;
}

/**
 * True when the folded text contains a specific (not weak) phrase of measure `id`: a cheap test
 * before segmenting, for checks that only care about strong suggestions.
 */
export function mentionsStrongly(folded: string, id: string): boolean {
  const rule = compile(undefined).find((r) => r.id === id);
  return !!rule && rule.terms.some((t) => !t.weak && t.once.test(folded));
}

/** Suggests a level and quotes for every measure that has rules. */
export function suggestMeasures(seg: Segmented, options: SuggestOptions = {}): MeasureSuggestion[] {
  return compile(options.exclude).map((rule) => {
    const hits = hitsOf(seg, rule);
    if (hits.length === 0) return { id: rule.id, level: 0, quotes: [], strong: false, hits };
    const best = Math.max(...hits.map((h) => h.level)) as 1 | 2 | 3;
    const top = hits
      .filter((h) => h.level === best)
      .sort((a, b) => Number(a.weak) - Number(b.weak) || quality(b.quote.text) - quality(a.quote.text) || a.at - b.at);
    const quotes: MeasureHit[] = [top[0]];
    const second = top.find((h) => h.quote.text !== top[0].quote.text && h.quote.section !== top[0].quote.section);
    if (second) quotes.push(second);
    quotes.sort((a, b) => a.at - b.at);
    return {
      id: rule.id,
      level: best,
      reason: top[0].reason,
      quotes: quotes.map((h) => h.quote),
      strong: !top[0].weak,
      hits,
    };
  });
}

/** How well a quote fits the house rule of 60–300 characters. */
function quality(text: string): number {
  const n = text.length;
  return n >= 60 && n <= 300 ? 2 : n >= 30 ? 1 : 0;
}

/**
 * True when `text` names measure `id` by one of its phrases (weak ones included), or when the measure
 * has no rules to say. `npm run check` warns when no quote of a coding does: a quote of another topic
 * ("Ban Thường vụ Đảng ủy" for lão khoa) proves nothing about the measure.
 */
export function namesMeasure(text: string, id: string): boolean {
  const rule = compile(undefined).find((r) => r.id === id);
  if (!rule) return true;
  const folded = foldSameLength(text);
  return rule.terms.some((t) => t.once.test(folded));
}
