-- The province report asks whether a set is held in several versions in a year's results (rare;
-- then it counts the communes by version). The year's few keys are found by one seek each in
-- this index, instead of comparing every commune's key in the report's pass.
CREATE INDEX assessment_scores_key ON assessment_scores (year, catalog_key);
