/**
 * The tables of the site's database, with every column's type and meaning in Vietnamese. One source for
 * the data build (CREATE TABLE, downloads), the data dictionary on /du-lieu/ and the schema shown in the
 * explorer's SQL tab.
 */

/** A DuckDB column type used by the database. */
export type ColumnType = "VARCHAR" | "INTEGER" | "TINYINT" | "TINYINT[]" | "DATE" | "BOOLEAN" | "DOUBLE";

/** One column of a table. */
export interface ColumnDef {
  name: string;
  type: ColumnType;
  /** What the column holds, in Vietnamese. */
  meaning: string;
  /**
   * A helper column of the explorer (text without diacritics for search, levels as a list for speed):
   * kept in the DuckDB file, left out of the CSV, Parquet and JSON downloads.
   */
  internal?: boolean;
}

/** One table of the database. */
export interface TableDef {
  name: string;
  /** What one row is, in Vietnamese. */
  description: string;
  columns: ColumnDef[];
  /** Columns the rows are sorted by, so every build writes the same bytes. */
  orderBy: string[];
  /**
   * The order of the rows inside the DuckDB file when it differs from `orderBy` (the downloads keep
   * `orderBy`). The explorer reads a large file by range requests: rows it shows first, stored first,
   * are read from the first pages of each column instead of from all of them.
   */
  storeBy?: string[];
  /**
   * Rows per row group in the DuckDB file, when smaller than DuckDB's default (122,880). DuckDB skips a
   * row group whose range of a filtered column cannot match, so small groups let a range-read file give
   * one page of the results table from one group of each column.
   */
  rowGroupSize?: number;
  /** A helper table of the explorer: in the DuckDB file only, without downloads. */
  internal?: boolean;
}

const col = (name: string, type: ColumnType, meaning: string, internal = false): ColumnDef =>
  internal ? { name, type, meaning, internal } : { name, type, meaning };

/** Folded text: no diacritics, "đ" → "d", lower case (see foldVietnamese). */
const FOLDED = "bỏ dấu, đ → d, chữ thường; dùng để tìm kiếm không dấu";

