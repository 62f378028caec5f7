import { Link } from "react-router";
import type { Route } from "./+types/about";

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
        The U.S. Bureau of Labor Statistics (BLS) projects employment for each occupation ten years ahead. We carry three projection
        periods, <strong>2022–32</strong>, <strong>2023–33</strong> and <strong>2024–34</strong>, so you can see how the outlook was
        revised. Each period re-estimates its starting employment, so compare growth rates within a period, not job counts across periods.
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
          example “May 2024”).
        </li>
      </ul>

      <h2>Roles and occupations</h2>
      <p>
        BLS publishes figures per occupation of the Standard Occupational Classification (SOC 2018), such as 15-1254 Web developers. Career
        Atlas maps each role students know, such as Back-End Developer, to the occupation whose figures describe it, and says why. Several
        roles can share one occupation and so share its figures. Where sources file a title in different places (O*NET puts Chief Technology
        Officer under Chief Executives, BLS under Computer and Information Systems Managers), we keep both.
      </p>

      <h2>Skills (O*NET)</h2>
      <p>
        O*NET 29.3 (May 2025) marks technologies as <em>Hot</em> when employers name them often in job postings across all occupations, and{" "}
        <em>In Demand</em> when they are named often for one occupation.
      </p>

      <h2>AI and jobs</h2>
      <p>
        We keep three kinds of evidence apart and never blend them into one score: official statements by BLS; research scores from “GPTs
        are GPTs” (Eloundou, Manning, Mishkin &amp; Rock), which estimate the share of an occupation's tasks a large language model could
        speed up; and editorial notes, each with its author and review date. <strong>Exposure is not a forecast of job loss</strong>: BLS
        projects growth for software developers even though their tasks are highly exposed.
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
      </ul>
      <p>
        <Link to="/">Back to the outlook</Link>
      </p>
    </article>
  );
}
