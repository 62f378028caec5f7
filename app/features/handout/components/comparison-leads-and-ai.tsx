import type { ComparisonHandoutRole } from "~/features/handout/handout";
import { AI_LAYER_LABELS } from "~/features/roles/labels";
import { AiCaveat, BETA_MEANING, InlineNote, ResearchLayer } from "~/features/handout/components/ai-summary";
import { HandoutSection } from "~/features/handout/components/handout-sheet";
import { EdgeText } from "~/features/handout/components/role-handout";

/** Each role's first next steps on one line, and how many more the comparison lists. */
export function ComparisonLeads({ roles }: { roles: ComparisonHandoutRole[] }) {
  return (
    <HandoutSection id="handout-leads" title="Where each leads">
      <ul className="handout-list handout-list--plain">
        {roles.map((role) => (
          <li key={role.slug}>
            <strong>{role.title}</strong> →{" "}
            {role.kind === "occupation"
              ? "a BLS occupation: next steps are recorded for curated roles only"
              : role.leadsTo.length === 0
                ? "no moves on record"
                : role.leadsTo.map((edge, i) => (
                    <span key={edge.slug}>
                      {i > 0 ? "; " : ""}
                      <EdgeText edge={edge} brief />
                    </span>
                  ))}
            {role.leadsToCount > role.leadsTo.length ? `; ${role.leadsToCount - role.leadsTo.length} more in the comparison` : ""}
          </li>
        ))}
      </ul>
      <p className="handout-more">Years are typical time in the first role: estimates that vary widely with the person and the employer.</p>
    </HandoutSection>
  );
}

/**
 * Each role's AI impact on one line, the three layers named apart; for three or four items (`notes` false), each one's β
 * exposure only, and where the notes are (HANDOUT_LIMITS.aiNotesUpToItems).
 */
export function ComparisonAi({ roles, notes }: { roles: ComparisonHandoutRole[]; notes: boolean }) {
  // Roles filed under one occupation usually get the same official note and exposure scores: print them once.
  const officialShownFor = new Map<string, string>();
  const researchShownFor = new Map<string, string>();
  return (
    <HandoutSection id="handout-ai" title="AI impact" className="handout-section--ai">
      <AiCaveat />
      <ul className="handout-compare-ai">
        {roles.map((role) => {
          const officialKey = JSON.stringify(role.ai.official);
          const researchKey = JSON.stringify([role.ai.exposure, role.ai.research]);
          const officialAs = officialShownFor.get(officialKey);
          const researchAs = researchShownFor.get(researchKey);
          if (!officialAs) officialShownFor.set(officialKey, role.title);
          if (!researchAs) researchShownFor.set(researchKey, role.title);
          const research =
            researchAs && (role.ai.exposure || role.ai.research) ? (
              `the same as for ${researchAs}.`
            ) : (
              <ResearchLayer ai={role.ai} brief inline />
            );
          if (!notes)
            return (
              <li key={role.slug}>
                <strong>{role.title}:</strong> {research}
              </li>
            );
          return (
            <li key={role.slug}>
              <strong>{role.title}.</strong>
              {role.kind === "occupation" ? " (BLS occupation: notes are written for curated roles.)" : null}{" "}
              <em>{AI_LAYER_LABELS.official}:</em>{" "}
              {officialAs && role.ai.official ? (
                `the same as for ${officialAs}.`
              ) : (
                <InlineNote note={role.ai.official} empty="none on record." />
              )}{" "}
              <em>{AI_LAYER_LABELS.research}:</em> {research} <em>{AI_LAYER_LABELS.editorial}:</em>{" "}
              <InlineNote note={role.ai.editorial} empty="none written yet." />
            </li>
          );
        })}
      </ul>
      <p className="handout-more">
        {BETA_MEANING} Scores to two decimals, as the study reports them.
        {notes ? null : " BLS’s statements about AI and our editorial notes for each role are on the comparison page the code opens."}
      </p>
    </HandoutSection>
  );
}
