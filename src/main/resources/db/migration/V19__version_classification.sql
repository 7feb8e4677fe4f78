-- Classification of a new course version at approval (catalog, issue 22): what the change means
-- for learners certified on an earlier version, the note they and their managers read, and for a
-- safety-critical change the days they have to complete it. Versions loaded from the courses/
-- folder, and the first version of a course, have none ("not classified").
alter table course_version add column change_class varchar(20);
alter table course_version add column change_note varchar(2000);
alter table course_version add column grace_days integer;
alter table course_version add column previous_version_id bigint;
alter table course_version add column classified_by bigint;
alter table course_version add column classified_at timestamp with time zone;
alter table course_version add constraint ck_course_version_change_class
    check (change_class in ('EDITORIAL', 'SUBSTANTIVE', 'SAFETY_CRITICAL'));
alter table course_version add constraint fk_course_version_previous
    foreign key (previous_version_id) references course_version (id);
alter table course_version add constraint fk_course_version_classified_by
    foreign key (classified_by) references account (id);
