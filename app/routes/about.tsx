import { Link } from "react-router";
import type { Route } from "./+types/about";
import { TECH_FAMILIES } from "~/features/occupations/tech-families";
import { listTitles } from "~/lib/list-titles";

/** A tech family as the about page lists it: "engineering (SOC 17-2…, 17-3…)"; a prefix shorter than a code ends in "…". */
const familyText = (family: (typeof TECH_FAMILIES)[number]) =>
  `${family.label.toLowerCase()} (SOC ${family.prefixes.map((p) => (p.length < 7 ? `${p}…` : p)).join(", ")})`;

// Static page: no loader and no database, so it also serves as the benchmark's minimal route.
export const headers: Route.HeadersFunction = () => ({ "Cache-Control": "public, max-age=3600" });

export const meta: Route.MetaFunction = () => [
  { title: "About the data — Career Atlas" },
  { name: "description", content: "Where Career Atlas's figures come from, how to read projections, and what AI-exposure scores mean." },
];

export default function About() {
  return (
    <article className="prose">
      <h1>About the data</h1>
      <p className="lede">
        Career Atlas shows published figures as their publishers wrote them, each with its source and the year it describes. Here is what
        they mean and where they come from.
      </p>

      <h2>Employment projections (BLS)</h2>
      <p>
        The U.S. Bureau of Labor Statistics (BLS) projects employment for each occupation ten years ahead and publishes a new projection
        period every year. We carry every period we have loaded from BLS&rsquo;s files (each page lets you switch between them), so you can
        see how the outlook was revised. Each period re-estimates its starting employment, so compare growth rates within a period, not job
        counts across periods.
      </p>
      <ul>
        <li>
          <strong>Percent change</strong> is how much employment grows over the ten years; <strong>numeric change</strong> is how many jobs
          that adds. A small occupation can grow fast and still add few jobs.
        </li>
        <li>
          <strong>Annual openings</strong> count jobs to fill each year, including people who retire or change occupation, so an occupation
          that is not growing can still have many openings.
        </li>
        <li>
          <strong>Median pay</strong> is the wage half the workers earn more than and half less, from the May survey of the year shown (for
          example “May 2024”). Occupation pages add the 10th, 25th, 75th and 90th percentiles from the same survey (OEWS). The low
          percentiles are what the lowest-paid workers of every experience level earn: they are not a starting salary.
        </li>
        <li>
          <strong>Growth bands</strong> such as “Much faster than average (7% or higher)” are shown only for a period whose band table is
          verified (2024–34, as O*NET OnLine labels it from BLS&rsquo;s projections); for other periods we show the percent and the
          all-occupations rate instead. O*NET labels detailed occupations only, so a group of them (a major group such as 29-0000, a summary
          line, all occupations) gets no band: one we worked out ourselves would not be O*NET&rsquo;s or BLS&rsquo;s.
        </li>
      </ul>

      <h2>What Career Atlas covers</h2>
      <p>
        Two layers. <strong>Curated tech roles</strong> (Back-End Developer, Data Scientist, CTO…) have editorial profiles with skills,
        career paths and AI notes. Under them sits <strong>the whole catalogue</strong>: <Link to="/occupations">every occupation</Link> BLS
        projects (more than 800), every O*NET occupation, and more than 60,000 other job titles from O*NET and BLS, so the search finds
        careers outside tech too and takes you to their occupation page. Career Atlas does not cover local or state figures, or jobs outside
        the United States. O*NET also describes military occupations (SOC major group 55), for which BLS publishes no projections and OEWS
        no wages: the search names them and links to O*NET OnLine, but has no figures for them.
      </p>
      <p>
        <strong>How the search orders what it finds.</strong> Titles that are what you typed come first, then titles that begin with it,
        contain it or have all its words in order, or that you typed whole with other words around them (&ldquo;software engineer
        intern&rdquo;, which says that &ldquo;intern&rdquo; is not part of the title), then close spellings. A field typed for its worker
        finds the worker&rsquo;s title, when few occupations share it, before titles that only contain the field: &ldquo;nursing&rdquo;
        finds Nurse, &ldquo;programming&rdquo; Programmer, &ldquo;computer science&rdquo; Computer Scientist. Throughout, a title that only
        looks like what you typed is offered as &ldquo;did you mean&rdquo;, never as the answer. Many occupations share a title (O*NET gives
        &ldquo;Server&rdquo; to both Waiters and Waitresses and Fast Food and Counter Workers), so among occupations that match equally
        well, an occupation&rsquo;s own title comes first, then BLS&rsquo;s sample titles, then O*NET&rsquo;s; then an occupation whose own
        title names what you typed; then the one for which more of O*NET&rsquo;s kinds of sources (worker surveys, employer job listings,
        SOC resources&hellip;) give the title; then the one that employs more people. Among titles that begin with what you typed, the
        occupation of a curated tech role whose name begins with it comes first (&ldquo;cybersecurity&rdquo;: Information security analysts,
        where Security Analyst is filed). Each result says which title matched and who lists it.
      </p>
      <p>
        <strong>What counts as a tech occupation.</strong> Our classification, not BLS&rsquo;s: {listTitles(TECH_FAMILIES.map(familyText))};
        and every occupation a curated tech role is filed under, whatever its code (O*NET files Chief Technology Officer under Chief
        Executives, so that O*NET occupation counts, but not Chief Sustainability Officers beside it). The occupation finder filters by
        these families, and the explorers list tech careers first by the same rule.
      </p>
      <p>
        You can also start from yourself: <Link to="/explore/skills">from the skills you have</Link> (any curated skill or O*NET technology;
        each page explains how it ranks careers) or <Link to="/explore/interests">from what you like</Link> (O*NET&rsquo;s six interest
        areas).
      </p>

      <h2>Roles and occupations</h2>
      <p>
        BLS publishes figures per occupation of the Standard Occupational Classification (SOC 2018), such as 15-1254 Web developers. Career
        Atlas maps each role students know, such as Back-End Developer, to the occupation whose figures describe it, and says why. Several
        roles can share one occupation and so share its figures. Where sources file a title in different places (O*NET puts Chief Technology
        Officer under Chief Executives, BLS under Computer and Information Systems Managers), we keep both.
      </p>

      <h2>Skills (O*NET)</h2>
      <p>
        O*NET 30.1 (December 2025) marks technologies as <em>Hot</em> when employers name them often in job postings across all occupations,
        and <em>In Demand</em> when they are named often for one occupation.
      </p>

      <h2>AI and jobs</h2>
      <p>
        We keep the kinds of evidence apart and never blend them into one score: official statements by BLS; research scores from “GPTs are
        GPTs” (Eloundou, Manning, Mishkin &amp; Rock), which estimate the share of an occupation's tasks a large language model could speed
        up; “Working with AI” (Microsoft Research, 2025), which measures how much of an occupation&rsquo;s work people actually asked an AI
        assistant to help with; and editorial notes, each with its author and review date.{" "}
        <strong>Exposure is not a forecast of job loss</strong>: BLS projects growth for software developers even though their tasks are
        highly exposed.
      </p>

      <h2>Claims without a source</h2>
      <p>
        Some articles give figures without saying where they come from. We keep them, labelled as uncited claims of that article, and never
        show them as official statistics.
      </p>

      <h2>Sources and licences</h2>
      <ul>
        <li>U.S. Bureau of Labor Statistics, Employment Projections program and Occupational Outlook Handbook: public domain.</li>
        <li>
          This site includes information from O*NET OnLine by the U.S. Department of Labor, Employment and Training Administration
          (USDOL/ETA). Used under the CC BY 4.0 license. O*NET® is a trademark of USDOL/ETA.
        </li>
        <li>Eloundou, Manning, Mishkin &amp; Rock, “GPTs are GPTs” (arXiv:2303.10130; Science, 2024), data under the MIT license.</li>
        <li>Tomlinson, Jaffe, Wang, Counts &amp; Suri, “Working with AI” (Microsoft Research, 2025), data under the CC BY 4.0 license.</li>
      </ul>
      <p>
        Every figure can be reused: <Link to="/data">open data</Link> has the CSV files, the whole dataset as one download with its
        licences, and a JSON API.
      </p>
      <p>
        <Link to="/">Back to the outlook</Link>
      </p>
    </article>
  );
}
