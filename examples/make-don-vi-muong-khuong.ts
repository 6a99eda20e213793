/**
 * Writes examples/don-vi-muong-khuong.xlsx and .csv: the org tree of a district committee as an
 * office would list it for `npx bontot units import`, in the format `units export` writes
 * (Vietnamese headers and kinds). Modelled on Huyện ủy Mường Khương (Lào Cai): 8 grassroots
 * committees with 20 subordinate cells, and 21 grassroots cells — 50 units. Names of units and
 * places only; no people. Run again after changing the list:
 *
 *   node bin/run-ts.js examples/make-don-vi-muong-khuong.ts
 */
import { writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { UnitKind } from "../src/domain/org.ts";
import { loadTranslator } from "../src/i18n/translator.ts";
import { unitSheetWords } from "../src/cli/units-export-command.ts";
import { unitSheetBytes, type SheetUnit } from "../src/cli/units-sheet.ts";

interface ExampleUnit {
  readonly code: string;
  readonly name: string;
  readonly kind: UnitKind;
  readonly parent: string;
  readonly members: number;
}

const ROOT = "HMK";

/** Grassroots committees (with their members) and some of their subordinate cells (members per cell). */
const COMMITTEES: readonly { code: string; members: number; name: string; cells: readonly [string, string, number][] }[] = [
  { code: "HMK-TT", members: 112, name: "Đảng bộ thị trấn Mường Khương", cells: [["TDP1", "Chi bộ Tổ dân phố số 1", 31], ["TDP2", "Chi bộ Tổ dân phố số 2", 27], ["SP", "Chi bộ thôn Sả Phìn", 16]] },
  { code: "HMK-BL", members: 86, name: "Đảng bộ xã Bản Lầu", cells: [["NL1", "Chi bộ thôn Na Lốc 1", 22], ["NL2", "Chi bộ thôn Na Lốc 2", 19], ["CP", "Chi bộ thôn Cốc Phà", 14]] },
  { code: "HMK-PL", members: 64, name: "Đảng bộ xã Pha Long", cells: [["PL1", "Chi bộ thôn Pha Long 1", 18], ["PL2", "Chi bộ thôn Pha Long 2", 15], ["TC", "Chi bộ thôn Tả Chải", 12]] },
  { code: "HMK-LV", members: 71, name: "Đảng bộ xã Lùng Vai", cells: [["LV", "Chi bộ thôn Lùng Vai", 21], ["NP", "Chi bộ thôn Na Pên", 13], ["CC", "Chi bộ thôn Cốc Cái", 17]] },
  { code: "HMK-TCP", members: 48, name: "Đảng bộ xã Tung Chung Phố", cells: [["TCP", "Chi bộ thôn Tung Chung Phố", 16], ["LVT", "Chi bộ thôn Lồ Văn Thàng", 11]] },
  { code: "HMK-TNC", members: 39, name: "Đảng bộ xã Tả Ngài Chồ", cells: [["TNC", "Chi bộ thôn Tả Ngài Chồ", 14], ["SC", "Chi bộ thôn Sín Chải", 10]] },
  { code: "HMK-QS", members: 52, name: "Đảng bộ Quân sự huyện", cells: [["BCH", "Chi bộ Ban Chỉ huy Quân sự", 24], ["DD", "Chi bộ Đại đội bộ binh", 19]] },
  { code: "HMK-CA", members: 61, name: "Đảng bộ Công an huyện", cells: [["CS", "Chi bộ Cảnh sát", 26], ["AN", "Chi bộ An ninh", 22]] },
];

/** Grassroots cells (chi bộ cơ sở, under 30 members) directly under the district committee. */
const GRASSROOTS_CELLS: readonly [string, string, number][] = [
  ["THPT1", "Chi bộ Trường THPT số 1 Mường Khương", 24],
  ["THPT2", "Chi bộ Trường THPT số 2 Mường Khương", 19],
  ["DTNT", "Chi bộ Trường Phổ thông Dân tộc nội trú THCS và THPT huyện", 21],
  ["GDNN", "Chi bộ Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên", 12],
  ["YTE", "Chi bộ Trung tâm Y tế huyện", 28],
  ["THUE", "Chi bộ Đội Thuế liên huyện", 11],
  ["KBNN", "Chi bộ Kho bạc Nhà nước Mường Khương", 8],
  ["NHCS", "Chi bộ Phòng giao dịch Ngân hàng Chính sách xã hội huyện", 9],
  ["VKS", "Chi bộ Viện Kiểm sát nhân dân huyện", 10],
  ["TAND", "Chi bộ Tòa án nhân dân huyện", 9],
  ["THADS", "Chi bộ Chi cục Thi hành án dân sự huyện", 7],
  ["BHXH", "Chi bộ Bảo hiểm xã hội huyện", 8],
  ["DL", "Chi bộ Điện lực Mường Khương", 13],
  ["KL", "Chi bộ Hạt Kiểm lâm", 9],
  ["RPH", "Chi bộ Ban Quản lý rừng phòng hộ", 8],
  ["VHTT", "Chi bộ Trung tâm Văn hóa - Thể thao và Truyền thông", 11],
  ["QLDA", "Chi bộ Ban Quản lý dự án đầu tư xây dựng huyện", 10],
  ["DVNN", "Chi bộ Trung tâm Dịch vụ nông nghiệp", 12],
  ["GDDT", "Chi bộ Phòng Giáo dục và Đào tạo", 14],
  ["BD", "Chi bộ Bưu điện huyện", 7],
  ["DBP", "Chi bộ Đồn Biên phòng Pha Long", 18],
];

export function exampleUnits(): ExampleUnit[] {
  const units: ExampleUnit[] = [{ code: ROOT, name: "Huyện ủy Mường Khương", kind: "committee", parent: "", members: 0 }];
  for (const committee of COMMITTEES) {
    // A grassroots committee has 30 members or more; only some of its cells are listed (the pilots).
    units.push({ code: committee.code, name: committee.name, kind: "grassroots_committee", parent: ROOT, members: committee.members });
    for (const [code, name, members] of committee.cells) units.push({ code: `${committee.code}-${code}`, name, kind: "cell", parent: committee.code, members });
  }
  for (const [code, name, members] of GRASSROOTS_CELLS) units.push({ code: `${ROOT}-${code}`, name, kind: "cell", parent: ROOT, members });
  return units;
}

async function main(): Promise<void> {
  const translator = loadTranslator();
  const t = (key: string): string => translator.t("vi", key);
  const rows: SheetUnit[] = exampleUnits().map((u) => ({ code: u.code, name: u.name, kind: t(`units-kind-${u.kind}`), parent: u.parent, members: u.members, status: "" }));
  const dir = path.dirname(fileURLToPath(import.meta.url));
  for (const format of ["xlsx", "csv"] as const) {
    const file = path.join(dir, `don-vi-muong-khuong.${format}`);
    writeFileSync(file, await unitSheetBytes(format, rows, unitSheetWords(t)));
    process.stdout.write(`${path.relative(process.cwd(), file)}: ${rows.length} units\n`);
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
