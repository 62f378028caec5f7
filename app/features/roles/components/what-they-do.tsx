import { DefinedTermsHint, DefinedText, hasDefinedTerms, useGlossaryMarks } from "~/features/glossary/components/defined-terms";
import { whatTheyDoTexts, type RoleProfile } from "~/features/roles/role-profile";
import { ProfileSection, sectionTitle } from "~/ui/profile-section";
import { SourceRef } from "~/features/sources/components/sources-context";
import { StatementList } from "~/features/roles/components/statement-list";

/** The job in plain words, what sources say about it, and how to get started; glossary terms defined inline. */
export function WhatTheyDo({ profile }: { profile: RoleProfile }) {
  const { role, learningSteps, jobStatements } = profile;
  // One section: each glossary term is marked where it first appears, in reading order.
  const marked = useGlossaryMarks(whatTheyDoTexts(profile));
  const summary = marked[0]!;
  const duties = marked.slice(1, 1 + role.whatTheyDo.length);
  const statements = marked.slice(1 + role.whatTheyDo.length, 1 + role.whatTheyDo.length + jobStatements.length);
  const steps = marked.slice(1 + role.whatTheyDo.length + jobStatements.length);
  return (
    <ProfileSection id="what-they-do" title={sectionTitle("what-they-do")}>
      <p>
        <DefinedText segments={summary} />
      </p>
      {hasDefinedTerms(marked) ? <DefinedTermsHint /> : null}
      <ul className="duty-list">
        {duties.map((duty, i) => (
          <li key={i}>
            <DefinedText segments={duty} />
          </li>
        ))}
      </ul>
      {jobStatements.length > 0 ? (
        <>
          <h3>What sources say about the job</h3>
          <StatementList
            statements={jobStatements}
            texts={statements.map((segments, i) => (
              <DefinedText key={i} segments={segments} />
            ))}
          />
        </>
      ) : null}
      {learningSteps.length > 0 ? (
        <>
          <h3>How to get started</h3>
          <ol className="step-list">
            {learningSteps.map((step, i) => (
              <li key={step.position}>
                <strong>
                  <DefinedText segments={steps[2 * i]!} />.
                </strong>{" "}
                <DefinedText segments={steps[2 * i + 1]!} /> <SourceRef id={step.sourceId} />
              </li>
            ))}
          </ol>
        </>
      ) : null}
    </ProfileSection>
  );
}
