-- The interface language a person chose (people): en, de or es; null follows the browser.
alter table account add column language varchar(8);

-- Extended time for timed quizzes and cases (assessment, WCAG 2.2.1): set for a learner with a
-- documented accommodation by an administrator, or by a manager of the learner's organisation.
-- The note names the document ("Disability services letter of 3 Nov 2026"), never a diagnosis.
-- extra_percent is added to every time limit; waived means no time limit at all.
create table time_accommodation (
    account_id    bigint primary key references account (id),
    extra_percent integer not null,
    waived        boolean not null,
    note          varchar(200) not null,
    set_by        bigint not null references account (id),
    set_at        timestamp with time zone not null
);

-- What each attempt was given, so a result can show it later whatever the accommodation is now:
-- the course's limit in minutes and the extra time granted (percent; null when none).
alter table attempt add column time_limit_minutes integer;
alter table attempt add column extra_time_percent integer;
alter table attempt add column time_limit_waived boolean default false not null;