/** Every table, in the order the dictionary shows them. */
export const TABLES: readonly TableDef[] = [
  {
    name: "plans",
    description: "Mỗi dòng là một văn bản đã tóm tắt: kế hoạch địa phương hoặc văn bản trung ương.",
    orderBy: ["slug"],
    storeBy: ["display_order"],
    rowGroupSize: 2048,
    columns: [
      col("slug", "VARCHAR", "Mã văn bản (tên tệp, không dấu); trang của văn bản là /ke-hoach/<slug>/"),
      col("url", "VARCHAR", "Đường dẫn tới trang của văn bản trên trang này"),
      col("title", "VARCHAR", "Tên đầy đủ của văn bản"),
      col("short_title", "VARCHAR", "Tên ngắn dùng trong bảng và biểu đồ"),
      col("doc_type", "VARCHAR", "Loại văn bản (mã): ke-hoach, nghi-quyet, ket-luan, quyet-dinh…"),
      col("doc_type_name", "VARCHAR", "Loại văn bản (tên tiếng Việt)"),
      col("number", "VARCHAR", "Số hiệu như in trên văn bản (ví dụ 07-KH/ĐU-CDSL); trống khi văn bản không ghi số"),
      col("issued_date", "DATE", "Ngày ban hành in trên văn bản; trống khi văn bản không ghi ngày"),
      col("issued_after", "DATE", "Khi không ghi ngày: văn bản ban hành sau ngày này"),
      col("issued_before", "DATE", "Khi không ghi ngày: văn bản ban hành trước ngày này"),
      col("issued_note", "VARCHAR", "Vì sao ngày không rõ và căn cứ nào giới hạn nó"),
      col("issued_label", "VARCHAR", "Ngày ban hành để hiển thị: “28/6/2025” hoặc “không ghi ngày (sau 24/9/2025)”"),
      col("sort_date", "DATE", "Ngày dùng để sắp xếp và lọc: ngày ban hành, nếu không có thì giới hạn sớm nhất"),
      col("date_estimated", "BOOLEAN", "true khi sort_date là giới hạn ước tính, không phải ngày in trên văn bản"),
      col("issuer", "VARCHAR", "Cơ quan ban hành (tên đầy đủ)"),
      col("issuer_short", "VARCHAR", "Cơ quan ban hành (tên ngắn)"),
      col(
        "issuer_kind",
        "VARCHAR",
        "Khối của cơ quan ban hành (mã): party (Đảng), government (chính quyền), unit (đơn vị)",
      ),
      col("issuer_kind_name", "VARCHAR", "Khối của cơ quan ban hành (tên tiếng Việt)"),
      col("issuer_level", "VARCHAR", "Cấp ban hành (mã): trung-uong, tinh, huyen (trước 1/7/2025), xa, don-vi"),
      col("issuer_level_name", "VARCHAR", "Cấp ban hành (tên tiếng Việt)"),
      col("province", "VARCHAR", "Mã đơn vị cấp tỉnh ngày nay (34 đơn vị từ 1/7/2025); trống với văn bản trung ương"),
      col("province_name", "VARCHAR", "Tên đơn vị cấp tỉnh ngày nay"),
      col(
        "province_as_written",
        "VARCHAR",
        "Tên địa phương như văn bản ghi, khi khác tên ngày nay (ví dụ Thừa Thiên Huế)",
      ),
      col("place", "VARCHAR", "Mã xã, phường hoặc đơn vị trong tỉnh (xem bảng localities)"),
      col("place_name", "VARCHAR", "Tên xã, phường hoặc đơn vị"),
      col("locality_inferred", "BOOLEAN", "true khi địa phương do dự án suy luận, văn bản không ghi rõ"),
      col("locality_note", "VARCHAR", "Lý do suy luận địa phương"),
      col("signer_name", "VARCHAR", "Người ký"),
      col("signer_title", "VARCHAR", "Chức vụ người ký như in trên văn bản"),
      col(
        "source_file",
        "VARCHAR",
        "Tệp toàn văn trong thư mục data/sources/ của kho dữ liệu; trống nếu chưa có toàn văn",
      ),
      col("source_note", "VARCHAR", "Vì sao chưa có toàn văn"),
      col(
        "parent",
        "VARCHAR",
        "slug của văn bản cấp trên trực tiếp (quan hệ thuc-hien) nếu văn bản đó đã được tóm tắt",
      ),
      col("measures_coded", "INTEGER", "Số biện pháp đã mã hóa (mức khác trống)"),
      col("summary", "VARCHAR", "Tóm tắt của dự án (markdown)"),
      col("data_notes", "VARCHAR", "Ghi chú về dữ liệu: lỗi hoặc điểm chưa rõ trong văn bản, mỗi ghi chú một dòng"),
      col(
        "levels",
        "TINYINT[]",
        "Mức của mọi biện pháp theo thứ tự bộ mã (levels[1] là biện pháp có measures.position = 1); NULL = chưa mã hóa. Bản sao gọn của plan_measures.level",
        true,
      ),
      col(
        "shared_share",
        "DOUBLE",
        "Tỷ lệ (0–1) số từ của văn bản nằm trong các đoạn ≥ 8 từ trùng với văn bản khác (bảng passages), không kể tên các văn bản được dẫn; trống khi dự án không có toàn văn",
      ),
      col("search_folded", "VARCHAR", `Tên, số hiệu, cơ quan, địa phương và mọi trích dẫn, ${FOLDED}`, true),
      col(
        "display_order",
        "INTEGER",
        "Thứ tự trong bảng kết quả (từ 1): mới nhất trước theo sort_date, văn bản không có ngày ở cuối, cùng ngày theo slug; tệp DuckDB lưu các dòng theo thứ tự này",
        true,
      ),
    ],
  },
  {
    name: "plan_filters",
    description:
      "Bảng phụ của trang Khám phá, chỉ có trong tệp DuckDB: mỗi dòng một văn bản của bảng plans, chỉ với các cột mà bộ lọc, bảng đếm và biểu đồ đọc. Khi cơ sở dữ liệu lớn, trang đọc bảng hẹp này thay vì mọi cột của plans.",
    orderBy: ["display_order"],
    internal: true,
    columns: [
      col("display_order", "INTEGER", "Thứ tự trong bảng kết quả (bảng plans, cùng tên cột)"),
      col("province", "VARCHAR", "Mã đơn vị cấp tỉnh ngày nay (bảng plans)"),
      col("issuer_level", "VARCHAR", "Cấp ban hành (mã, bảng plans)"),
      col("issuer_kind", "VARCHAR", "Khối của cơ quan ban hành (mã, bảng plans)"),
      col("sort_date", "DATE", "Ngày dùng để sắp xếp và lọc (bảng plans)"),
      col("levels", "TINYINT[]", "Mức của mọi biện pháp theo thứ tự bộ mã (bảng plans)"),
    ],
  },
  {
    name: "measures",
    description: "Bộ mã: mỗi dòng là một biện pháp dùng để mã hóa mọi văn bản.",
    orderBy: ["position"],
    columns: [
      col("id", "VARCHAR", "Mã biện pháp; trang của biện pháp là /bien-phap/<id>/"),
      col("position", "INTEGER", "Thứ tự trong bộ mã"),
      col("name", "VARCHAR", "Tên biện pháp"),
      col("short_name", "VARCHAR", "Tên ngắn cho trục biểu đồ"),
      col("group_name", "VARCHAR", "Nhóm biện pháp"),
      col("description", "VARCHAR", "Mô tả"),
      col("level_1", "VARCHAR", "Mức 1 nghĩa là gì với biện pháp này (chỉ nêu chung, tuyên truyền)"),
      col("level_2", "VARCHAR", "Mức 2 nghĩa là gì (nhiệm vụ, giải pháp cụ thể)"),
      col(
        "level_3",
        "VARCHAR",
        "Mức 3 nghĩa là gì (nhiệm vụ cụ thể có cơ quan chịu trách nhiệm và chỉ tiêu hoặc thời hạn)",
      ),
      col("national", "VARCHAR", "Các văn bản trung ương yêu cầu gì, mỗi văn bản một dòng “số hiệu: nội dung”"),
    ],
  },
  {
    name: "plan_measures",
    description: "Mỗi dòng là một văn bản × một biện pháp: mức độ cam kết và trích dẫn làm bằng chứng.",
    orderBy: ["plan", "measure"],
    storeBy: ["measure", "display_order"],
    rowGroupSize: 2048,
    columns: [
      col("plan", "VARCHAR", "slug của văn bản (bảng plans)"),
      col("measure", "VARCHAR", "Mã biện pháp (bảng measures)"),
      col(
        "level",
        "TINYINT",
        "Mức: 0 không đề cập; 1 nêu chung hoặc tuyên truyền; 2 nhiệm vụ cụ thể; 3 có cơ quan và chỉ tiêu hoặc thời hạn; trống = chưa mã hóa (khác 0)",
      ),
      col("quote", "VARCHAR", "Trích dẫn nguyên văn đầu tiên làm bằng chứng cho mức (mọi trích dẫn ở bảng quotes)"),
      col("section", "VARCHAR", "Vị trí của trích dẫn đầu tiên trong văn bản (mục, phụ lục)"),
      col("quote_count", "INTEGER", "Số trích dẫn"),
      col("note", "VARCHAR", "Giải thích của người mã hóa"),
      col(
        "display_order",
        "INTEGER",
        "display_order của văn bản (bảng plans); tệp DuckDB lưu các dòng theo thứ tự này, nên trích dẫn của một trang kết quả nằm cạnh nhau",
        true,
      ),
    ],
  },
  {
    name: "quotes",
    description: "Mỗi dòng là một trích dẫn nguyên văn làm bằng chứng cho mức của một biện pháp.",
    orderBy: ["plan", "measure", "position"],
    columns: [
      col("plan", "VARCHAR", "slug của văn bản"),
      col("measure", "VARCHAR", "Mã biện pháp"),
      col("position", "INTEGER", "Thứ tự trích dẫn (từ 1)"),
      col("text", "VARCHAR", "Trích dẫn nguyên văn"),
      col("section", "VARCHAR", "Vị trí trong văn bản"),
      col("text_folded", "VARCHAR", `Trích dẫn, ${FOLDED}`, true),
    ],
  },
  {
    name: "plan_references",
    description:
      "Phả hệ: mỗi dòng là một văn bản mà một kế hoạch thực hiện hoặc căn cứ. (Không đặt tên references vì đó là từ khóa SQL.)",
    orderBy: ["plan", "position"],
    columns: [
      col("plan", "VARCHAR", "slug của văn bản dẫn chiếu"),
      col("position", "INTEGER", "Thứ tự dẫn chiếu trong văn bản (từ 1)"),
      col("relation", "VARCHAR", "Quan hệ (mã): thuc-hien (văn bản cấp trên trực tiếp) hoặc can-cu (trích dẫn)"),
      col("relation_name", "VARCHAR", "Quan hệ (tên tiếng Việt)"),
      col("doc_type", "VARCHAR", "Loại văn bản được dẫn chiếu"),
      col("number", "VARCHAR", "Số hiệu văn bản được dẫn chiếu"),
      col("issuer", "VARCHAR", "Cơ quan ban hành văn bản được dẫn chiếu"),
      col("date", "DATE", "Ngày của văn bản được dẫn chiếu, nếu biết"),
      col("stated", "BOOLEAN", "true khi văn bản ghi rõ; false khi dự án suy luận"),
      col("note", "VARCHAR", "Ghi chú, lý do suy luận"),
      col("target", "VARCHAR", "slug của văn bản được dẫn chiếu nếu đã được tóm tắt; trống nếu chưa"),
    ],
  },
  {
    name: "plan_vs_parent",
    description:
      "Mỗi dòng là một văn bản × một biện pháp, so với văn bản cấp trên trực tiếp (quan hệ thuc-hien) khi văn bản đó đã được tóm tắt và mã hóa.",
    orderBy: ["plan", "measure"],
    columns: [
      col("plan", "VARCHAR", "slug của văn bản (bảng plans)"),
      col("parent", "VARCHAR", "slug của văn bản cấp trên trực tiếp (bảng plans)"),
      col("measure", "VARCHAR", "Mã biện pháp (bảng measures)"),
      col("plan_level", "TINYINT", "Mức của văn bản; trống = chưa mã hóa"),
      col("parent_level", "TINYINT", "Mức của văn bản cấp trên; trống = chưa mã hóa"),
      col(
        "change",
        "VARCHAR",
        "So với cấp trên: giu (cùng mức), tang (cụ thể hơn), giam (kém cụ thể hơn, vẫn trên 0), bo (cấp trên có, văn bản mức 0), them (cấp trên mức 0, văn bản có), chua-ma-hoa (một bên chưa mã hóa)",
      ),
    ],
  },
  {
    name: "passages",
    description:
      "Câu chữ chung: mỗi dòng là một đoạn từ 8 từ trở lên có trong toàn văn của hai văn bản trở lên (so sánh không phân biệt hoa thường, dấu, cách bỏ dấu thanh, ngắt dòng).",
    orderBy: ["passage_id"],
    columns: [
      col(
        "passage_id",
        "VARCHAR",
        "Mã đoạn (tính từ chính câu chữ, không đổi khi thêm văn bản); trang văn bản có neo #doan-<mã>",
      ),
      col("text", "VARCHAR", "Câu chữ như văn bản sớm nhất có nó viết"),
      col("words", "INTEGER", "Số từ của đoạn (trong văn bản sớm nhất)"),
      col("documents", "INTEGER", "Số văn bản (toàn văn) có đoạn này"),
      col("issuers", "INTEGER", "Số cơ quan ban hành khác nhau của các văn bản đó"),
      col(
        "citation",
        "BOOLEAN",
        "true khi đoạn chủ yếu là tên đầy đủ của một văn bản được dẫn: trích dẫn, không tính là chép nội dung",
      ),
      col("first_plan", "VARCHAR", "slug của văn bản sớm nhất có đoạn này (bảng plans)"),
    ],
  },
  {
    name: "passage_occurrences",
    description: "Mỗi dòng là một lần một đoạn câu chữ chung xuất hiện trong toàn văn của một văn bản.",
    orderBy: ["plan", "start", "passage_id"],
    columns: [
      col("passage_id", "VARCHAR", "Mã đoạn (bảng passages)"),
      col("plan", "VARCHAR", "slug của văn bản (bảng plans)"),
      col("start", "INTEGER", "Vị trí ký tự đầu của đoạn trong toàn văn đã lưu (Unicode NFC, tính từ 0)"),
      col("end", "INTEGER", "Vị trí ngay sau ký tự cuối của đoạn: substring(toàn văn, start + 1, end - start) là đoạn"),
      col("words", "INTEGER", "Số từ của đoạn trong văn bản này"),
    ],
  },
  {
    name: "localities",
    description: "34 đơn vị cấp tỉnh từ 1/7/2025 (dòng có place trống) và các xã, phường, đơn vị mà văn bản nhắc tới.",
    orderBy: ["province", "place"],
    columns: [
      col("province", "VARCHAR", "Mã đơn vị cấp tỉnh ngày nay"),
      col("place", "VARCHAR", "Mã xã, phường, đơn vị trong tỉnh; trống ở dòng của chính tỉnh"),
      col("name", "VARCHAR", "Tên ngày nay"),
      col("kind", "VARCHAR", "Loại: tỉnh, thành phố, xa, phuong, dac-khu, don-vi"),
      col("merged_from", "VARCHAR", "Các tỉnh cũ hợp nhất thành đơn vị này ngày 1/7/2025, cách nhau bởi “; ”"),
      col("old_names", "VARCHAR", "Tên cũ khác, cách nhau bởi “; ”"),
      col("admin_centre", "VARCHAR", "Trung tâm hành chính"),
      col("population", "INTEGER", "Dân số theo Nghị quyết 202/2025/QH15, nếu có"),
      col("source", "VARCHAR", "Nguồn của dòng"),
    ],
  },
  {
    name: "locality_names",
    description: "Mọi tên một địa phương được biết đến (tên nay, tên cũ, tỉnh cũ hợp nhất vào), để tìm theo tên cũ.",
    orderBy: ["province", "place", "name"],
    columns: [
      col("province", "VARCHAR", "Mã đơn vị cấp tỉnh ngày nay"),
      col("place", "VARCHAR", "Mã xã, phường, đơn vị; trống khi tên là của tỉnh"),
      col("name", "VARCHAR", "Tên"),
      col("name_kind", "VARCHAR", "Loại tên: hien-nay, ten-cu, hop-nhat-tu"),
      col("name_slug", "VARCHAR", "Tên viết không dấu nối gạch (ví dụ quang-binh)"),
      col("name_folded", "VARCHAR", `Tên, ${FOLDED}`, true),
    ],
  },
  {
    name: "targets",
    description: "Mỗi dòng là một chỉ tiêu văn bản đặt ra, với giá trị, đơn vị và thời hạn.",
    orderBy: ["plan", "position"],
    columns: [
      col("plan", "VARCHAR", "slug của văn bản"),
      col("position", "INTEGER", "Thứ tự (từ 1)"),
      col("text", "VARCHAR", "Nội dung chỉ tiêu"),
      col("value", "VARCHAR", "Giá trị như văn bản ghi (“01”, “50”)"),
      col("unit", "VARCHAR", "Đơn vị (“%”, “báo cáo/quý”)"),
      col("period", "VARCHAR", "Kỳ hoặc thời hạn"),
      col("measure", "VARCHAR", "Biện pháp mà chỉ tiêu phục vụ, nếu có"),
    ],
  },
  {
    name: "assignments",
    description: "Phân công: mỗi dòng là một nhiệm vụ văn bản giao cho một cơ quan.",
    orderBy: ["plan", "position", "task_position"],
    columns: [
      col("plan", "VARCHAR", "slug của văn bản"),
      col("position", "INTEGER", "Thứ tự cơ quan trong văn bản (từ 1)"),
      col("body", "VARCHAR", "Cơ quan được giao"),
      col("task_position", "INTEGER", "Thứ tự nhiệm vụ của cơ quan (từ 1)"),
      col("task", "VARCHAR", "Nhiệm vụ (tóm tắt)"),
    ],
  },
  {
    name: "indicators",
    description:
      "Số liệu dân số tham khảo (data/indicators.csv): mỗi dòng là một chỉ số của một đơn vị trong một năm, với nguồn. Số liệu của 63 tỉnh cũ giữ tên và năm của tỉnh cũ, không cộng gộp thành đơn vị mới.",
    orderBy: ["province", "indicator", "year", "unit_scheme", "unit", "source_url", "value"],
    columns: [
      col("province", "VARCHAR", "Mã đơn vị cấp tỉnh ngày nay mà số liệu thuộc về; trống với số liệu cả nước"),
      col(
        "indicator",
        "VARCHAR",
        "Chỉ số (mã): TFR, SRB, share_60plus_pct, share_65plus_pct, ageing_index_pct, CBR_permille, life_expectancy",
      ),
      col("indicator_name", "VARCHAR", "Tên chỉ số và đơn vị đo"),
      col("year", "VARCHAR", "Năm của số liệu; unstated khi nguồn không ghi năm"),
      col("value", "DOUBLE", "Giá trị"),
      col("source_url", "VARCHAR", "Địa chỉ nguồn (bài báo, niên giám)"),
      col(
        "unit_scheme",
        "VARCHAR",
        "Đơn vị đo theo cách chia nào: 34-new (34 đơn vị từ 1/7/2025), 63-old (63 tỉnh trước sắp xếp), national (cả nước)",
      ),
      col("unit", "VARCHAR", "Tên đơn vị như nguồn ghi (tỉnh cũ, đơn vị mới hoặc cả nước)"),
      col("note", "VARCHAR", "Ghi chú về số liệu, như nguồn nói"),
    ],
  },
];

/** A table by name; throws for an unknown name (a programming error). */
export function tableDef(name: string): TableDef {
  const t = TABLES.find((x) => x.name === name);
  if (!t) throw new Error(`unknown table ${name}`);
  return t;
}

/** The tables that have CSV, Parquet and JSON downloads. */
export const DOWNLOAD_TABLES: readonly TableDef[] = TABLES.filter((t) => !t.internal);

/** The columns that go into the CSV, Parquet and JSON downloads. */
export function downloadColumns(table: TableDef): ColumnDef[] {
  return table.columns.filter((c) => !c.internal);
}

/** The database file's name under /data/. */
export const DATABASE_FILE = "dan-so-dia-phuong.duckdb";

/**
 * The explorer's filter index under /data/: a small DuckDB file with copies of the tables every count
 * scans (`INDEX_TABLES`), downloaded whole (compressed) while the large database is read by ranges.
 */
export const INDEX_FILE = "kham-pha-bo-loc.duckdb";

/** The tables the filter index holds, each a copy of the database's table of that name. */
export const INDEX_TABLES = ["plan_filters", "measures"] as const;

/** Where the data build writes its files, relative to the site root. */
export const DATA_URL_PATH = "/data/";
