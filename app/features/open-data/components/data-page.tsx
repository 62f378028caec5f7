import { Link } from "react-router";
import { formatCalendarDate } from "~/lib/format";
import type { DataPageView } from "~/features/open-data/data-page.server";

/** Example addresses of the API, one per operation (the path parameters filled in). */
const EXAMPLES: Record<string, string> = {
  "/api/v1/roles/{slug}": "/api/v1/roles/back-end-developer",
  "/api/v1/occupations/{code}": "/api/v1/occupations/15-1252",
  "/api/v1/skills/{slug}": "/api/v1/skills/python",
  "/api/v1/projections": "/api/v1/projections?soc=15-1252,15-1254",
  "/api/v1/occupations": "/api/v1/occupations?q=nurse",
};

const COMPARE_TABLES = [
  ["figures", "one row per compared role or occupation, then all occupations: every figure of the page"],
  ["pay-percentiles", "OEWS annual wage percentiles of each item's occupation"],
  ["other-pay", "median wages another release publishes for a role's occupation"],
  ["skills", "one row per skill of each role"],
  ["skill-overlap", "one row per pair of roles"],
  ["technologies", "each compared occupation's O*NET Hot Technology and In Demand technologies"],
  ["ai-exposure", "GPTs are GPTs scores of each role's O*NET occupation and of every O*NET occupation under a compared occupation"],
  ["ai-applicability", "Working with AI scores of each compared occupation"],
] as const;

