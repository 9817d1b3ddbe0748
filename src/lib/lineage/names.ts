/**
 * Vietnamese names of document types and issuer levels, for code that runs in the browser. They are
 * the values of DOC_TYPES and ISSUER_LEVELS in src/schemas/plan.ts, copied because that module loads
 * zod, which the tree's script must not ship; a unit test keeps the copies equal.
 */
import type { DocType, IssuerLevel } from "./types.ts";

/** Names of document types: "ke-hoach" → "Kế hoạch". */
export const DOC_TYPE_NAMES: Record<DocType, string> = {
  "nghi-quyet": "Nghị quyết",
  "ket-luan": "Kết luận",
  "quyet-dinh": "Quyết định",
  "ke-hoach": "Kế hoạch",
  "chuong-trinh": "Chương trình hành động",
  "cong-van": "Công văn",
  "chi-thi": "Chỉ thị",
};

/** Names of issuer levels: "tinh" → "Tỉnh/thành phố". */
export const LEVEL_NAMES: Record<IssuerLevel, string> = {
  "trung-uong": "Trung ương",
  tinh: "Tỉnh/thành phố",
  huyen: "Huyện (trước 2025)",
  xa: "Xã/phường",
  "don-vi": "Đơn vị",
};
