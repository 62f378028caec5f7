/**
 * The header of each column our CSVs share (beside the sources, which every row cites), written once (docs/decisions/020): every download and every file of the
 * bulk download names the same figure the same way, with its unit in parentheses. The convention itself
 * (CSV_HEADER_PATTERN in app/lib/csv.server.ts) is checked when a file is written.
 */
export const CSV_HEADERS = {
  role: "Role",
  roleSlug: "Role slug",
  socCode: "SOC code",
  onetCode: "O*NET-SOC code",
  occupation: "Occupation",
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
  medianAnnualWageAtLeast: "Median annual wage at least, where published only as the top code (USD)",
  medianAnnualWageAtLeastSource: "Median annual wage at least: source",
  wageYear: "Wage data year (May)",
  annualP10: "Annual wage, 10th percentile (USD)",
  annualP90: "Annual wage, 90th percentile (USD)",
  topCoded: "Percentiles at or above the top code",
  topCodeAnnual: "Annual wage top code (USD)",
  entryEducation: "Typical entry education",
  workExperience: "Work experience in a related occupation",
  onTheJobTraining: "Typical on-the-job training",
  source: "Source",
  sourceUrl: "Source URL",
  dataVersion: "Data version",
} as const;
