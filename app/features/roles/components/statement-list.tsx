import type { ReactNode } from "react";
import type { RoleStatement } from "~/features/roles/role-profile";
import { SourceRef } from "~/features/sources/components/sources-context";

const KIND_BADGES: Record<RoleStatement["kind"], string> = {
  outlook_as_cited: "BLS figure, as an article cites it",
  uncited_claim: "Uncited claim: not a BLS figure",
  demand: "Demand, as a source describes it",
  competition: "Competition, as a source describes it",
  salary: "Pay, as a source describes it",
  work_arrangement: "Ways of working",
  classification: "How a source files the role",
  importance: "Why the role matters",
};

/**
 * What sources say about the role, each with a text badge saying what kind of claim it is. `texts`, one per statement,
 * replaces the plain statement (What they do passes it with glossary terms defined inline; the quick facts, in the
 * page's first load, leave the glossary's code out).
 */
export function StatementList({ statements, texts }: { statements: RoleStatement[]; texts?: ReactNode[] }) {
  if (statements.length === 0) return null;
  return (
    <ul className="statement-list">
      {statements.map((s, i) => (
        <li key={i} className={`statement statement--${s.kind.replace(/_/g, "-")}`}>
          <span className="badge">{KIND_BADGES[s.kind]}</span>
          <p className="statement__text">
            {texts?.[i] ?? s.statement} <SourceRef id={s.sourceId} />
          </p>
          {s.note ? <p className="statement__note">{s.note}</p> : null}
        </li>
      ))}
    </ul>
  );
}