export function DataPage({ page }: { page: DataPageView }) {
  const { dataVersion, bulkHref, bulkFiles, operations } = page;
  return (
    <article className="prose data-page">
      <h1>Open data</h1>
      <p className="lede">
        Every figure Career Atlas shows can be downloaded: as CSV beside each chart and list, as one zip of the whole dataset, or as JSON
        from a read-only API. Figures are exactly as their publishers published them, each with its source and data year.
      </p>

      <h2 id="download">Download everything</h2>
      <p>
        <a href={bulkHref} download>
          Download the whole dataset (zip, data version {dataVersion.tag})
        </a>
        , loaded {formatCalendarDate(dataVersion.loadedAt)}. Inside: one CSV file per table, <code>README.md</code> (every file and its row
        count), <code>LICENSES.md</code> (every source by licence) and <code>datapackage.json</code>, a{" "}
        <a href="https://specs.frictionlessdata.io/data-package/">Frictionless Data Package</a> describing each file&rsquo;s columns and
        types. Each row names its source by <em>Source ID</em>, described in <code>sources.csv</code>.
      </p>
      <details>
        <summary>The {bulkFiles.length} files</summary>
        <ul>
          {bulkFiles.map((file) => (
            <li key={file.name}>
              <code>{file.name}</code>: {file.description}
            </li>
          ))}
        </ul>
      </details>

      <h2 id="csv">CSV files</h2>
      <p>Every CSV file of Career Atlas is written the same way, so it opens cleanly in Excel, Google Sheets, LibreOffice or code:</p>
      <ul>
        <li>
          UTF-8 with a byte order mark (Excel on Windows then reads “–” and “é” correctly), one header row, CRLF line ends (RFC 4180).
        </li>
        <li>
          Headers are words, with the unit in parentheses: <em>SOC code</em>, <em>Employment in base year (jobs)</em>, <em>Change (%)</em>,{" "}
          <em>Median annual wage (USD)</em>, <em>Wage data year (May)</em>. Figures are raw (no thousands separators). A median BLS
          publishes only as “$239,200 or more” (the top of the OEWS range) is left blank there and given in{" "}
          <em>Median annual wage at least, where published only as the top code (USD)</em>. A median OEWS publishes by the hour only
          (actors, dancers, musicians and a few other occupations) is left blank there too and given in{" "}
          <em>Median hourly wage, where published by the hour only (USD an hour)</em>: never turned into a yearly figure. Where OEWS
          publishes a percentile only as the top code, <em>Wage percentiles published only as the top code</em> lists which (10, 25, 50, 75,
          90) and <em>Annual wage top code (USD)</em> gives the code.
        </li>
        <li>
          Each row has its source and its data year (a <em>Source</em> column with <em>Source URL</em> beside it, and the projection period
          or wage year); a column from another publisher than the row&rsquo;s other figures names its own, as “&lt;figure&gt; source” (
          <em>Growth band source</em>, <em>Job zones source</em>, <em>Wage percentiles source</em>). Each file holds one kind of row.
        </li>
        <li>
          A column that holds the same thing has the same header in every file, the bulk download&rsquo;s included, and columns that hold
          different things have headers that say how they differ. Changed on 6 December 2026: <em>Percentiles at or above the top code</em>{" "}
          (and, in an occupation&rsquo;s figures, <em>Annual wage percentiles at or above the top code</em>) became{" "}
          <em>Wage percentiles published only as the top code</em>; <em>Wage percentiles: source</em>,{" "}
          <em>Median annual wage at least: source</em> and <em>Median hourly wage: source</em> lost their colon; the comparison&rsquo;s{" "}
          <em>Education data year</em> and <em>Education source</em> became <em>Entry education data year</em> and{" "}
          <em>Entry education source</em>, its <em>O*NET commodity</em> <em>UNSPSC commodity title</em> and its <em>O*NET In Demand for</em>{" "}
          <em>O*NET In Demand for (O*NET-SOC codes)</em>. In the bulk download, the AI studies&rsquo; <em>Score (as published)</em> became{" "}
          <em>AI exposure score (0 to 1)</em> and <em>AI applicability score (0 to 1)</em>, as in the comparison, and O*NET&rsquo;s interest
          score <em>Interest score (1 to 7)</em>; skills&rsquo; <em>Slug</em>, <em>Name</em> and <em>Kind</em> became <em>Skill slug</em>,{" "}
          <em>Skill</em> and <em>Skill kind</em>; hourly wages are in <em>USD an hour</em>; OEWS&rsquo;s employment is{" "}
          <em>Wage and salary employment, OEWS (jobs)</em>; and its other columns that a page&rsquo;s download also has (the technologies,
          O*NET occupations, AI measures and raters, a role&rsquo;s skills, industries, career moves and sources) take that download&rsquo;s
          header, as its <code>datapackage.json</code> lists them. The comparison&rsquo;s files, an occupation&rsquo;s figures and a
          role&rsquo;s chart files gained <em>Source URL</em>.
        </li>
        <li>
          Columns every file shares come in one order: a role (<em>Role slug</em>, <em>Role</em>) before its occupation (<em>SOC code</em>,{" "}
          <em>Occupation</em>), then the projection period and the figures in BLS&rsquo;s order (base and target year, employment in each,
          change in jobs, then in percent, openings), the median wage, and the data version last. (Since December 2026: before,{" "}
          <code>/roles.csv</code> began <em>Role, Role slug</em>, <code>/outlook.csv</code> <em>Occupation, SOC code</em>, and the
          comparison&rsquo;s chart files ended with <em>Compared as</em>.)
        </li>
        <li>
          Every download from a page ends with <em>Data version</em>: the version its figures are from. A page pinned to a data version (
          <code>&amp;data=v3-1a2b3c4d</code>) downloads the figures of that version, and says so in that column. The bulk download names its
          version in its file name and its <code>README.md</code>.
        </li>
        <li>
          Every CSV carries an <code>ETag</code> that changes when new data is loaded: send it back as <code>If-None-Match</code> and an
          unchanged file is a 304 with no body.
        </li>
      </ul>
      <table>
        <caption>The CSV addresses</caption>
        <thead>
          <tr>
            <th scope="col">Address</th>
            <th scope="col">What it holds</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <td>
              <Link to="/roles.csv" reloadDocument>
                /roles.csv
              </Link>
            </td>
            <td>
              The role finder&rsquo;s table (same filters as /roles): one row per role with its occupation&rsquo;s projection, median pay
              and its 10th and 90th percentile.
            </td>
          </tr>
          <tr>
            <td>
              <Link to="/outlook.csv" reloadDocument>
                /outlook.csv
              </Link>
            </td>
            <td>The dashboard&rsquo;s growth chart: one row per occupation, and all occupations.</td>
          </tr>
          <tr>
            <td>
              <Link to="/occupations.csv" reloadDocument>
                /occupations.csv
              </Link>
            </td>
            <td>Every occupation the finder matches (same filters as /occupations).</td>
          </tr>
          <tr>
            <td>/occupations/15-1252/figures.csv</td>
            <td>
              One occupation&rsquo;s figures, one row per figure with its unit: every projection period and the OEWS percentiles. With{" "}
              <code>vintage=2022-32</code>, that period&rsquo;s projections only (a period not loaded is a 400).
            </td>
          </tr>
          <tr>
            <td>/roles/back-end-developer/growth.csv (employment, growth, vintages)</td>
            <td>The data of one chart of a role profile.</td>
          </tr>
          <tr>
            <td>/compare.csv?roles=…&amp;table=…</td>
            <td>
              A comparison, one table at a time:{" "}
              {COMPARE_TABLES.map(([table, what], index) => (
                <span key={table}>
                  {index > 0 ? "; " : null}
                  <code>{table}</code> ({what})
                </span>
              ))}
              . Or <code>chart=growth</code> or <code>chart=pay</code> for a chart&rsquo;s rows. The former address without{" "}
              <code>table</code>, one table of nine row types, now leads to <code>table=figures</code>. A table the comparison has no rows
              for (technologies for roles only, say) answers 404 with the reason and where that data is.
            </td>
          </tr>
        </tbody>
      </table>

      <h2 id="api">JSON API</h2>
      <p>
        A read-only API at <code>/api/v1</code>, described in OpenAPI 3.1 at <a href="/api/v1/openapi.json">/api/v1/openapi.json</a>. Any
        site may call it from the browser (CORS allows every origin).
      </p>
      <ul>
        {operations.map((operation) => (
          <li key={operation.path}>
            <a href={EXAMPLES[operation.path] ?? operation.path}>
              <code>GET {operation.path}</code>
            </a>
            : {operation.summary}. {operation.description}
          </li>
        ))}
      </ul>
      <ul>
        <li>
          Every figure is an object:{" "}
          <code>{`{ "value": 133080, "unit": "USD a year", "dataYear": "May 2024", "source": "bls-ep-2024-34" }`}</code>, and every answer
          lists the sources it cites (<code>sources</code>) with their licence and attribution.
        </li>
        <li>
          OEWS pay percentiles (<code>payPercentiles</code>: the 10th, 25th, median, 75th and 90th, annual and hourly, one entry per survey)
          come with an occupation and with each of a role&rsquo;s occupations, the same figures at both addresses. Where OEWS publishes a
          percentile only as its top code, the figure is that code and <code>atOrAboveTopCode</code> is true (&ldquo;$239,200 or more&rdquo;
          in May 2024). A role&rsquo;s figures are its occupation&rsquo;s, for every worker in it: <code>figuresDescribe</code> says whom
          they describe (&ldquo;all computer programmers, not only junior developers&rdquo;).
        </li>
        <li>
          <code>vintage=2024-34</code> picks a projection period (the newest when left out); <code>data=v3-1a2b3c4d</code> reads the
          projections and wages of an earlier data version, as a pinned page does. Answers name their data version (<code>dataVersion</code>
          , <code>X-Data-Version</code>).
        </li>
        <li>
          Answers carry an <code>ETag</code>: send it back as <code>If-None-Match</code> and an unchanged answer is a 304 with no body. The
          ETag changes when new data is loaded.
        </li>
        <li>
          Errors are <code>application/problem+json</code> (RFC 9457) with a <code>detail</code> that says what to change: 400 for a
          malformed parameter, one the address does not take, a repeated or blank one; 404 for an unknown role, skill, occupation or data
          version (for <code>projections</code>, any unknown code in <code>soc=</code>, even beside known ones: the 404 names each); 405 for
          any method but <code>GET</code>, <code>HEAD</code> and <code>OPTIONS</code> (the API is read-only).
        </li>
        <li>
          Lists of occupations come 100 a page (<code>page=2</code>), with the number of matches; a page past the last is a 404 that says
          how many pages there are.
        </li>
      </ul>

      <h2 id="licences">Licences</h2>
      <p>The data keeps its publishers&rsquo; licences. Cite the source named with each figure.</p>
      <ul>
        <li>
          U.S. Bureau of Labor Statistics (Employment Projections, Occupational Employment and Wage Statistics, Occupational Outlook
          Handbook): public domain (U.S. government work).
        </li>
        <li>
          O*NET: this site includes information from <a href="https://www.onetonline.org/">O*NET OnLine</a> by the U.S. Department of Labor,
          Employment and Training Administration (USDOL/ETA), used under the{" "}
          <a href="https://creativecommons.org/licenses/by/4.0/">CC BY 4.0</a> license. O*NET® is a trademark of USDOL/ETA.
        </li>
        <li>Tomlinson, Jaffe, Wang, Counts &amp; Suri, &ldquo;Working with AI&rdquo; (Microsoft Research, 2025): CC BY 4.0.</li>
        <li>Eloundou, Manning, Mishkin &amp; Rock, &ldquo;GPTs are GPTs&rdquo; (2023): MIT license.</li>
        <li>
          Career articles are quoted and paraphrased for education, with no licence stated: each is named with what it says. The role
          descriptions, skill lists and career moves are Career Atlas&rsquo;s own content, each statement with its source.
        </li>
      </ul>
      <p>
        <Link to="/about">About the data</Link>
      </p>
    </article>
  );
}
