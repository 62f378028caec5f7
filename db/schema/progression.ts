import { sql } from "drizzle-orm";
import { check, foreignKey, integer, pgTable, primaryKey, text } from "drizzle-orm/pg-core";
import { progressionTrack } from "./pg-enums";
import { roles } from "./roles";
import { skills } from "./skills";
import { sources } from "./sources";

/** A typical move from one role to another, with the years it usually takes. */
export const progressionEdges = pgTable(
  "progression_edges",
  {
    fromRole: text("from_role")
      .notNull()
      .references(() => roles.slug, { onDelete: "cascade" }),
    toRole: text("to_role")
      .notNull()
      .references(() => roles.slug, { onDelete: "cascade" }),
    track: progressionTrack("track").notNull(),
    typicalYearsMin: integer("typical_years_min").notNull(),
    typicalYearsMax: integer("typical_years_max").notNull(),
    sourceId: text("source_id")
      .notNull()
      .references(() => sources.id),
    note: text("note"),
  },
  (t) => [
    primaryKey({ columns: [t.fromRole, t.toRole] }),
    check("progression_edges_not_self", sql`${t.fromRole} <> ${t.toRole}`),
    check("progression_edges_years", sql`0 <= ${t.typicalYearsMin} and ${t.typicalYearsMin} <= ${t.typicalYearsMax}`),
  ],
);

/** Skills usually gained on the way along a progression edge. */
export const progressionEdgeSkills = pgTable(
  "progression_edge_skills",
  {
    fromRole: text("from_role").notNull(),
    toRole: text("to_role").notNull(),
    skillSlug: text("skill_slug")
      .notNull()
      .references(() => skills.slug),
  },
  (t) => [
    primaryKey({ columns: [t.fromRole, t.toRole, t.skillSlug] }),
    foreignKey({
      name: "progression_edge_skills_edge",
      columns: [t.fromRole, t.toRole],
      foreignColumns: [progressionEdges.fromRole, progressionEdges.toRole],
    }).onDelete("cascade"),
  ],
);
