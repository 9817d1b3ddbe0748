import type { z } from "zod";
import { error, type CheckIssue } from "./issue.ts";

const TYPE_NAMES: Record<string, string> = {
  string: "một chuỗi chữ",
  number: "một số",
  int: "một số nguyên",
  nan: "một số",
  boolean: "true hoặc false",
  object: "một nhóm trường (object)",
  array: "một danh sách",
  null: "null",
  undefined: "không có gì",
};

const typeName = (t: string) => TYPE_NAMES[t] ?? t;

function received(input: unknown): string {
  if (input === undefined) return "trường bị thiếu";
  if (input === null) return "null";
  if (Array.isArray(input)) return "một danh sách";
  if (typeof input === "object") return "một nhóm trường";
  return `${typeof input === "string" ? `"${input}"` : String(input)}`;
}

/** "measures.lao-khoa.quotes[0].text" from a zod path. */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path.map((p, i) => (typeof p === "number" ? `[${p}]` : `${i === 0 ? "" : "."}${String(p)}`)).join("");
}

/** Renders one zod issue for an editor: what was expected, what was found, how to fix it. */
export function describeZodIssue(file: string, issue: z.core.$ZodIssue, input?: unknown): CheckIssue {
  const field = fieldPath(issue.path) || undefined;
  switch (issue.code) {
    case "invalid_type":
      return input === undefined
        ? error(file, field, `Thiếu trường bắt buộc: cần ${typeName(issue.expected)}.`, `Thêm trường \`${field}\`.`)
        : error(
            file,
            field,
            `Sai kiểu: cần ${typeName(issue.expected)}, nhận được ${received(input)}.`,
            "Sửa giá trị cho đúng kiểu (chuỗi chữ nên đặt trong dấu nháy kép).",
          );
    case "too_big":
      return error(
        file,
        field,
        `Giá trị quá lớn: tối đa ${String(issue.maximum)}${issue.origin === "string" ? " ký tự" : ""}, nhận được ${received(input)}.`,
        issue.origin === "number" ? "Dùng một giá trị trong khoảng cho phép." : "Rút ngắn nội dung.",
      );
    case "too_small":
      return error(
        file,
        field,
        `Giá trị quá nhỏ: tối thiểu ${String(issue.minimum)}${issue.origin === "string" ? " ký tự" : ""}, nhận được ${received(input)}.`,
        issue.origin === "number" ? "Dùng một giá trị trong khoảng cho phép." : "Bổ sung nội dung.",
      );
    case "invalid_value":
      return error(
        file,
        field,
        `Giá trị không hợp lệ: ${received(input)}. Chỉ nhận: ${issue.values.map((v) => String(v)).join(", ")}.`,
        "Chọn một trong các giá trị trên.",
      );
    case "unrecognized_keys":
      return error(
        file,
        field,
        `Trường không có trong lược đồ: ${issue.keys.join(", ")}.`,
        "Xóa trường này hoặc sửa lỗi chính tả tên trường (xem src/schemas/plan.ts).",
      );
    case "invalid_format":
      return error(file, field, `${issue.message} Nhận được ${received(input)}.`);
    default: {
      // The schema's own rules carry their fix in `params.fix` (see src/schemas/plan.ts).
      const params = (issue as { params?: { fix?: unknown; showValue?: boolean } }).params;
      const fix = params?.fix;
      const shown = params?.showValue && input !== undefined ? ` Nhận được ${received(input)}.` : "";
      return error(file, field, `${issue.message}${shown}`, typeof fix === "string" ? fix : undefined);
    }
  }
}

/** Reads the value at a zod path inside `data`, for error messages. */
export function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let cur: unknown = data;
  for (const key of path) {
    if (cur === null || typeof cur !== "object") return undefined;
    cur = (cur as Record<PropertyKey, unknown>)[key];
  }
  return cur;
}
