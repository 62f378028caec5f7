/**
 * The header of each column our CSVs share (beside the sources, which every row cites), written once (docs/decisions/020):
 * every download and every file of the bulk download names the same figure the same way, with its unit in
 * parentheses, and two columns that hold different things never share a header (a per-figure source column is
 * "<figure> source", never "<figure>: source"). A header used by more than one file belongs here, not in the file.
 * The convention itself (CSV_HEADER_PATTERN in csv.server.ts) is checked when a file is written, and so is the order
 * of CSV_COLUMN_ORDER.
 */
export const CSV_HEADERS = {
  roleSlug: "Role slug",
  role: "Role",
  socCode: "SOC code",
  onetCode: "O*NET-SOC code",
  occupation: "Occupation",
  onetOccupation: "O*NET occupation",
  projectionPeriod: "Projection period",
  baseYear: "Base year",
  targetYear: "Target year",
  employmentBase: "Employment in base year (jobs)",
  employmentProjected: "Employment in target year (jobs)",
  changeNumeric: "Change (jobs)",
  changePercent: "Change (%)",
  growthBand: "Growth band",
  growthBandSource: "Growth band source",
  annualOpenings: "Openings a year (jobs)",
  laborForceExits: "Openings from labor force exits a year (jobs)",
  occupationalTransfers: "Openings from occupational transfers a year (jobs)",
  medianAnnualWage: "Median annual wage (USD)",
  // OEWS's top code is the top of its wage range ($239,200 a year in May 2024): a percentile at or above it is
  // published only as that code. Three columns name it, each saying which part it holds: the percentiles so published,
  // the code itself, and a median so published (its value is the code: the median is at least that).
  medianAnnualWageAtLeast: "Median annual wage at least, where published only as the top code (USD)",
  medianAnnualWageAtLeastSource: "Median annual wage at least source",
  medianHourlyWage: "Median hourly wage, where published by the hour only (USD an hour)",
  medianHourlyWageSource: "Median hourly wage source",
  wageYear: "Wage data year (May)",
  annualP10: "Annual wage, 10th percentile (USD)",
  annualP25: "Annual wage, 25th percentile (USD)",
  annualMedian: "Annual wage, median (USD)",
  annualP75: "Annual wage, 75th percentile (USD)",
  annualP90: "Annual wage, 90th percentile (USD)",
  topCoded: "Wage percentiles published only as the top code",
  topCodeAnnual: "Annual wage top code (USD)",
  topCodeHourly: "Hourly wage top code (USD an hour)",
  percentilesSource: "Wage percentiles source",
  oewsEmployment: "Wage and salary employment, OEWS (jobs)",
  entryEducation: "Typical entry education",
  workExperience: "Work experience in a related occupation",
  onTheJobTraining: "Typical on-the-job training",
  entryEducationDataYear: "Entry education data year",
  entryEducationSource: "Entry education source",
  jobZones: "O*NET job zones (1 to 5)",
  jobZonesSource: "Job zones source",
  jobZonesSourceUrl: "Job zones source URL",
  skillSlug: "Skill slug",
  skill: "Skill",
  skillKind: "Skill kind",
  skillImportance: "Core or useful",
  technology: "Technology",
  commodityCode: "UNSPSC commodity code",
  commodityTitle: "UNSPSC commodity title",
  hotTechnology: "O*NET Hot Technology",
  inDemandForOccupation: "O*NET In Demand for this occupation",
  inDemandForCodes: "O*NET In Demand for (O*NET-SOC codes)",
  aiMeasure: "AI measure",
  aiRater: "AI rater",
  aiExposureScore: "AI exposure score (0 to 1)",
  aiApplicabilityScore: "AI applicability score (0 to 1)",
  source: "Source",
  sourceUrl: "Source URL",
  dataVersion: "Data version",
} as const;

/**
 * The order the shared columns keep in every file that has them (csvText refuses another): who the row is about (a
 * role before its occupation, a code before its name), the projection period, then the figures in BLS's order (its
 * Table 1.2: base and target year, employment in each, change in jobs, then in percent; then Table 1.10's openings)
 * and the median wage. A file may put its own columns between them (a wage's year before or after it: the bulk
 * download's tables lead with their key); the data version closes each row.
 */
export const CSV_COLUMN_ORDER: readonly string[] = [
  CSV_HEADERS.roleSlug,
  CSV_HEADERS.role,
  CSV_HEADERS.socCode,
  CSV_HEADERS.occupation,
  CSV_HEADERS.projectionPeriod,
  CSV_HEADERS.baseYear,
  CSV_HEADERS.targetYear,
  CSV_HEADERS.employmentBase,
  CSV_HEADERS.employmentProjected,
  CSV_HEADERS.changeNumeric,
  CSV_HEADERS.changePercent,
  CSV_HEADERS.annualOpenings,
  CSV_HEADERS.laborForceExits,
  CSV_HEADERS.occupationalTransfers,
  CSV_HEADERS.medianAnnualWage,
  CSV_HEADERS.dataVersion,
];

/** The shared columns of `headers` that come before one CSV_COLUMN_ORDER puts ahead of them ([] when in order). */
export function columnsOutOfOrder(headers: readonly string[]): string[] {
  const ranked = headers.map((h) => CSV_COLUMN_ORDER.indexOf(h)).filter((rank) => rank >= 0);
  return ranked.filter((rank, i) => ranked.slice(i + 1).some((later) => later < rank)).map((rank) => CSV_COLUMN_ORDER[rank]!);
}

/**
 * `columns` with the shared ones moved into CSV_COLUMN_ORDER among the places they hold, the others where they are:
 * for files whose columns come from elsewhere (the bulk download's follow its tables).
 */
export function inSharedOrder<Column extends { header: string }>(columns: readonly Column[]): Column[] {
  const rank = (c: Column) => CSV_COLUMN_ORDER.indexOf(c.header);
  const shared = columns.filter((c) => rank(c) >= 0).sort((a, b) => rank(a) - rank(b));
  let next = 0;
  return columns.map((c) => (rank(c) >= 0 ? shared[next++]! : c));
}
