import { DefinedText, useGlossaryMarks } from "~/features/glossary/components/defined-terms";
import type { SourcedText } from "~/features/roles/role-profile";
import { ProfileSection, sectionTitle } from "~/ui/profile-section";
import { SourceRef } from "~/features/sources/components/sources-context";

/** Questions for a class or a counseling session; glossary terms defined inline (inside a GlossaryProvider). */
export function DiscussionQuestions({ questions }: { questions: SourcedText[] }) {
  const marked = useGlossaryMarks(questions.map((q) => q.text));
  return (
    <ProfileSection id="discussion" title={sectionTitle("discussion")}>
      {questions.length === 0 ? (
        <p>No discussion questions have been written for this role yet.</p>
      ) : (
        <ol className="question-list">
          {questions.map((q, i) => (
            <li key={q.position}>
              <DefinedText segments={marked[i]!} /> <SourceRef id={q.sourceId} />
            </li>
          ))}
        </ol>
      )}
    </ProfileSection>
  );
}
