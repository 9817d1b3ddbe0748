import { describe, expect, it } from "vitest";
import {
  EMPTY_STATE,
  isUnfiltered,
  parseState,
  serializeState,
  type StateContext,
} from "../../../../src/lib/explorer/state.ts";

const ctx: StateContext = {
  measureIds: ["lanh-dao-chi-dao", "muc-sinh-thay-the", "lao-khoa", "du-lieu-dan-cu"],
  provinceSlugs: ["ha-noi", "hue", "quang-tri", "dak-lak"],
  provinceAliases: new Map([
    ["thua-thien-hue", "hue"],
    ["quang-binh", "quang-tri"],
  ]),
  provinceNames: new Map([
    ["hue", "Huế"],
    ["quang-tri", "Quảng Trị"],
  ]),
};

describe("parseState(query, ctx)", () => {
  it("reads every filter from Vietnamese parameter names", () => {
    const { state, notices } = parseState(
      "?bien-phap=lao-khoa&bien-phap=du-lieu-dan-cu&ket-hop=tat-ca&muc=2&cap=tinh&cap=xa&khoi=dang&dia-phuong=hue&tu=2025-04-10&den=2025-12-31&tu-khoa=l%C3%A3o%20khoa",
      ctx,
    );
    expect(notices).toEqual([]);
    expect(state).toMatchObject({
      measures: ["lao-khoa", "du-lieu-dan-cu"],
      mode: "all",
      minLevel: 2,
      issuerLevels: ["tinh", "xa"],
      kinds: ["party"],
      provinces: ["hue"],
      from: "2025-04-10",
      to: "2025-12-31",
      text: "lão khoa",
    });
  });

  it("returns the empty state for an empty query", () => {
    expect(parseState("", ctx)).toEqual({ state: EMPTY_STATE, notices: [] });
  });

  it("ignores an unknown parameter with a visible notice", () => {
    const { state, notices } = parseState("?foo=1&bien-phap=lao-khoa", ctx);
    expect(state.measures).toEqual(["lao-khoa"]);
    expect(notices).toEqual([{ kind: "warning", text: "Tham số “foo” không được hỗ trợ nên đã bỏ qua." }]);
  });

  it("ignores an unknown measure, level, kind and locality, one notice each", () => {
    const { state, notices } = parseState("?bien-phap=khong-co&cap=huyen-cu&khoi=quan-doi&dia-phuong=atlantis", ctx);
    expect(state).toEqual(EMPTY_STATE);
    expect(notices.map((n) => n.text)).toEqual([
      "Biện pháp “khong-co” không có trong bộ mã nên đã bỏ qua.",
      "Cấp “huyen-cu” không hợp lệ nên đã bỏ qua (dùng trung-uong, tinh, huyen, xa, don-vi).",
      "Khối “quan-doi” không hợp lệ nên đã bỏ qua (dùng dang, chinh-quyen, don-vi).",
      "Địa phương “atlantis” không có trong danh sách 34 đơn vị cấp tỉnh nên đã bỏ qua.",
    ]);
  });

  it("ignores a malformed level, mode and date, keeping the defaults", () => {
    const { state, notices } = parseState("?muc=7&ket-hop=ca-hai&tu=2025-02-30&den=hom-qua", ctx);
    expect(state).toEqual(EMPTY_STATE);
    expect(notices).toHaveLength(4);
    expect(notices[2].text).toBe("Ngày 30/02/2025 không có: tháng 2 năm 2025 chỉ có 28 ngày; đã bỏ qua “Từ ngày”.");
  });

  it("maps an old province name to today's unit and says so", () => {
    const { state, notices } = parseState("?dia-phuong=quang-binh&dia-phuong=thua-thien-hue", ctx);
    expect(state.provinces).toEqual(["hue", "quang-tri"]);
    expect(notices[0]).toEqual({
      kind: "info",
      text: "“quang-binh” là tên cũ; đã lọc theo đơn vị ngày nay: Quảng Trị.",
    });
  });

  it("uses the first of repeated single-valued parameters and says so", () => {
    const { state, notices } = parseState("?muc=2&muc=3", ctx);
    expect(state.minLevel).toBe(2);
    expect(notices[0].text).toContain("chỉ nhận một giá trị");
  });

  it("reads dd/mm/yyyy dates, as the form submits them without JavaScript, into the ISO form", () => {
    const { state, notices } = parseState("?tu=1%2F7%2F2025&den=31.12.2025", ctx);
    expect([state.from, state.to]).toEqual(["2025-07-01", "2025-12-31"]);
    expect(notices).toEqual([]);
    expect(serializeState(state)).toBe("?tu=2025-07-01&den=2025-12-31");
  });

  it("swaps a date range given backwards", () => {
    const { state } = parseState("?tu=2025-12-31&den=2025-01-01", ctx);
    expect([state.from, state.to]).toEqual(["2025-01-01", "2025-12-31"]);
  });

  it("cuts overlong free text and never throws on odd input", () => {
    const { state, notices } = parseState(`?tu-khoa=${"a".repeat(500)}`, ctx);
    expect(state.text.length).toBe(200);
    expect(notices).toHaveLength(1);
    expect(() => parseState("?%E0%A4%A=1&&&=&bien-phap", ctx)).not.toThrow();
  });

  it("reads the SQL tab and its statement", () => {
    const { state } = parseState("?che-do=sql&sql=SELECT%201", ctx);
    expect(state).toMatchObject({ tab: "sql", sql: "SELECT 1" });
  });
});

describe("serializeState(state)", () => {
  it("writes defaults as nothing", () => {
    expect(serializeState(EMPTY_STATE)).toBe("");
  });

  it("writes one URL per view, whatever order the choices were made in", () => {
    const a = parseState("?cap=xa&bien-phap=lao-khoa&cap=tinh&bien-phap=muc-sinh-thay-the", ctx).state;
    expect(serializeState(a)).toBe("?bien-phap=muc-sinh-thay-the&bien-phap=lao-khoa&cap=tinh&cap=xa");
  });

  it("round-trips through parseState", () => {
    const query =
      "?bien-phap=lao-khoa&ket-hop=tat-ca&muc=3&khoi=chinh-quyen&dia-phuong=dak-lak&tu=2025-04-10&tu-khoa=d%E1%BB%AF+li%E1%BB%87u";
    const { state } = parseState(query, ctx);
    expect(serializeState(state)).toBe(query);
    expect(parseState(serializeState(state), ctx).state).toEqual(state);
  });
});

describe("isUnfiltered(state)", () => {
  it("says whether any filter narrows the plans", () => {
    expect(isUnfiltered(EMPTY_STATE)).toBe(true);
    expect(isUnfiltered({ ...EMPTY_STATE, tab: "sql", sql: "SELECT 1" })).toBe(true);
    expect(isUnfiltered({ ...EMPTY_STATE, text: "lão khoa" })).toBe(false);
  });
});
