/**
 * The three exposure measures of "GPTs are GPTs" (Eloundou et al., 2023), in words for students: each is a share of an
 * occupation's O*NET tasks, rated by GPT-4 and by human annotators.
 */
export const EXPOSURE_MEASURE_TEXT: Record<string, string> = {
  alpha: "α: tasks an LLM alone could speed up a lot",
  beta: "β: α plus half of the tasks that need software built on an LLM",
  gamma: "γ: α plus all tasks that need such software",
};

/** The raters as the study names them. */
export const EXPOSURE_RATER_TEXT: Record<string, string> = { gpt4: "GPT-4 rating", human: "Human rating" };
