-- Comments are moderated like messages: a moderator hides one with a reason (its text kept for the
-- moderators, readers see the reason) and may show it again; readers report one. A report names the
-- post and, for a comment, the comment (0: the post itself), once per reader and per filter rule.
ALTER TABLE post_comment ADD COLUMN hidden_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE post_comment ADD COLUMN hidden_reason VARCHAR(32);

ALTER TABLE moderation_report ADD COLUMN post_comment_id BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE moderation_report DROP CONSTRAINT moderation_report_once;
ALTER TABLE moderation_report ADD CONSTRAINT moderation_report_once UNIQUE (message_id, post_comment_id, reporter_id);
CREATE UNIQUE INDEX moderation_report_flag_once ON moderation_report (message_id, post_comment_id, rule_id);
