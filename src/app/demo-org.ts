import type { UnitKind } from "../domain/org.ts";

/**
 * A small organisation for trying the bot on a fresh machine: one commune committee with
 * grassroots cells and a grassroots committee with two subordinate cells (after the 2025
 * reform, modelled on Mường Khương in Lào Cai). Names of units only; no people.
 */
export const DEMO_ORG: readonly { code: string; name: string; kind: UnitKind; parentCode?: string; memberCount: number }[] = [
  { code: "LC", name: "Tỉnh ủy Lào Cai", kind: "province", memberCount: 0 },
  { code: "MK", name: "Đảng ủy xã Mường Khương", kind: "committee", parentCode: "LC", memberCount: 0 },
  { code: "MK-PL1", name: "Chi bộ thôn Pha Long 1", kind: "cell", parentCode: "MK", memberCount: 18 },
  { code: "MK-NC", name: "Chi bộ thôn Na Chơ", kind: "cell", parentCode: "MK", memberCount: 23 },
  { code: "MK-TT", name: "Chi bộ thôn Tả Thàng", kind: "cell", parentCode: "MK", memberCount: 12 },
  { code: "MK-THPT", name: "Đảng bộ Trường THPT số 1 Mường Khương", kind: "grassroots_committee", parentCode: "MK", memberCount: 41 },
  { code: "MK-THPT-GV", name: "Chi bộ Giáo viên", kind: "cell", parentCode: "MK-THPT", memberCount: 26 },
  { code: "MK-THPT-HC", name: "Chi bộ Hành chính", kind: "cell", parentCode: "MK-THPT", memberCount: 15 },
];

/** The cell whose secretary the local console user becomes. */
export const DEMO_CELL = "MK-PL1";

/** The committee whose group chat the console demo shows. */
export const DEMO_COMMITTEE = "MK";

/** The grassroots committee whose yearly self-assessment the local console user answers too. */
export const DEMO_GRASSROOTS = "MK-THPT";
