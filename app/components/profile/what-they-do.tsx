import type { RoleProfile } from "~/utils/role-profile";
import { ProfileSection, sectionTitle } from "./profile-section";
import { SourceRef } from "./sources-context";
import { StatementList } from "./statement-list";

/** The job in plain words, what sources say about it, and how to get started. */
export function WhatTheyDo({ profile }: { profile: RoleProfile }) {
  const { role, learningSteps, jobStatements } = profile;
  return (
    <ProfileSection id="what-they-do" title={sectionTitle("what-they-do")}>
      <p>{role.summary}</p>
      <ul className="duty-list">
        {role.whatTheyDo.map((duty, i) => (
          <li key={i}>{duty}</li>
        ))}
      </ul>
      {jobStatements.length > 0 ? (
        <>
          <h3>What sources say about the job</h3>
          <StatementList statements={jobStatements} />
        </>
      ) : null}
      {learningSteps.length > 0 ? (
        <>
          <h3>How to get started</h3>
          <ol className="step-list">
            {learningSteps.map((step) => (
              <li key={step.position}>
                <strong>{step.text}.</strong> {step.detail} <SourceRef id={step.sourceId} />
              </li>
            ))}
          </ol>
        </>
      ) : null}
    </ProfileSection>
  );
}
