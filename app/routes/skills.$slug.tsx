import { data, Link, useLoaderData } from "react-router";
import type { Route } from "./+types/skills.$slug";
import { GeneralErrorBoundary } from "~/ui/error-boundary";
import { ProfileSourcesProvider } from "~/features/sources/components/sources-context";
import { PeriodSwitch } from "~/features/periods/components/period-switch";
import { SkillEvidence } from "~/features/skills/components/skill-evidence";
import { SkillLeadsTo } from "~/features/skills/components/skill-leads-to";
import { SkillMarkList } from "~/features/skills/components/skill-marks";
import { SkillNotFound } from "~/features/skills/components/skill-not-found";
import { SkillRolesTable } from "~/features/skills/components/skill-roles";
import { SkillSources } from "~/features/skills/components/skill-sources";
import { getCurrentDataVersion } from "~/features/data-pin/data-version.server";
import { getSkillDetail } from "~/features/skills/queries.server";
import { formatVintage } from "~/lib/format";
import { pageHeaders } from "~/lib/http.server";
import { loadPublicPage } from "~/lib/page-loader.server";
import { SKILL_KIND_LABELS } from "~/features/roles/labels";
import { slugParam } from "~/lib/params.server";
import { readProjectionPeriod, vintageQuerySchema } from "~/features/periods/params.server";
import { onetReleaseLabel } from "~/features/skills/skills";
import profileStyles from "~/features/roles/profile.css?url";
import { citedPage } from "~/features/data-pin/cite.server";
import { keptPayLookup } from "~/features/pay/queries.server";
import { CiteThisPage } from "~/features/sources/components/cite-this-page";
import styles from "~/features/skills/skills.css?url";

export async function loader({ request, params }: Route.LoaderArgs) {
  const slug = slugParam(params.slug, { noun: "skill", path: "/skills/" });
  const { result, headers } = await loadPublicPage(request, {
    query: vintageQuerySchema,
    load: async ({ vintage: asked }) => {
      const { period, periods } = await readProjectionPeriod(asked);
      const dataVersion = await getCurrentDataVersion();
      const detail = await getSkillDetail({ slug, vintage: period.vintage, payOf: await keptPayLookup(dataVersion) });
      return { detail, periods, dataVersion };
    },
  });
  const { detail, periods } = result;
  if (!detail) {
    throw new Response(`We have no skill at the address “/skills/${slug.slice(0, 80)}”.`, { status: 404, statusText: "Not Found" });
  }
  const onetRelease = onetReleaseLabel(detail.sources.find((s) => s.id === detail.marks.onetSourceId));
  const citation = citedPage({
    request,
    title: `${detail.skill.name}: roles, outlook and evidence`,
    dataVersion: result.dataVersion,
    pinnable: false,
  });
  return data({ detail, periods, onetRelease, citation }, { headers });
}

export const headers = pageHeaders;

export const links: Route.LinksFunction = () => [
  { rel: "stylesheet", href: profileStyles },
  { rel: "stylesheet", href: styles },
];

export const meta: Route.MetaFunction = ({ data: page }) => {
  if (!page) return [{ title: "Skill not found — Career Atlas" }];
  const { skill, vintage } = page.detail;
  return [
    { title: `${skill.name}: roles that need it, their growth and pay (${formatVintage(vintage)}) — Career Atlas` },
    { name: "description", content: skill.description },
  ];
};

const SECTIONS = [
  { id: "roles", title: "Roles that need it" },
  { id: "leads-to", title: "Where it can lead" },
  { id: "evidence", title: "Hot and in-demand evidence" },
  { id: "sources", title: "Sources" },
] as const;

export default function SkillPage() {
  const { detail, periods, onetRelease, citation } = useLoaderData<typeof loader>();
  const { skill, marks } = detail;
  return (
    <ProfileSourcesProvider sources={detail.sources}>
      <article className="skill-page">
        <header className="profile-header">
          <p className="profile-header__trail">
            <Link to="/skills">All skills</Link> · <Link to={`/skills?kind=${skill.kind}`}>{SKILL_KIND_LABELS[skill.kind]}</Link>
          </p>
          <h1>{skill.name}</h1>
          <p className="lede">{skill.description}</p>
          <div className="skill-page__marks">
            <SkillMarkList skillName={skill.name} marks={marks} onetRelease={onetRelease} technologies={detail.technologies} />
          </div>
          <ul className="skill-actions">
            {detail.inRoleFinder ? (
              <li>
                <Link to={`/roles?skill=${skill.slug}`}>Find roles that need {skill.name}</Link> (role finder, with filters and sorting)
              </li>
            ) : null}
            <li>
              <Link to={`/map?focus=skill:${skill.slug}`}>Follow {skill.name} on the skills map</Link> (skills → roles → progression roles)
            </li>
          </ul>
          <PeriodSwitch periods={periods} vintage={detail.vintage} path={`/skills/${skill.slug}`} />
          <nav className="profile-toc" aria-label="On this page">
            <ol>
              {SECTIONS.map((s) => (
                <li key={s.id}>
                  <a href={`#${s.id}`}>{s.title}</a>
                </li>
              ))}
            </ol>
          </nav>
        </header>
        <section id="roles" className="skill-section" aria-labelledby="roles-title">
          <h2 id="roles-title">Roles that need {skill.name}</h2>
          <SkillRolesTable detail={detail} />
        </section>
        <section id="leads-to" className="skill-section" aria-labelledby="leads-to-title">
          <h2 id="leads-to-title">Where {skill.name} can lead</h2>
          <SkillLeadsTo detail={detail} />
        </section>
        <section id="evidence" className="skill-section" aria-labelledby="evidence-title">
          <h2 id="evidence-title">Hot and in-demand evidence</h2>
          <SkillEvidence detail={detail} onetRelease={onetRelease} />
        </section>
        <SkillSources sources={detail.sources} />
        <CiteThisPage citation={citation} sources={detail.sources} />
      </article>
    </ProfileSourcesProvider>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary notFound={<SkillNotFound />} />;
}
