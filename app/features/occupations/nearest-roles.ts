/** A technology "few occupations list" is listed for fewer than one in this many of O*NET's occupations. */
export const FEW_OCCUPATIONS_DIVISOR = 20;
/** How many such technologies a role's occupation must have in common to be offered as near. */
export const MIN_DISTINCTIVE_TECHNOLOGIES = 5;
