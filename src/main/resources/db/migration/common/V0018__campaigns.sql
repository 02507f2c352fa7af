-- Marketing: campaigns, their members (fixed when a campaign starts) and each member's trail.
-- A member is one customer in one campaign, with the contact reached for a company. The stage
-- columns record when the member first reached each stage of the funnel; the trail keeps every
-- observation as it was recorded (campaign_member_events), so the funnel and the history agree.

create table campaigns (
    id                  uuid primary key,
    name                varchar(200) not null,
    goal                varchar(2000),
    channel             varchar(10) not null,
    starts_at           timestamp with time zone,
    ends_at             timestamp with time zone,
    budget              numeric(19, 4),
    currency            varchar(3),
    owner_id            uuid not null references users (id),
    status              varchar(10) not null,
    segment_id          uuid,
    attribution_days    integer not null,
    subject             varchar(500),
    body_html           varchar(100000),
    body_text           varchar(100000),
    questions           varchar(20000) not null,
    targeted_count      integer not null,
    excluded_no_consent integer not null,
    excluded_no_address integer not null,
    created_at          timestamp with time zone not null,
    created_by          uuid not null,
    updated_at          timestamp with time zone not null,
    updated_by          uuid not null,
    started_at          timestamp with time zone,
    started_by          uuid,
    finished_at         timestamp with time zone,
    version             integer not null,
    constraint campaigns_channel check (channel in ('email', 'sms', 'phone', 'event', 'ad', 'other')),
    constraint campaigns_status check (status in ('draft', 'scheduled', 'running', 'paused', 'finished'))
);
create index campaigns_by_status on campaigns (status);

-- Customers picked by hand as a campaign's target, beside or instead of a segment.
create table campaign_picks (
    campaign_id uuid not null references campaigns (id),
    customer_id uuid not null,
    primary key (campaign_id, customer_id)
);

create table campaign_members (
    id                 uuid primary key,
    campaign_id        uuid not null references campaigns (id),
    customer_id        uuid not null,
    contact_id         uuid,
    address            varchar(320),
    owner_id           uuid not null,
    level              varchar(40),
    city               varchar(100),
    status             varchar(12) not null,
    targeted_at        timestamp with time zone not null,
    claimed_at         timestamp with time zone,
    sent_at            timestamp with time zone,
    delivered_at       timestamp with time zone,
    opened_at          timestamp with time zone,
    clicked_at         timestamp with time zone,
    responded_at       timestamp with time zone,
    converted_at       timestamp with time zone,
    bounced_at         timestamp with time zone,
    unsubscribed_at    timestamp with time zone,
    unknown_at         timestamp with time zone,
    attempts           integer not null,
    next_attempt_at    timestamp with time zone,
    message_id         varchar(200),
    last_error         varchar(500),
    attributed_revenue numeric(19, 4) not null,
    constraint campaign_members_once unique (campaign_id, customer_id),
    constraint campaign_members_status check (status in ('targeted', 'sending', 'sent', 'delivered', 'opened',
        'clicked', 'responded', 'converted', 'bounced', 'unsubscribed', 'unknown'))
);
create index campaign_members_by_customer on campaign_members (customer_id);
create index campaign_members_by_status on campaign_members (campaign_id, status, id);
create index campaign_members_by_owner on campaign_members (owner_id);

-- Every observation about a member, in the order recorded: never updated.
create table campaign_member_events (
    id          uuid primary key,
    member_id   uuid not null references campaign_members (id),
    campaign_id uuid not null,
    customer_id uuid not null,
    status      varchar(12) not null,
    occurred_at timestamp with time zone not null,
    recorded_at timestamp with time zone not null,
    actor_id    uuid,
    origin      varchar(20) not null,
    detail      varchar(500)
);
create index campaign_member_events_by_member on campaign_member_events (member_id, recorded_at);
create index campaign_member_events_by_customer on campaign_member_events (customer_id);

-- Answers given on a campaign's response form, as JSON, with the member who gave them.
create table campaign_responses (
    id          uuid primary key,
    campaign_id uuid not null references campaigns (id),
    member_id   uuid not null references campaign_members (id),
    customer_id uuid not null,
    answers     varchar(20000) not null,
    received_at timestamp with time zone not null
);
create index campaign_responses_by_customer on campaign_responses (customer_id);

insert into role_permissions (role_id, permission) values
    ('00000000-0000-0000-0000-0000000000a3', 'campaign:read'),
    ('00000000-0000-0000-0000-0000000000a3', 'campaign:write'),
    ('00000000-0000-0000-0000-0000000000a4', 'campaign:read'),
    ('00000000-0000-0000-0000-0000000000a5', 'campaign:read'),
    ('00000000-0000-0000-0000-0000000000a5', 'campaign:write'),
    ('00000000-0000-0000-0000-0000000000a6', 'campaign:read');
