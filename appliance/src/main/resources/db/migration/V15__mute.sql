-- A moderator's temporary ban on writing in one chat: the member reads, but may not post until then.
ALTER TABLE conversation_member ADD COLUMN muted_until TIMESTAMP WITH TIME ZONE;
