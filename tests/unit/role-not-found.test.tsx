import { renderToStaticMarkup } from "react-dom/server";
import { UNSAFE_ErrorResponseImpl as ErrorResponse } from "react-router";
import { describe, expect, it } from "vitest";
import { RoleNotFoundSearch } from "~/features/roles/components/role-not-found";
import { readRoleNotFound, slugWords, type RoleNotFoundData } from "~/features/roles/role-not-found";
import { ErrorView } from "~/ui/error-boundary";

const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, " ")
    .replace(/\s+/g, " ")
    .trim();

/** A role route's 404 as its error view receives it: the JSON body parsed into the error's data. */
const notFound = (data: RoleNotFoundData) => new ErrorResponse(404, "Not Found", data);
const render = (error: unknown) => renderToStaticMarkup(<ErrorView error={error} notFound={<RoleNotFoundSearch error={error} />} />);

const frontEnd: RoleNotFoundData = {
  message: "We have no role at the address “/roles/frontend-developer”.",
  words: "frontend developer",
  suggestions: [{ href: "/roles/front-end-developer", title: "Front-End Developer", why: "Its title is what you typed" }],
  spelling: "match",
};

// Issue 12/15 polish: a role's 404 reads its address as a title. What would break: a slug that is no title searched
// (or quoted back into the search box), or a plain title left unread.
describe("an address read as a title's words", () => {
  it("turns hyphens and underscores into spaces", () => {
    expect(slugWords("frontend-developer")).toBe("frontend developer");
    expect(slugWords("frontend_developer")).toBe("frontend developer");
    expect(slugWords("c++-developer")).toBe("c++ developer");
    expect(slugWords("node.js--developer-")).toBe("node.js developer");
    expect(slugWords("développeur-web")).toBe("développeur web");
  });

  it("reads nothing that is no plausible title", () => {
    for (const odd of ["", "---", "123-456", "<script>", "a/b", "100%", "%E0%A4", "\u0000", "tab\there", "🚀", "a".repeat(81)]) {
      expect(slugWords(odd), JSON.stringify(odd)).toBeNull();
    }
    expect(slugWords(Array.from({ length: 10 }, () => "data").join("-"))).not.toBeNull();
    expect(slugWords(Array.from({ length: 11 }, () => "data").join("-"))).toBeNull();
  });
});

describe("the data of a role's 404", () => {
  it("is read from a 404 this code wrote, and from nothing else", () => {
    expect(readRoleNotFound(notFound(frontEnd))).toEqual(frontEnd);
    expect(readRoleNotFound(new ErrorResponse(404, "Not Found", "We have no role at the address “/roles/x”."))).toBeNull();
    expect(readRoleNotFound(new ErrorResponse(400, "Bad Request", frontEnd))).toBeNull();
    expect(readRoleNotFound(new Error("boom"))).toBeNull();
    expect(readRoleNotFound(notFound({ ...frontEnd, spelling: "maybe" as "match" }))).toBeNull();
    // A link that leaves the site is dropped, whatever the data says.
    const away = { ...frontEnd, suggestions: [{ ...frontEnd.suggestions[0]!, href: "//evil.example/roles/x" }] };
    expect(readRoleNotFound(notFound(away))?.suggestions).toEqual([]);
    // A browser reads "/\evil.example" as "//evil.example".
    const backslash = { ...frontEnd, suggestions: [{ ...frontEnd.suggestions[0]!, href: "/\\evil.example/roles/x" }] };
    expect(readRoleNotFound(notFound(backslash))?.suggestions).toEqual([]);
  });
});

describe("a role's 404 page", () => {
  it("keeps its message and heading, offers the role with why it matched, and fills the search box", () => {
    const html = render(notFound(frontEnd));
    expect(html).toContain('<h1 id="error-title">Page not found</h1>');
    expect(text(html)).toContain("We have no role at the address “/roles/frontend-developer”.");
    expect(html).toContain('Did you mean <a href="/roles/front-end-developer">Front-End Developer</a>?');
    expect(text(html)).toContain("We read the address as “frontend developer”. Its title is what you typed.");
    expect(html).toMatch(/<input id="role-not-found-q"[^>]* name="q" value="frontend developer"\/>/);
  });

  it("says close spellings are close spellings, and lists several", () => {
    const html = render(
      notFound({
        ...frontEnd,
        words: "frontent developer",
        spelling: "close",
        suggestions: [
          { href: "/roles/front-end-developer", title: "Front-End Developer", why: "Its title is close to what you typed" },
          { href: "/roles/web-developer", title: "Web Developer", why: "Its title is close to what you typed" },
        ],
      }),
    );
    expect(text(html)).toContain(
      "Did you mean one of these roles? No role’s title or other name is spelled “frontent developer”; these are spelled close to it.",
    );
    expect(html).toContain('<a href="/roles/web-developer">Web Developer</a>');
  });

  it("offers only the search, its box empty, for a plain-text 404 or one with no words", () => {
    for (const error of [
      new ErrorResponse(404, "Not Found", "We have no role at the address “/roles/x”."),
      notFound({ ...frontEnd, words: null, suggestions: [] }),
    ]) {
      const html = render(error);
      expect(html).not.toContain("Did you mean");
      expect(html).toContain("Search for a role");
      expect(html).not.toContain("value=");
    }
  });
});
