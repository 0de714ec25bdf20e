-- WeCom and DingTalk group robots and SMS: a robot's URL (with its key or access token) sits in url, DingTalk's
-- optional signing secret in secret and its keyword rule in keyword; an SMS subscription's mobile numbers, comma
-- separated, in phones. Existing WEBHOOK and EMAIL rows keep satisfying the constraint unchanged.
ALTER TABLE subscription
    ADD COLUMN keyword VARCHAR(64),
    ADD COLUMN phones  VARCHAR(200);

ALTER TABLE subscription DROP CONSTRAINT subscription_channel_target;
ALTER TABLE subscription ADD CONSTRAINT subscription_channel_target CHECK (
    (channel = 'WEBHOOK' AND url IS NOT NULL AND secret IS NOT NULL)
    OR (channel = 'EMAIL' AND email IS NOT NULL)
    OR (channel IN ('WECOM', 'DINGTALK') AND url IS NOT NULL)
    OR (channel = 'SMS' AND phones IS NOT NULL));
