import { Link } from "react-router";
import { GrowthFigure } from "~/features/roles/components/growth-figure";
import { ProfileSourcesProvider, Sourced } from "~/features/sources/components/sources-context";
import { SourceList } from "~/features/sources/components/source-list";
import { withDataPin } from "~/features/data-pin/data-pin";
import { formatCalendarDate, formatCount, formatDollars, formatVintage, formatWageYear } from "~/lib/format";
import { lessonHandoutHref, type LessonBundleView, type LessonRole } from "~/features/lessons/lessons";
import { PaySpreadDetail } from "~/features/pay/components/pay-spread";
import { wholeOccupationNote } from "~/features/roles/occupation-scope";
import { CiteThisPage } from "~/features/sources/components/cite-this-page";
import type { PageCitation } from "~/features/sources/citations";

/**
 * A lesson as students see it: the counselor's note, each role's key figures (pinned to the lesson's data
 * version and projection period, each with its source), links to the pinned profiles, the questions, and how to cite it.
 */
export function LessonView({ lesson, citation }: { lesson: LessonBundleView; citation: PageCitation }) {
  const period = formatVintage(lesson.vintage);
  return (
    <ProfileSourcesProvider sources={lesson.sources}>
      <article className="lesson">
        <header>
          <p className="lesson__kicker">Lesson {lesson.code}</p>
          <h1>{lesson.title}</h1>
          {lesson.note
            ? lesson.note.split(/\n{2,}/).map((paragraph, i) => (
                <p key={i} className="lesson__note">
                  {paragraph}
                </p>
              ))
            : null}
          <p className="lesson__data muted">
            Figures: BLS employment projections {period}, from Career Atlas data version {lesson.dataVersion.tag} (loaded{" "}
            {formatCalendarDate(lesson.dataVersion.loadedAt)}). They stay the same for this lesson even when newer data is loaded. No
            sign-in: this page collects nothing about you.
          </p>
          <p className="lesson__handout">
            <Link to={lessonHandoutHref(lesson.code)}>One-page handout of this lesson</Link> (to print: the roles' key figures, the
            questions and a QR code to this page).
          </p>
          {lesson.periodLoaded ? null : (
            <p className="notice lesson__period-gone">
              The {period} projections are no longer in Career Atlas's current data. This lesson still shows the {period} figures kept with
              data version {lesson.dataVersion.tag}; the role profiles it links to show the newest projections instead.
            </p>
          )}
        </header>

        <section aria-labelledby="lesson-roles-title">
          <h2 id="lesson-roles-title">Roles in this lesson</h2>
          <ul className="lesson__roles">
            {lesson.roles.map((role) => (
              <li key={role.slug} className="lesson-role-card">
                <LessonRoleCard role={role} lesson={lesson} />
              </li>
            ))}
          </ul>
        </section>

        {lesson.questions.length > 0 ? (
          <section aria-labelledby="lesson-questions-title">
            <h2 id="lesson-questions-title">Questions to discuss</h2>
            <ol className="lesson__questions">
              {lesson.questions.map((q, i) => (
                <li key={i}>
                  {q.text}
                  {q.roleTitle ? <span className="muted"> (about {q.roleTitle})</span> : null}
                </li>
              ))}
            </ol>
          </section>
        ) : null}

        <SourceList sources={lesson.sources} />
        <CiteThisPage citation={citation} sources={lesson.sources} />
      </article>
    </ProfileSourcesProvider>
  );
}

function LessonRoleCard({ role, lesson }: { role: LessonRole; lesson: LessonBundleView }) {
  const period = formatVintage(lesson.vintage);
  if (role.title === null) {
    return (
      <>
        <h3>{role.slug}</h3>
        <p className="muted">This role is no longer in Career Atlas.</p>
      </>
    );
  }
  const f = role.figures;
  const scope = f ? wholeOccupationNote(role.title, f.occupationTitle) : "";
  // The profile with this lesson's figures (its period, pinned to its data version); with the newest projections
  // when the lesson's period is no longer loaded, since a profile can only show a loaded period.
  const profileHref = lesson.periodLoaded
    ? withDataPin(`/roles/${role.slug}?vintage=${lesson.vintage}`, lesson.dataVersion.tag)
    : `/roles/${role.slug}`;
  return (
    <>
      <h3>
        <Link to={profileHref}>{role.title}</Link>
      </h3>
      {role.summary ? <p>{role.summary}</p> : null}
      {f ? (
        <>
          <p className="lesson-role-card__occupation muted">
            Figures for the U.S. occupation {f.occupationTitle} (SOC {f.socCode}).
          </p>
          <dl className="facts">
            <div className="fact">
              <dt>Median annual pay{f.wageYear !== null ? `, ${formatWageYear(f.wageYear)}` : ""}</dt>
              <dd>
                {f.medianAnnualWage !== null && f.wageYear !== null ? (
                  <Sourced sourceId={f.sourceId} dataYear={formatWageYear(f.wageYear)}>
                    <span className="fact__value">{formatDollars(f.medianAnnualWage)}</span>
                  </Sourced>
                ) : (
                  <span className="muted">Not published</span>
                )}
                {f.medianAnnualWage !== null ? <p className="fact__detail">For {scope}.</p> : null}
                <PaySpreadDetail pay={f.pay} className="fact__detail" />
              </dd>
            </div>
            <div className="fact">
              <dt>Projected growth, {period}</dt>
              <dd>
                <GrowthFigure sourceId={f.sourceId} changePercent={f.changePercent} comparison={f.comparison} period={period} />
              </dd>
            </div>
            <div className="fact">
              <dt>
                Jobs, {f.baseYear} → {f.targetYear} (projected)
              </dt>
              <dd>
                <Sourced sourceId={f.sourceId} dataYear={period}>
                  <span className="fact__value fact__value--text">
                    {formatCount(f.employmentBase)} → {formatCount(f.employmentProjected)}
                  </span>
                </Sourced>
              </dd>
            </div>
            <div className="fact">
              <dt>Openings each year, {period} average</dt>
              <dd>
                {f.annualOpenings !== null ? (
                  <>
                    <Sourced sourceId={f.sourceId} dataYear={period}>
                      <span className="fact__value">{formatCount(f.annualOpenings)}</span>
                    </Sourced>
                    <p className="fact__detail">For {scope}.</p>
                  </>
                ) : (
                  <span className="muted">Not published</span>
                )}
              </dd>
            </div>
            {role.entryEducation && role.entrySourceId ? (
              <div className="fact">
                <dt>Typical education to enter</dt>
                <dd>
                  <Sourced sourceId={role.entrySourceId} dataYear={role.entryDataYear ? formatVintage(role.entryDataYear) : "not dated"}>
                    <span className="fact__value fact__value--text">{role.entryEducation}</span>
                  </Sourced>
                </dd>
              </div>
            ) : null}
          </dl>
        </>
      ) : (
        <p className="muted">BLS publishes no {period} projection for this role's occupation.</p>
      )}
      <p>
        <Link to={profileHref}>
          Full profile of {role.title}
          <span className="visually-hidden">
            {lesson.periodLoaded ? " (with this lesson's figures)" : " (with the newest projections)"}
          </span>
        </Link>
      </p>
    </>
  );
}
