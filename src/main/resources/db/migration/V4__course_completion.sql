-- When a learner completed a course (catalog). Set exactly once, by a conditional update; it is
-- also the durable record that certificates are issued from, so no completion can be lost.
alter table enrolment add column completed_at timestamp with time zone;
create index ix_enrolment_completed on enrolment (completed_at);
