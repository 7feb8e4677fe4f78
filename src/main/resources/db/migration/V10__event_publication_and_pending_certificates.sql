-- Spring Modulith's event publication registry (schema v2): a publication is written in the same
-- transaction as the change that raised the event and removed once its listener has succeeded, so
-- work that follows a commit survives a crash and is resubmitted at the next start.
create table event_publication (
    id                     uuid not null primary key,
    listener_id            varchar(512) not null,
    event_type             varchar(512) not null,
    serialized_event       varchar(4000) not null,
    publication_date       timestamp with time zone not null,
    completion_date        timestamp with time zone,
    status                 varchar(20),
    completion_attempts    int,
    last_resubmission_date timestamp with time zone
);
create index ix_event_publication_listener on event_publication (listener_id);
create index ix_event_publication_completion on event_publication (completion_date);

-- A completion whose certificate could not be drawn (for example a character no embedded font has):
-- shown to the learner and to administrators with the reason, retried when the name is corrected
-- or an administrator asks, never silently retried forever.
create table certificate_pending (
    issue_key     varchar(200) not null primary key,
    account_id    bigint not null references account (id),
    course_id     varchar(80) not null,
    version_id    bigint not null,
    course_title  varchar(300) not null,
    completed_at  timestamp with time zone not null,
    reason        varchar(1000) not null,
    failed_at     timestamp with time zone not null
);
create index ix_certificate_pending_owner on certificate_pending (account_id);
