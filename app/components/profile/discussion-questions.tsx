import type { SourcedText } from "~/utils/role-profile";
import { ProfileSection, sectionTitle } from "./profile-section";
import { SourceRef } from "./sources-context";

/** Questions for a class or a counseling session. */
export function DiscussionQuestions({ questions }: { questions: SourcedText[] }) {
  return (
    <ProfileSection id="discussion" title={sectionTitle("discussion")}>
      {questions.length === 0 ? (
        <p>No discussion questions have been written for this role yet.</p>
      ) : (
        <ol className="question-list">
          {questions.map((q) => (
            <li key={q.position}>
              {q.text} <SourceRef id={q.sourceId} />
            </li>
          ))}
        </ol>
      )}
    </ProfileSection>
  );
}
