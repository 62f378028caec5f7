import type { RoleProfile } from "~/features/roles/role-profile";
import { StatementList } from "~/features/roles/components/statement-list";

/**
 * What the role's articles say about its outlook, apart from the BLS statistics: the figures they give (cited or
 * not) stay in view; their general characterisations fold away.
 */
export function OutlookStatements({ statements }: { statements: RoleProfile["outlookStatements"] }) {
  if (statements.length === 0) return null;
  const headline = statements.filter((s) => s.figure !== null);
  const characterisations = statements.filter((s) => s.figure === null);
  return (
    <div className="outlook-statements">
      <h3>What other sources say about the outlook</h3>
      <p className="fact__detail">
        These are the words of the articles we use, not BLS statistics. Where an article gives a figure, the badge says whether it comes
        from BLS.
      </p>
      <StatementList statements={headline} />
      {characterisations.length > 0 ? (
        <details className="more-statements">
          <summary>What the articles say about demand, competition and pay ({characterisations.length})</summary>
          <StatementList statements={characterisations} />
        </details>
      ) : null}
    </div>
  );
}
