-- Case scenarios are attempts too (assessment): the case, the stages revealed so far, and per
-- result row the stage and the choice taken, so critical misses can be reported by case, stage and choice.
alter table attempt add column case_id varchar(80);
alter table attempt add column stage_path varchar(4000);
alter table attempt_item_result add column stage_id varchar(80);
alter table attempt_item_result add column choice_id varchar(80);
create index ix_attempt_case on attempt (course_id, case_id, state);
