/**
 * Drafts a plan file from a source text: every fact the rules can read, every measure with a suggested
 * level and verbatim quote, and what is missing marked as a gap ("CẦN ĐIỀN") or a guess to check
 * ("KIỂM TRA"). Pure: the caller reads and writes the files.
 */
import type { Province } from "../../schemas/locality.ts";
import type { Plan } from "../../schemas/plan.ts";
import { DOC_TYPE_ABBR, DOC_TYPES } from "../labels.ts";
import { formatDate } from "../labels.ts";
import { findQuote, prepareSource } from "../quote-match.ts";
import { slugify } from "../vietnamese.ts";
import { issuerKindOf, issuerLevelOf } from "./classify.ts";
import { findPlace, findProvince, type FoundLocality } from "./locality.ts";
import { communeSlug, findCommune, type Commune, type Gazetteer } from "../gazetteer.ts";
import { suggestMeasures, type MeasureSuggestion } from "./measures.ts";
import { extractMetadata, type Metadata } from "./metadata.ts";
import { shortBodyName } from "./names.ts";
import { extractReferences, type DraftReference, type KnownDocument } from "./references.ts";
import { segment } from "./segment.ts";
import { foldSameLength, normalizeSource } from "./text.ts";

/** Marker of a value the editor must fill before publishing. */
export const FILL = "CẦN ĐIỀN";
/** Marker of a value the tool guessed and the editor should check. */
export const CHECK = "KIỂM TRA";

/** What the drafter needs besides the text. */
export interface DraftContext {
  /** File name the source is stored under in data/sources/. */
  sourceName: string;
  provinces: readonly Province[];
  /** Codebook measure ids, in codebook order. */
  measureIds: readonly string[];
  /** Documents already summarised, to complete citations (national documents above all). */
  known?: readonly KnownDocument[];
  /** Leave out rule terms first seen in this source file (leave-one-out evaluation). */
  exclude?: string;
  /** The communes and wards of the gazetteer: a commune named in the text gives its province. */
  gazetteer?: Gazetteer;
}

/** A note attached to a field of the draft. */
export interface FieldNote {
  /** FILL: must be filled; CHECK: a guess to verify. */
  kind: typeof FILL | typeof CHECK;
  text: string;
}

/** A drafted plan: values (placeholders where unknown), notes per field, and the measure suggestions. */
export interface DraftPlan {
  slug: string;
  title: string;
  shortTitle: string;
  docType: Plan["docType"];
  number: string | null;
  issued: { date?: string; after?: string; before?: string; note?: string };
  issuer: string;
  issuerShort: string;
  issuerKind: Plan["issuerKind"];
  issuerLevel: Plan["issuerLevel"];
  locality: { province?: string; asWritten?: string; place?: string; inferred?: boolean; note?: string };
  signer: { name: string; title?: string } | null;
  source: string;
  references: DraftReference[];
  measures: MeasureSuggestion[];
  dataNotes: string[];
  /** Notes by field name ("title", "issued", "locality", "references[0]", "measures"…). */
  notes: Map<string, FieldNote[]>;
  /** What the metadata reader found, for the evaluation. */
  meta: Metadata;
}

/** "KL 149" for "149-KL/TW": a document's short name for titles and slugs. */
const shortRef = (r: { docType: Plan["docType"]; number: string }) =>
  `${DOC_TYPE_ABBR[r.docType]} ${r.number.match(/^\d+/)?.[0] ?? r.number}`;

function note(notes: Map<string, FieldNote[]>, field: string, kind: FieldNote["kind"], text: string) {
  notes.set(field, [...(notes.get(field) ?? []), { kind, text }]);
}

/** Cuts a slug at a hyphen so it stays under `max` characters. */
function cutSlug(slug: string, max = 70): string {
  if (slug.length <= max) return slug;
  return slug.slice(0, max).replace(/-[^-]*$/, "");
}

