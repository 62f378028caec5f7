import { describe, expect, it } from "vitest";
import { lessonChanges, type LessonFormValues, type LessonRoleChoice, type LessonSnapshot } from "~/features/lessons/lessons";

/** What the 409 of a stale lesson edit lists: the saved lesson's fields that differ from the editor's form. */
const choices: LessonRoleChoice[] = [
  { slug: "web-developer", title: "Web Developer", careerCluster: "software", questions: [{ position: 1, text: "What do you build?" }] },
  { slug: "qa-engineer", title: "QA Engineer", careerCluster: "software", questions: [] },
];
const saved: LessonSnapshot = {
  title: "Saved title",
  note: "Line one\nline two",
  vintage: "2024-34",
  roles: ["web-developer"],
  questions: ["What do you build?", "My own question?"],
  updatedAt: "2026-12-03T16:00:00.000Z",
  version: 2,
};
const sameForm: LessonFormValues = {
  title: " Saved title ",
  note: "Line one\r\nline two",
  vintage: "2024-34",
  roles: ["web-developer"],
  questions: ["web-developer:1"],
  ownQuestions: ["My own question?", ""],
};

describe("lessonChanges", () => {
  it("lists nothing when the form holds what is saved (line breaks and blank boxes as the server normalises them)", () => {
    expect(lessonChanges(saved, sameForm, choices)).toEqual([]);
  });

  it("lists each differing field with the saved value: roles by title, questions by text, the period as a label", () => {
    const mine: LessonFormValues = {
      ...sameForm,
      title: "Mine",
      vintage: "2023-33",
      roles: ["qa-engineer"],
      questions: [],
      ownQuestions: [],
    };
    expect(lessonChanges({ ...saved, note: "" }, mine, choices)).toEqual([
      { field: "title", label: "Title", saved: "Saved title" },
      { field: "note", label: "Note", saved: "(empty)" },
      { field: "vintage", label: "Projection period", saved: "2024–34" },
      { field: "roles", label: "Roles", saved: "Web Developer" },
      { field: "questions", label: "Questions", saved: "What do you build?; My own question?" },
    ]);
  });
});
