/**
 * Reading a plan file and the YAML data files: the ONE parser of frontmatter for the check, the data
 * build and Astro's content loader (YAML 1.2 core schema: an unquoted 2025-12-31 stays a string
 * everywhere). Pure: the caller reads the bytes.
 *
 * Two libraries, one result. `js-yaml` reads (about nine times faster than `yaml` on plan frontmatter:
 * 1.5 against 13 s for 10,000 plans); whatever it refuses goes to `yaml`, which decides and whose
 * error codes give the Vietnamese messages below. So a file reads the same as with `yaml` alone
 * wherever js-yaml accepts it, which the unit tests check case by case (tabs, duplicate keys,
 * indentation, quotes, tags, numbers).
 */
import jsyaml from "js-yaml";
import { parse as parseYaml, YAMLParseError } from "yaml";
import type { PlanFile } from "../check/corpus.ts";
import { error, type CheckIssue } from "../check/issue.ts";

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;
const BOM = "\uFEFF";

/** What the `yaml` package's error codes mean, in Vietnamese, with how to fix each. */
const YAML_ERRORS: Record<string, [string, string]> = {
  TAB_AS_INDENT: ["dùng phím Tab để thụt lề.", "YAML chỉ nhận dấu cách: thay mỗi Tab bằng hai dấu cách."],
  DUPLICATE_KEY: ["một trường xuất hiện hai lần.", "Giữ một lần, xóa lần còn lại."],
  BAD_INDENT: ["thụt lề không đều.", "Các trường cùng cấp phải thẳng cột, thụt bằng dấu cách."],
  MISSING_CHAR: ["thiếu một ký tự (thường là dấu nháy hoặc dấu ngoặc đóng).", "Đóng dấu nháy hoặc ngoặc đã mở."],
  MULTILINE_IMPLICIT_KEY: [
    "một giá trị bị xuống dòng giữa chừng, hoặc thiếu dấu hai chấm sau tên trường.",
    'Viết giá trị trên một dòng trong dấu nháy kép ("…"), hoặc thêm dấu hai chấm.',
  ],
  BLOCK_AS_IMPLICIT_KEY: ["thiếu dấu hai chấm hoặc thụt lề sai.", "Kiểm tra dấu hai chấm sau tên trường và thụt lề."],
  UNEXPECTED_TOKEN: ["có ký tự không đúng chỗ.", "Giá trị có dấu hai chấm hay dấu # thì đặt trong dấu nháy kép."],
};

/** A YAML error as a check issue: one line number (the file's own), the meaning in Vietnamese. */
export function yamlIssue(file: string, e: unknown, lineOffset = 0): CheckIssue {
  const line = e instanceof YAMLParseError && e.linePos ? e.linePos[0].line + lineOffset : undefined;
  const known = e instanceof YAMLParseError ? YAML_ERRORS[e.code] : undefined;
  const [message, fix] = known ?? [
    `lỗi cú pháp (${e instanceof YAMLParseError ? e.code : "không rõ"}).`,
    "Kiểm tra thụt lề, dấu hai chấm và dấu nháy ở dòng được nêu.",
  ];
  return error(file, line === undefined ? undefined : `dòng ${line}`, `YAML không đọc được: ${message}`, fix);
}

// js-yaml exports its built-in types, which @types/js-yaml does not declare.
const types = (jsyaml as unknown as { types: Record<"null" | "bool" | "int" | "float", jsyaml.Type> }).types;
const intType = types.int;
/**
 * js-yaml's core schema, but for its binary integers (`0b11`), which YAML 1.2's core schema and the
 * `yaml` package leave a string, and `-0`, which js-yaml reads as 0.
 */
const CORE_INT = new jsyaml.Type("tag:yaml.org,2002:int", {
  kind: "scalar",
  resolve: (data: string | null) => !/^[-+]?0b/.test(data ?? "") && intType.resolve(data),
  construct: (data: string) => {
    const value = intType.construct(data) as number;
    return value === 0 && data.startsWith("-") ? -0 : value;
  },
});
const SCHEMA = jsyaml.FAILSAFE_SCHEMA.extend({
  implicit: [types.null, types.bool, CORE_INT, types.float],
});

/** YAML text as data, the `yaml` package's way; throws its YAMLParseError when the text is broken. */
export function readYaml(text: string): unknown {
  try {
    const data = jsyaml.load(text, { schema: SCHEMA });
    return data === undefined ? null : data;
  } catch {
    return parseYaml(text);
  }
}

/** Parses YAML text; an error becomes an issue and the result undefined. */
export function parseYamlText(file: string, text: string, issues: CheckIssue[], lineOffset = 0): unknown {
  try {
    return readYaml(text.startsWith(BOM) ? text.slice(1) : text) ?? {};
  } catch (e) {
    issues.push(yamlIssue(file, e, lineOffset));
    return undefined;
  }
}

/**
 * Splits a plan file into frontmatter data and body. A byte-order mark is accepted (Astro accepts it
 * too); a missing frontmatter or broken YAML is reported in `issues`, with the data left undefined.
 */
export function parsePlanFile(file: string, raw: string, issues: CheckIssue[]): PlanFile {
  const slug = file.replace(/^.*\//, "").replace(/\.md$/, "");
  const text = raw.startsWith(BOM) ? raw.slice(1) : raw;
  const match = FRONTMATTER.exec(text);
  if (!match) {
    issues.push(
      error(
        file,
        undefined,
        "Không có phần thông tin (frontmatter) ở đầu tệp.",
        "Mở đầu tệp bằng dòng ---, các trường YAML, rồi một dòng --- nữa.",
      ),
    );
    return { file, slug, raw, data: undefined, body: text, bodyLine: 1 };
  }
  const bodyLine = match[0].split("\n").length;
  // Line 1 of the YAML is line 2 of the file (after the opening ---).
  const data = parseYamlText(file, match[1], issues, 1);
  return { file, slug, raw, data, body: text.slice(match[0].length), bodyLine };
}