/** Drafts a plan from `raw` (any Unicode form, any line breaks). */
export function draftPlan(raw: string, ctx: DraftContext): DraftPlan {
  const source = normalizeSource(raw);
  const seg = segment(source);
  const meta = extractMetadata(source);
  const notes = new Map<string, FieldNote[]>();

  // Issuer: the opening's "<body> ban hành kế hoạch", completed by the fuller name in the header.
  let issuer = meta.issuerPhrase;
  const org = meta.headerBodies.at(-1);
  if (issuer && org) {
    const core = issuer.replace(/^Ban Thường vụ /u, "");
    if (foldSameLength(org).startsWith(foldSameLength(core)) && org.length > core.length)
      issuer = `${issuer.startsWith("Ban Thường vụ ") ? "Ban Thường vụ " : ""}${org}`;
  } else if (!issuer && org) {
    issuer = org;
    note(notes, "issuer", CHECK, "lấy từ tiêu đề cơ quan ở đầu văn bản; sửa nếu cơ quan ban hành là cấp khác");
  }

  const opening = seg.blocks
    .filter((b) => b.part === "opening")
    .map((b) => seg.text.slice(b.start, b.end))
    .join("\n");
  const contexts = [issuer ?? "", ...[...meta.headerBodies].reverse(), meta.place ?? "", meta.title ?? "", opening];
  const named = findProvince(contexts, ctx.provinces);
  const byCommune = communeOfText(contexts, named?.province.slug, ctx);
  const found = named ?? byCommune.found;
  const provinceName = found ? (found.asWritten ?? found.province.name) : undefined;
  const level = issuer ? issuerLevelOf(issuer, ctx.provinces) : "tinh";
  if (issuer && found && !findProvince([issuer], ctx.provinces)) {
    if (/(?:tỉnh|Tỉnh ủy|Thành ủy|thành phố|Khối(?: các cơ quan tỉnh)?)$/u.test(issuer))
      issuer = `${issuer} ${provinceName}`;
    // A commune, district or unit name is not unique across provinces ("huyện Quảng Ninh", "Trường THPT Nguyễn Trãi").
    else if (level === "xa" || level === "huyen" || level === "don-vi")
      issuer = `${issuer}, ${found.province.kind} ${provinceName}`;
  } else if (issuer && !found && /(?:tỉnh|Tỉnh ủy|Thành ủy|thành phố)$/u.test(issuer)) {
    note(
      notes,
      "issuer",
      CHECK,
      "văn bản không nêu tên tỉnh/thành: thêm tên nếu biết chắc (và ghi lý do ở locality.note)",
    );
  }
  if (!issuer) note(notes, "issuer", FILL, 'không tìm thấy cơ quan ban hành (câu "… ban hành Kế hoạch")');
  const issuerKind = issuer ? issuerKindOf(issuer) : "government";
  if (!issuer) note(notes, "issuerKind", CHECK, "đoán mặc định; chọn party, government hoặc unit");
  if (!issuer) note(notes, "issuerLevel", CHECK, "đoán mặc định; chọn trung-uong, tinh, huyen, xa hoặc don-vi");

  // Locality.
  const locality: DraftPlan["locality"] = {};
  if (found) {
    locality.province = found.province.slug;
    if (found.asWritten) locality.asWritten = found.asWritten;
    // A commune named by a commune-level issuer is its place; named elsewhere, it only tells the province.
    const place =
      (issuer ? findPlace(issuer, found.province) : undefined) ?? (level === "xa" ? byCommune.place : undefined);
    if (place) locality.place = place;
    if (!named && byCommune.commune) {
      const where = `${byCommune.commune.name} (mã ${byCommune.commune.code}) thuộc ${found.province.name}`;
      locality.inferred = true;
      locality.note = `Văn bản không ghi tên tỉnh, thành phố; suy ra từ ${where} theo danh mục đơn vị hành chính từ 1/7/2025.`;
      note(notes, "locality", CHECK, `tỉnh suy ra từ ${where}; sửa nếu văn bản là của nơi khác cùng tên`);
    } else if (!place && (level === "xa" || level === "don-vi"))
      note(
        notes,
        "locality",
        CHECK,
        `nơi ban hành chưa có trong places của ${found.province.slug} (data/localities.yaml); thêm vào rồi ghi place`,
      );
  } else if (byCommune.candidates.length > 1) {
    const list = byCommune.candidates.map((c) => `${provinceOf(c, ctx)} (place: ${communeSlug(c)}, mã ${c.code})`);
    note(
      notes,
      "locality",
      CHECK,
      `"${byCommune.candidates[0].name}" có ở ${byCommune.candidates.length} tỉnh, thành phố: ${list.join("; ")}; văn bản không nói rõ nơi nào: ghi province, place, inferred: true và note`,
    );
  } else if (level !== "trung-uong") {
    note(
      notes,
      "locality",
      FILL,
      "province: <slug> — văn bản không nêu tên tỉnh/thành; nếu suy luận được, ghi thêm inferred: true và note nêu lý do",
    );
  }

  // Document type and number.
  const docType = meta.docType ?? "ke-hoach";
  if (!meta.docType)
    note(notes, "docType", FILL, `không thấy tên loại văn bản; chọn: ${Object.keys(DOC_TYPES).join(", ")}`);
  if (meta.number === null)
    note(
      notes,
      "number",
      CHECK,
      meta.numberBlank
        ? 'dòng "Số" để trống; giữ null'
        : "không thấy số hiệu; ghi số nếu văn bản có, giữ null nếu không",
    );

  // References, then the date (bounded by what the plan cites when it prints none).
  const references = extractReferences(
    seg,
    { number: meta.number, issuerKind, provinceName, title: meta.title?.slice(meta.docTypeName?.length ?? 0) },
    ctx.known ?? [],
  );
  references.forEach((r, i) => {
    if (r.issuerMissing) r.issuer = `${FILL}: cơ quan ban hành văn bản ${r.number}`;
    if (r.issuerMissing) note(notes, `references[${i}]`, FILL, `văn bản không ghi cơ quan ban hành ${r.number}`);
    if (r.check) note(notes, `references[${i}]`, CHECK, `văn bản cấp trên trực tiếp: ${r.check}`);
  });
  const issued: DraftPlan["issued"] = {};
  if (meta.date) issued.date = meta.date;
  else {
    const what = meta.number === null ? "số và ngày ban hành" : "ngày ban hành";
    if (meta.month) {
      issued.after = meta.month.after;
      issued.before = meta.month.before;
      issued.note = `Văn bản để trống ngày, chỉ ghi ${meta.month.text}.`;
    } else {
      const latest = references.filter((r) => r.date).sort((a, b) => (b.date ?? "").localeCompare(a.date ?? ""))[0];
      if (latest?.date) {
        issued.after = latest.date;
        issued.note = `Văn bản không ghi ${what}; dẫn ${DOC_TYPES[latest.docType]} ${latest.number} ngày ${formatDate(latest.date)} nên ban hành sau ngày này.`;
        note(notes, "issued", CHECK, "giới hạn suy ra từ văn bản được dẫn mới nhất; thêm before nếu biết");
      } else {
        issued.note = `${FILL}: văn bản không ghi ${what}; nêu điều gì giới hạn ngày ban hành`;
        note(notes, "issued", FILL, "không có ngày, cũng không có văn bản được dẫn có ngày");
      }
    }
  }

  // Titles and names.
  const title = meta.title ?? `${FILL}: tên đầy đủ của văn bản`;
  if (!meta.title) note(notes, "title", FILL, "không tìm thấy tên văn bản sau dòng loại văn bản");
  const issuerText = issuer ?? `${FILL}: cơ quan ban hành`;
  const issuerShort = issuer ? shortBodyName(issuer) : `${FILL}: tên ngắn`;
  if (issuer) note(notes, "issuerShort", CHECK, "tên ngắn do máy rút gọn (tối đa 40 ký tự)");
  const parent = references.find((r) => r.relation === "thuc-hien");
  const shortTitle = (
    meta.number
      ? `${DOC_TYPE_ABBR[docType]} ${meta.number} của ${issuerShort}`
      : `${DOC_TYPES[docType]} của ${issuerShort}${parent ? ` thực hiện ${shortRef(parent)}` : ""}`
  ).slice(0, 80);
  note(notes, "shortTitle", CHECK, "tên ngắn do máy ghép");
  if (!meta.signer) note(notes, "signer", CHECK, "không thấy tên người ký; ghi { name, title } nếu văn bản có");

  // Measures: keep only quotes the quote check will find in the stored source.
  const prepared = prepareSource(source);
  const byId = new Map(suggestMeasures(seg, { exclude: ctx.exclude }).map((s) => [s.id, s]));
  const measures = ctx.measureIds.map((id): MeasureSuggestion => {
    const s = byId.get(id) ?? { id, level: 0, quotes: [], strong: false, hits: [] };
    const quotes = s.quotes.filter((q) => findQuote(prepared, q.text));
    return quotes.length > 0 || s.level === 0 ? { ...s, quotes } : { ...s, level: 0, quotes: [] };
  });
  note(
    notes,
    "measures",
    CHECK,
    "mức và trích dẫn do máy gợi ý; đọc lại từng biện pháp với văn bản (xem CONTRIBUTING.md)",
  );

  // Data notes the text itself justifies.
  const dataNotes: string[] = [];
  if (meta.numberPrinted && meta.number)
    dataNotes.push(`Số hiệu in là "Số ${meta.numberPrinted}"; ở đây viết chuẩn là ${meta.number}.`);
  const ownNo = meta.number?.match(/^\d+/)?.[0];
  for (const ref of meta.appendixRefs) {
    const no = /số\s*(\d+)/u.exec(ref)?.[1];
    if (ownNo && no && Number(no) !== Number(ownNo))
      dataNotes.push(`Phần kèm theo ghi "${ref}", khác số hiệu ở trang đầu (${meta.number}).`);
  }

  const year = (issued.date ?? issued.after ?? issued.before ?? "").slice(0, 4);
  const typeSlug = slugify(DOC_TYPES[docType]);
  const body = slugify(issuer ? shortBodyName(issuer) : "chua-ro-co-quan");
  const slug = cutSlug(
    meta.number
      ? [typeSlug, slugify(meta.number), year, body].filter(Boolean).join("-")
      : [typeSlug, body, parent ? `thuc-hien-${slugify(shortRef(parent))}` : "", year].filter(Boolean).join("-"),
  );

  return {
    slug,
    title,
    shortTitle,
    docType,
    number: meta.number,
    issued,
    issuer: issuerText,
    issuerShort,
    issuerKind,
    issuerLevel: level,
    locality,
    signer: meta.signer,
    source: ctx.sourceName,
    references,
    measures,
    dataNotes,
    notes,
    meta,
  };
}

