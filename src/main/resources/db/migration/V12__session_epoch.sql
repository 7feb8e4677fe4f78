-- Every signed-in session remembers the account's session epoch from its sign-in; changing or
-- resetting the password, or the account's roles, moves the epoch on, and every request of an older
-- session then ends it (checked per request, so on every node).
alter table account add column session_epoch bigint default 0 not null;
