-- Earlier files of a certificate that was signed again (batch regeneration, for example after a
-- signing-key change): a copy the learner downloaded before still verifies as issued by us.
create table certificate_previous_file (
    certificate_id  bigint not null references certificate (id),
    pdf_sha256      varchar(64) not null,
    replaced_at     timestamp with time zone not null,
    primary key (certificate_id, pdf_sha256)
);
create index ix_certificate_previous_hash on certificate_previous_file (pdf_sha256);
