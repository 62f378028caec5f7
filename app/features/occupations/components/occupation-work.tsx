import type { OccupationProfileView } from "~/features/occupations/profile.server";
import { SourceRef } from "~/features/sources/components/sources-context";

type View = Pick<OccupationProfileView, "onet" | "tasks" | "emergingTasks">;

const TASKS_SHOWN = 8;

/** What the work is, in O*NET's words: each O*NET occupation's description, its core tasks and its emerging tasks. */
export function OccupationWork({ onet, tasks, emergingTasks }: View) {
  if (onet.length === 0) return <p>O*NET describes no occupation under this BLS line.</p>;
  return (
    <>
      {onet.map((o) => {
        const own = tasks.filter((t) => t.onetCode === o.onetCode);
        const core = own.filter((t) => t.taskType === "Core");
        const main = core.length > 0 ? core : own;
        const rest = own.filter((t) => !main.includes(t));
        const emerging = emergingTasks.filter((t) => t.onetCode === o.onetCode);
        return (
          <article key={o.onetCode} className="onet-occupation" aria-labelledby={`onet-${o.onetCode}`}>
            {onet.length > 1 ? (
              <h3 id={`onet-${o.onetCode}`}>
                {o.title} <span className="muted">(O*NET {o.onetCode})</span>
              </h3>
            ) : (
              <h3 id={`onet-${o.onetCode}`} className="visually-hidden">
                {o.title}
              </h3>
            )}
            {o.description ? (
              <p>
                {o.description} <SourceRef id={o.sourceId} />
              </p>
            ) : null}
            {main.length > 0 ? (
              <>
                <h4>{core.length > 0 ? "Main tasks" : "Tasks"}</h4>
                <ul>
                  {main.slice(0, TASKS_SHOWN).map((t) => (
                    <li key={t.task}>{t.task}</li>
                  ))}
                </ul>
                {main.length + rest.length > TASKS_SHOWN ? (
                  <details>
                    <summary>All {main.length + rest.length} tasks</summary>
                    <ul>
                      {[...main.slice(TASKS_SHOWN), ...rest].map((t) => (
                        <li key={t.task}>
                          {t.task}
                          {t.taskType === "Supplemental" ? <span className="muted"> (supplemental)</span> : null}
                        </li>
                      ))}
                    </ul>
                  </details>
                ) : null}
              </>
            ) : null}
            {emerging.length > 0 ? (
              <>
                <h4>Emerging tasks</h4>
                <p className="muted">New or changing work O*NET has collected from workers and experts, not yet in the task list.</p>
                <ul>
                  {emerging.map((t) => (
                    <li key={t.task}>
                      {t.task}{" "}
                      <span className="muted">
                        ({t.category === "Revision" && t.originalTask ? `revises “${t.originalTask}”; ` : "new; "}collected {t.collected})
                      </span>
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
          </article>
        );
      })}
    </>
  );
}
