import { Link } from "react-router";
import type { OccupationProfileView } from "~/features/occupations/profile.server";
import { OccupationAi } from "~/features/occupations/components/occupation-ai";
import { NearestRoleList, nearestRolesLead, NO_NEAREST_ROLES } from "~/features/occupations/components/nearest-roles";
import { bandText, OccupationOutlook } from "~/features/occupations/components/occupation-outlook";
import { OccupationPay } from "~/features/occupations/components/occupation-pay";
import { OccupationPeople } from "~/features/occupations/components/occupation-people";
import { OccupationTechnology } from "~/features/occupations/components/occupation-technology";
import { OccupationTitles, RelatedOccupations } from "~/features/occupations/components/occupation-titles";
import { OccupationWork } from "~/features/occupations/components/occupation-work";
import { techFamilyOf } from "~/features/occupations/tech-families";
import { SourcesAndCitation } from "~/features/roles/components/sources-and-citation";
import { ProfileSourcesProvider, Sourced, SourceRef } from "~/features/sources/components/sources-context";
import { medianPayText, profileMedian } from "~/features/pay/pay";
import { ProfileSection } from "~/ui/profile-section";
import { formatCount, formatPercentChange, formatVintage, formatWageYear } from "~/lib/format";
import { BandRoundingNote } from "~/features/periods/components/band-label";
import { RoleLinks } from "~/features/roles/components/role-links";
import { DataPinBanner } from "~/features/data-pin/components/data-pin-banner";