const provinceOf = (c: Commune, ctx: DraftContext) =>
  ctx.provinces.find((p) => p.slug === c.province)?.name ?? c.province;

/**
 * The commune, ward or special zone the text names (in the issuer, headers, opening), looked up in the
 * gazetteer: one unit of that name gives its province and place; several give candidates, unless the
 * province the text names settles it.
 */
interface CommuneOfText {
  /** Every unit of the name found, when the text does not settle which. */
  candidates: Commune[];
  commune?: Commune;
  place?: string;
  /** The province, when only the commune tells it. */
  found?: FoundLocality;
}

function communeOfText(
  contexts: readonly string[],
  namedProvince: string | undefined,
  ctx: DraftContext,
): CommuneOfText {
  const none: CommuneOfText = { candidates: [] };
  const mention = ctx.gazetteer ? findCommune(contexts, ctx.gazetteer) : undefined;
  if (!mention) return none;
  const inProvince = namedProvince
    ? mention.candidates.filter((c) => c.province === namedProvince)
    : mention.candidates;
  if (inProvince.length !== 1) return { candidates: namedProvince ? [] : mention.candidates };
  const commune = inProvince[0];
  const province = ctx.provinces.find((p) => p.slug === commune.province);
  if (!province) return none;
  return {
    candidates: [commune],
    commune,
    place: communeSlug(commune),
    found: namedProvince ? undefined : { province, matched: commune.name },
  };
}
