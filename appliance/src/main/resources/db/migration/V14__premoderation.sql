-- Pre-moderation: in a chat a moderator switched it on, a message of a student or parent waits as a
-- held message until a moderator approves it (awaiting_review), seen by nobody but its author.
ALTER TABLE conversation ADD COLUMN premoderated BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE held_message ADD COLUMN awaiting_review BOOLEAN DEFAULT FALSE NOT NULL;
