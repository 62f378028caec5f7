import { ALIAS_ORIGIN_LABELS } from "~/features/roles/labels";
import type { RoleAlias } from "~/features/roles/role-profile";
import { ProfileSection, sectionTitle } from "~/ui/profile-section";
import { SourceRef, useSource } from "~/features/sources/components/sources-context";

/** Other titles for the role, each with where it comes from. */
export function AlsoKnownAs({ roleTitle, aliases }: { roleTitle: string; aliases: RoleAlias[] }) {
  return (
    <ProfileSection id="also-known-as" title={sectionTitle("also-known-as")}>
      {aliases.length === 0 ? (
        <p>We have no other titles on record for {roleTitle}.</p>
      ) : (
        <>
          <p>Job ads and career sites also call this role:</p>
          <ul className="alias-list">
            {aliases.map((a) => (
              <AliasItem key={a.alias} alias={a} />
            ))}
          </ul>
        </>
      )}
    </ProfileSection>
  );
}

function AliasItem({ alias }: { alias: RoleAlias }) {
  const source = useSource(alias.sourceId);
  return (
    <li>
      <span className="alias-list__title">{alias.alias}</span>{" "}
      <span className="alias-list__origin">
        {ALIAS_ORIGIN_LABELS[alias.origin]}
        {alias.onetCode ? ` (O*NET ${alias.onetCode}${alias.onetTitle ? ` ${alias.onetTitle}` : ""})` : ""}
        {source ? <>: {source.citation.title}</> : null}
      </span>{" "}
      <SourceRef id={alias.sourceId} />
      {alias.note ? <span className="alias-list__note">{alias.note}</span> : null}
    </li>
  );
}
