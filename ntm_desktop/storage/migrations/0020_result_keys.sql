-- The province report asks which versions of a set a year's results were stored under. Most
-- years have one; two index seeks (the lowest and highest key of the year) tell, instead of
-- comparing every commune's key in the report's pass.
CREATE INDEX assessment_scores_key ON assessment_scores (year, catalog_key);
