import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { readYaml } from "../../../../src/lib/corpus/parse.ts";

/**
 * `readYaml` reads with js-yaml and hands what it refuses to `yaml`: whatever a file holds, the result
 * (or the error) must be the one `yaml` alone gives, which the check's messages and Astro's loader
 * were built on.
 */
const CASES: Record<string, string> = {
  "a plan's fields": 'title: "Kế hoạch"\nlevel: 2\nsigner: null\nstated: true\nquotes: []\nnote: Câu mẫu\n',
  "an unquoted date": "period: 2025-12-31\nissued:\n  date: 2024-06-02\n",
  numbers: "a: 0o17\nb: 017\nc: 0x1F\nd: 1_000\ne: 0b11\nf: 1e3\ng: .5\nh: +1\ni: -0\nj: 12345678901234567890\n",
  "special floats": "a: .inf\nb: -.Inf\nc: .NaN\n",
  "YAML 1.1 words": "a: yes\nb: No\nc: on\nd: off\ne: y\nf: True\ng: FALSE\nh: ~\ni: Null\n",
  "a merge key stays a key": "a: &x {b: 1}\nc:\n  <<: *x\n",
  "folded lines": "a: line one\n  line two\nb: >\n  folded\n  text\nc: |\n  kept\n  lines\n",
  quotes: "a: 'it''s'\nb: \"tab\\there\"\nc: abc \"def\" ghi\nd: 1#c\ne: b #comment\n",
  "a tab after a value": "a: 1\t\nb:\t2\n",
  "an empty key": ": 1\n",
  "a binary tag": "a: !!binary aGVsbG8=\n",
  "a control character": 'a: "\u0007"\n',
  "an empty document": "",
  "only a comment": "# nothing\n",
  "a tab as indentation": "a: 1\nb:\n\tc: 2\n",
  "a duplicate key": "a: 1\na: 2\n",
  "a duplicate key in a flow map": "{a: 1, a: 2}\n",
  "bad indentation": "a:\n  b: 1\n   c: 2\n",
  "an unclosed quote": 'a: "abc\nb: 1\n',
  "a key broken over two lines": "a: 1\nthis is\n  wrong: 2\n",
  "two colons": "a: b: c\n",
  "a stray bracket": "a: 1\n]\n",
  "an unclosed list": "a: [1, 2\n",
  "a key without a value": "a\nb: 1\n",
  "an undefined alias": "a: *x\n",
  "an indented first line": "  a: 1\nb: 2\n",
  "two documents": "a: 1\n---\nb: 2\n",
  "a list under a map entry": "- a: 1\n  - b\n",
};

const outcome = (read: (text: string) => unknown, text: string) => {
  try {
    return { data: read(text) };
  } catch (e) {
    return { error: (e as { code?: string }).code };
  }
};

describe("readYaml", () => {
  for (const [name, text] of Object.entries(CASES))
    it(`reads ${name} as the yaml package does`, () => {
      expect(outcome(readYaml, text)).toEqual(outcome(parse, text));
    });

  it("throws yaml's own error, with its code and line, for broken text", () => {
    expect(() => readYaml("a: 1\nb:\n\tc: 2\n")).toThrowError(expect.objectContaining({ code: "TAB_AS_INDENT" }));
  });
});
