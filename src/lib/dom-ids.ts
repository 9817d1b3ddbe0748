/**
 * The ids of the elements the browser scripts look up (src/client/). Components write them from here
 * and scripts find them through here (`byId` in src/client/dom.ts accepts only these), so renaming one
 * is a type error in both places, never a script that silently finds nothing.
 */
export const IDS = {
  /** /kham-pha/: the explorer's root, carrying the engine and database URLs and the loading state. */
  explorer: "kham-pha",
  /** The loading status: words (announced), megabytes and bar (not announced). */
  statusText: "trang-thai-chu",
  statusBytes: "trang-thai-so",
  statusBar: "trang-thai-tien-do",
  /** What the URL's parameters became (ignored, reinterpreted). */
  notices: "thong-bao",
  /** The two tabs and their panels. */
  filterTab: "the-loc",
  sqlTab: "the-sql",
  filterPanel: "bang-loc",
  sqlPanel: "bang-sql",
  /** On a phone, the button that shows the filters (with how many are active) and the one that hides them. */
  filterToggle: "mo-bo-loc",
  filterClose: "xem-ket-qua",
  /** The filter form and its parts. */
  filterForm: "bo-loc",
  /** The date range: two text fields (dd/mm/yyyy), their shared hint and each one's message. */
  dateFrom: "tu-ngay",
  dateTo: "den-ngay",
  dateHint: "ngay-goi-y",
  dateFromError: "tu-ngay-loi",
  dateToError: "den-ngay-loi",
  provinceSearch: "tim-dia-phuong",
  provinceList: "danh-sach-dia-phuong",
  applyButton: "ap-dung",
  clearLink: "xoa-bo-loc",
  /** The results area. */
  results: "ket-qua",
  resultsHeading: "ket-qua-tieu-de",
  resultsSummary: "ket-qua-tom-tat",
  csvButton: "tai-csv",
  resultsEmpty: "ket-qua-trong",
  resultsTable: "ket-qua-bang",
  moreButton: "hien-them",
  resultsExtra: "ket-qua-phu",
  localityMatrix: "ket-qua-ma-tran",
  chartNote: "bieu-do-ghi-chu",
  coverageChart: "bieu-do-do-phu",
  matrixChart: "bieu-do-ma-tran",
  mapChart: "bieu-do-ban-do",
  /** The SQL tab. */
  sqlForm: "sql-form",
  sqlInput: "sql-cau-lenh",
  sqlRun: "sql-chay",
  sqlStop: "sql-dung",
  sqlError: "sql-loi",
  sqlSummary: "sql-tom-tat",
  sqlResult: "sql-ket-qua",
  sqlCsvButton: "sql-tai-csv",
} as const;

/** The ids of /so-sanh/ (src/client/compare.ts). */
export const COMPARE_IDS = {
  /** The root carrying the data file's URL, shown once the script runs. */
  root: "so-sanh",
  /** What the address became (ignored slugs) and what is still to choose. */
  notice: "so-sanh-thong-bao",
  /** The chosen plans, each with a button to take it out. */
  chosen: "so-sanh-da-chon",
  /** The picker's search box and its matches. */
  search: "so-sanh-tim",
  matches: "so-sanh-khop",
  /** The "only differences" checkbox and the table's frame. */
  onlyDiff: "so-sanh-chi-khac",
  table: "so-sanh-bang",
} as const;

/** An id the scripts look up. */
export type DomId = (typeof IDS)[keyof typeof IDS] | (typeof COMPARE_IDS)[keyof typeof COMPARE_IDS];
