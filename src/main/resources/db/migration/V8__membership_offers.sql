-- An invitation to join an organisation sent to someone who already has an account (people): they
-- join only when they accept it from the emailed link, so no manager reads a record without consent.
create table membership_offer (
    account_id       bigint primary key references account (id),
    organisation_id  bigint not null references organisation (id),
    team_id          bigint references team (id),
    offered_at       timestamp with time zone not null
);