/** The generated profile of one BLS occupation: the same sections, sources and care as a curated role profile. */
export function OccupationProfile({ profile }: { profile: OccupationProfileView }) {
  const { occupation, projections, pay, onet, roles, nearestRoles, members, factors, sources, dataVersion, pageUrl, pinnedUrl, links } =
    profile;
  const latest = projections[0];
  const family = techFamilyOf(occupation.socCode);
  const latestFactors = latest ? factors.filter((f) => f.vintage === latest.vintage) : [];
  const median = latest ? profileMedian(pay[0], latest) : null;
  // A role's figures are those of its primary occupation (ADR 004); a role mapped here as a second view is not filed here.
  const filed = roles.filter((r) => r.isPrimary);
  const alsoMapped = roles.filter((r) => !r.isPrimary);
  return (
    <ProfileSourcesProvider sources={sources}>
      <article className="occupation-profile">
        <p className="breadcrumbs">
          <Link to="/occupations">Every occupation</Link>
          {occupation.majorGroup ? (
            <>
              {" "}
              › <Link to={`/occupations?group=${occupation.majorGroup.code}`}>{occupation.majorGroup.title}</Link>
            </>
          ) : null}
        </p>
        <h1>{occupation.title}</h1>
        <p className="lede">
          SOC {occupation.socCode}
          {family
            ? ` · ${family.label} (a tech occupation)`
            : roles.length > 0
              ? ` · a tech occupation (${roles.length === 1 ? "a curated tech role is" : "curated tech roles are"} filed under it)`
              : ""}
          . Figures describe the whole occupation, every level of experience included.
        </p>
        <p className="profile-actions">
          {/* The compare page's address for one occupation (its picker then asks for a role or another occupation). */}
          <Link to={links.compare}>Compare {occupation.title} with a role or another occupation</Link>
        </p>
        {profile.dataPinBanner ? <DataPinBanner banner={profile.dataPinBanner} interestScoresOn="profile" /> : null}
        <ProfileSection id="quick-facts" title="Quick facts">
          {latest ? (
            <dl className="quick-facts">
              <div>
                <dt>Median pay{median ? `, ${formatWageYear(median.wageYear)}` : ""}</dt>
                <dd>
                  {median ? (
                    <Sourced sourceId={median.sourceId} dataYear={formatWageYear(median.wageYear)}>
                      {medianPayText(median)}
                    </Sourced>
                  ) : (
                    "not published"
                  )}
                </dd>
              </div>
              <div>
                <dt>Projected growth, {formatVintage(latest.vintage)}</dt>
                <dd>
                  <Sourced sourceId={latest.sourceId} dataYear={formatVintage(latest.vintage)}>
                    {formatPercentChange(latest.changePercent)}
                  </Sourced>
                  {latest.band ? (
                    <span className="band-label">
                      {bandText(latest.band)} <SourceRef id={latest.band.sourceId} />
                      <BandRoundingNote band={latest.band} changePercent={latest.changePercent} />
                    </span>
                  ) : null}
                  {latest.allOccupationsPercent !== null ? (
                    <span className="quick-facts__note">All occupations: {formatPercentChange(latest.allOccupationsPercent)}</span>
                  ) : null}
                </dd>
              </div>
              <div>
                <dt>Openings a year, {formatVintage(latest.vintage)} average</dt>
                <dd>
                  {latest.annualOpenings !== null ? (
                    <Sourced sourceId={latest.sourceId} dataYear={formatVintage(latest.vintage)}>
                      {formatCount(latest.annualOpenings)}
                    </Sourced>
                  ) : (
                    "not published"
                  )}
                </dd>
              </div>
              <div>
                <dt>Typical entry education</dt>
                <dd>
                  {latest.entryEducation !== null ? (
                    <Sourced sourceId={latest.sourceId} dataYear={formatVintage(latest.vintage)}>
                      {latest.entryEducation}
                    </Sourced>
                  ) : (
                    "not published"
                  )}
                </dd>
              </div>
              <div>
                <dt>Employment, {latest.baseYear}</dt>
                <dd>
                  <Sourced sourceId={latest.sourceId} dataYear={String(latest.baseYear)}>
                    {formatCount(latest.employmentBase)}
                  </Sourced>
                </dd>
              </div>
              <div>
                <dt>O*NET job zone</dt>
                <dd>
                  {jobZones(onet)} {onet[0] ? <SourceRef id={onet[0].sourceId} /> : null}
                </dd>
              </div>
            </dl>
          ) : (
            <p>BLS publishes no projections for this line.</p>
          )}
        </ProfileSection>

        {/* After the quick facts, so a phone shows the figures on its first screen (a helper's pass found a long list of
            roles or of the nearest ones there first). */}
        {roles.length > 0 ? (
          <p className="filed-roles">
            {filed.length > 0 ? (
              <>
                Tech roles filed under this occupation, whose figures are this page&rsquo;s: <RoleLinks roles={filed} />.{" "}
              </>
            ) : null}
            {alsoMapped.length > 0 ? (
              <>
                {filed.length > 0 ? "Also" : "Tech roles"} mapped to it as a second view (their figures are another occupation&rsquo;s):{" "}
                <RoleLinks roles={alsoMapped} />.{" "}
              </>
            ) : null}
            Their profiles add skills, career paths and AI notes for each role.
          </p>
        ) : (
          <div className="filed-roles">
            <p>
              No curated tech role is filed under this occupation (<Link to="/roles">browse the tech roles</Link>).
              {members.length > 0 ? null : nearestRoles.length > 0 ? ` ${nearestRolesLead(nearestRoles)}` : ` ${NO_NEAREST_ROLES}`}
            </p>
            {nearestRoles.length > 0 ? <NearestRoleList roles={nearestRoles} nearTo={occupation.title} /> : null}
          </div>
        )}

        {members.length > 0 ? (
          // A summary line: BLS adds up the detailed occupations under it, and O*NET describes only those.
          <details className="group-members" open={members.length <= 12}>
            <summary>
              {occupation.title} is a group of {members.length} detailed occupation{members.length === 1 ? "" : "s"}: its figures add theirs
              up. Tasks, technology and titles are on their pages.
            </summary>
            <ul>
              {members.map((m) => (
                <li key={m.socCode}>
                  <Link to={`/occupations/${m.socCode}`}>{m.title}</Link> ({m.socCode})
                </li>
              ))}
            </ul>
          </details>
        ) : null}

        <ProfileSection id="what-they-do" title="What they do">
          <OccupationWork onet={onet} tasks={profile.tasks} emergingTasks={profile.emergingTasks} />
        </ProfileSection>

        <ProfileSection id="outlook" title="Outlook in every BLS release">
          <OccupationOutlook projections={projections} csvHref={links.figuresCsv} kind={occupation.kind} />
          {latestFactors.length > 0 && latest ? (
            <details>
              <summary>
                Why BLS expects this: {latestFactors.length} factor{latestFactors.length === 1 ? "" : "s"} it names for{" "}
                {formatVintage(latest.vintage)}
              </summary>
              <ul>
                {latestFactors.map((f, i) => (
                  <li key={i}>
                    <strong>{f.industryTitle}:</strong> {f.factor} <SourceRef id={f.sourceId} />
                  </li>
                ))}
              </ul>
            </details>
          ) : null}
        </ProfileSection>

        <ProfileSection id="pay" title="Pay">
          {profile.dataPinBanner?.percentilesKept === false ? (
            <p>
              The pay percentiles of data version {dataVersion.tag} were not kept (it was loaded before Career Atlas archived them):{" "}
              <a href={profile.dataPinBanner.currentHref}>see the current figures</a>.
            </p>
          ) : (
            <OccupationPay pay={pay} />
          )}
        </ProfileSection>

        <ProfileSection id="education" title="Education and interests">
          {/* Pinned to a version that kept no interest scores (loaded before migration 0018): today's, labelled as such. Pinned
              to one that kept them: those it showed, filed as it filed them (ADR 019, amended 2026-12-07). */}
          <OccupationPeople
            onet={onet}
            education={profile.education}
            interests={profile.interests}
            currentScores={profile.dataPinBanner?.interestScoresKept === false}
            pinnedTag={profile.dataPinBanner?.pinned.tag}
            unplaced={profile.unplacedInterests}
            filedElsewhereThen={profile.interestsFiledElsewhereThen}
          />
        </ProfileSection>

        <ProfileSection id="skills" title="Technology used on the job">
          <OccupationTechnology technology={profile.technology} />
        </ProfileSection>

        <ProfileSection id="ai-impact" title="AI evidence">
          <OccupationAi ai={profile.ai} onet={onet} />
        </ProfileSection>

        <ProfileSection id="related" title="Related occupations">
          <RelatedOccupations related={profile.related} />
        </ProfileSection>

        <ProfileSection id="also-known-as" title="Also known as">
          <OccupationTitles titles={profile.titles} />
        </ProfileSection>

        <SourcesAndCitation
          sources={sources}
          roleTitle={occupation.title}
          pageUrl={pageUrl}
          pinnedUrl={pinnedUrl}
          dataVersion={dataVersion}
        />
      </article>
    </ProfileSourcesProvider>
  );
}

function jobZones(onet: OccupationProfileView["onet"]): string {
  const zones = [...new Set(onet.flatMap((o) => (o.jobZone !== null ? [o.jobZone] : [])))].sort();
  if (zones.length === 0) return "not rated";
  return zones.length === 1 ? `${zones[0]} of 5` : `${zones.join(", ")} of 5 (varies by O*NET occupation)`;
}
