/**
 * Skills-explorer server time (issue 14): /explore/skills with ten skills over the whole catalogue, several lists
 * (curated names, O*NET technology names, a name read by containment, a typo), each requested once to warm up and
 * then `rounds` times, one request at a time. Reads the database time from Server-Timing, as the search bench does.
 */
import { parseServerTiming } from "./search";
import { percentile } from "./report";

export const EXPLORE_P95_BUDGET_MS = 50;

/** Ten skills each (the issue's case), and one wide list that includes every occupation. */
export const EXPLORE_LISTS: { label: string; query: string }[] = [
  {
    label: "data: 10 skills",
    skills: ["Python", "SQL", "Microsoft Excel", "R", "Tableau", "Statistics", "Machine learning", "Git", "Linux", "AWS"],
  },
  {
    label: "web: 10 skills",
    skills: ["JavaScript", "HTML", "CSS", "React", "Node.js", "TypeScript", "Figma", "Git", "REST APIs", "Docker"],
  },
  {
    label: "IT: 10 skills",
    skills: ["Linux", "Microsoft Windows", "Networking", "Cisco", "Active Directory", "PowerShell", "Bash", "VMware", "Azure", "Jira"],
  },
  {
    label: "typed: 10 names, 2 read by containment, 1 typo",
    skills: ["python", "sql", "excel", "powerpoint", "pyhton", "java", "c++", "matlab", "autocad", "oracle"],
  },
  {
    label: "every occupation: 10 skills",
    skills: ["Python", "SQL", "Microsoft Excel", "R", "Tableau", "Statistics", "Machine learning", "Git", "Linux", "AWS"],
    all: true,
  },
].map(({ label, skills, all }) => ({
  label,
  query: `${skills.map((s) => `have=${encodeURIComponent(s)}`).join("&")}${all ? "&scope=all" : ""}`,
}));

export interface ExploreTiming {
  label: string;
  status: number;
  queries: number | undefined;
  dbMs: number[];
  totalMs: number[];
}

export interface ExploreSummary {
  perList: ExploreTiming[];
  requests: number;
  dbP95: number;
  totalP50: number;
  totalP95: number;
  missingServerTiming: number;
}

export async function measureExplore(baseUrl: string, { rounds }: { rounds: number }): Promise<ExploreSummary> {
  const perList: ExploreTiming[] = [];
  let missingServerTiming = 0;
  for (const list of EXPLORE_LISTS) {
    const timing: ExploreTiming = { label: list.label, status: 0, queries: undefined, dbMs: [], totalMs: [] };
    for (let round = 0; round <= rounds; round += 1) {
      const started = performance.now();
      const response = await fetch(`${baseUrl}/explore/skills?${list.query}`, { signal: AbortSignal.timeout(15_000) });
      await response.arrayBuffer();
      const totalMs = performance.now() - started;
      if (round === 0) continue; // warm-up
      timing.status = response.status;
      const { dbMs, queries } = parseServerTiming(response.headers.get("server-timing"));
      timing.totalMs.push(totalMs);
      if (dbMs === undefined) missingServerTiming += 1;
      else timing.dbMs.push(dbMs);
      timing.queries = queries;
    }
    perList.push(timing);
  }
  const tenSkills = perList.filter((l) => !l.label.startsWith("every occupation"));
  const db = tenSkills.flatMap((l) => l.dbMs);
  const total = tenSkills.flatMap((l) => l.totalMs);
  return {
    perList,
    requests: perList.reduce((n, l) => n + l.totalMs.length, 0),
    dbP95: percentile(db, 95),
    totalP50: percentile(total, 50),
    totalP95: percentile(total, 95),
    missingServerTiming,
  };
}
