/** Kind and level of an issuing body, read from its name. */
import type { Plan } from "../../schemas/plan.ts";
import type { Province } from "../../schemas/locality.ts";
import { foldVietnamese } from "../vietnamese.ts";

const PARTY =
  /(dang uy|tinh uy|thanh uy|huyen uy|thi uy|quan uy|dang bo|chi bo|ban thuong vu|ban chap hanh|bo chinh tri|ban bi thu|ban tuyen giao|ban dan van)/;
const GOVERNMENT =
  /(uy ban nhan dan|ubnd|chinh phu|thu tuong|(^| )so [a-z]|(^| )bo [a-z]|van phong uy ban|hoi dong nhan dan)/;
const CENTRAL = /(bo chinh tri|ban chap hanh trung uong|ban bi thu|chinh phu|thu tuong|quoc hoi|^bo )/;
const UNIT = /(^| )(truong|benh vien|trung tam|cong ty|chi bo|hoc vien|vien|doanh nghiep|tong cong ty)( |$)/;
const COMMUNE = /(^| )(xa|phuong|thi tran|dac khu)( |$)/;
const DISTRICT = /(^| )(huyen|quan|thi xa|huyen uy|quan uy|thi uy)( |$)/;

/** Party, government or unit, from the issuer's name ("Ban Thường vụ Tỉnh ủy" → party). */
export function issuerKindOf(issuer: string): Plan["issuerKind"] {
  const f = foldVietnamese(issuer);
  if (PARTY.test(f)) return "party";
  if (GOVERNMENT.test(f)) return "government";
  return "unit";
}

/**
 * The issuer's level from its name: central bodies, units (schools, hospitals, party cells),
 * communes and wards, districts (before 1/7/2025), else the province. A "thành phố" that is not one
 * of the provinces is a district-level city.
 */
export function issuerLevelOf(issuer: string, provinces: readonly Province[] = []): Plan["level"] {
  const f = foldVietnamese(issuer);
  if (CENTRAL.test(f)) return "trung-uong";
  if (UNIT.test(f)) return "don-vi";
  if (COMMUNE.test(f)) return "xa";
  if (DISTRICT.test(f)) return "huyen";
  const city = /thanh pho ([a-z ]+?)(,|$)/.exec(f);
  if (city && !provinces.some((p) => [p.name, ...p.oldNames, ...p.mergedFrom].some((n) => foldVietnamese(n) === city[1].trim())))
    return "huyen";
  return "tinh";
}
