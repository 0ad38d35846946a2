-- issue 19, item 12: a session is valid only while its user's session key is the one its browser holds
-- (cookie claimtrack-sid). Logging out and a password reset clear the key, which ends every session of
-- that user on every instance; the next login draws a new one.
ALTER TABLE app_user ADD COLUMN session_key text;
