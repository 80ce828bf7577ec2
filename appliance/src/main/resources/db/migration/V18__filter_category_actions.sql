-- What the filter does with each category of Parta's own vocabulary, where an administrator chose
-- otherwise than the vocabulary (obscene language and insults refused, rude words flagged).
CREATE TABLE filter_category_action (
    category   VARCHAR(16) NOT NULL PRIMARY KEY,
    action     VARCHAR(16) NOT NULL,
    changed_by BIGINT      NOT NULL,
    changed_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT filter_category_action_by FOREIGN KEY (changed_by) REFERENCES account (id)
);
