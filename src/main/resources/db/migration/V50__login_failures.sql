-- Wrong passwords per account and per client address (common.LoginThrottle), shared by every node:
-- kept in one node's memory, N nodes gave a guesser N times the free attempts. Times are epoch milliseconds.
create table login_failure (
    failure_key    varchar(300)      primary key,
    failures       double precision  not null,
    last_failure   bigint            not null,
    blocked_until  bigint            not null
);
