-- The province report by district reads the communes of a level in parent order, and the
-- recognitions held on a day, each from one index without touching the tables.
CREATE INDEX units_level ON units (level, parent_code, code, kind, valid_from, valid_to);
CREATE INDEX recognitions_held ON recognitions (unit_code, deleted, decision_date, withdrawn_on, tier);
-- change_log_field_device (table_name, row_id, field, device_id, counter) serves every lookup
-- this one did; each op wrote ~75 bytes to it for nothing.
DROP INDEX change_log_field;
