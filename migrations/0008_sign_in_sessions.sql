-- "Session" is a meeting session everywhere in Accord (meeting_sessions, /api/v1/processes/…/sessions);
-- a person's signed-in browser is a sign-in session. One word per concept: the table says which.
alter table sessions rename to sign_in_sessions;
alter index sessions_user rename to sign_in_sessions_user;
