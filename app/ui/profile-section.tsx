import type { ReactNode } from "react";

/** One numbered part of the profile: an <h2> with a stable id, so a counselor can link straight to it. */
export function ProfileSection({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section id={id} className="profile-section" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>
        <a className="profile-section__anchor" href={`#${id}`}>
          {title}
        </a>
      </h2>
      {children}
    </section>
  );
}

/** The sections in their fixed order (ids are part of the page's public addresses). */
export const PROFILE_SECTIONS = [
  { id: "quick-facts", title: "Quick facts" },
  { id: "what-they-do", title: "What they do" },
  { id: "also-known-as", title: "Also known as" },
  { id: "skills", title: "Skills" },
  { id: "industries", title: "Industries that hire" },
  { id: "outlook", title: "Outlook charts" },
  { id: "ai-impact", title: "AI impact" },
  { id: "progression", title: "Where this role leads" },
  { id: "discussion", title: "Discussion questions" },
  { id: "sources", title: "Sources and how to cite this page" },
] as const;

export type ProfileSectionId = (typeof PROFILE_SECTIONS)[number]["id"];

export function sectionTitle(id: ProfileSectionId): string {
  return PROFILE_SECTIONS.find((s) => s.id === id)!.title;
}
