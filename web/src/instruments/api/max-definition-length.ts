/** The longest SurveyJS text the API accepts (its import schema's limit). */
export const MAX_DEFINITION_LENGTH = 900_000;
