-- Consent to be contacted, per customer or contact and channel (email, sms, phone).
-- consent_events is append-only: every grant, withdrawal and pending opt-in as it was recorded.
-- consents holds the state in force per subject and channel: the event that happened last (by
-- occurred_at; a backdated event goes into the history without replacing a later one).
-- subject_id is the contact's id for a contact and the customer's own id for the customer.
create table consent_events (
    id           uuid primary key,
    customer_id  uuid not null,
    contact_id   uuid,
    channel      varchar(16) not null,
    status       varchar(16) not null,
    source       varchar(200) not null,
    occurred_at  timestamp with time zone not null,
    recorded_at  timestamp with time zone not null,
    recorded_by  uuid not null,
    campaign_id  uuid,
    constraint consent_events_channel check (channel in ('email', 'sms', 'phone')),
    constraint consent_events_status check (status in ('granted', 'withdrawn', 'pending'))
);
create index consent_events_by_customer on consent_events (customer_id, recorded_at);

create table consents (
    subject_id   uuid not null,
    channel      varchar(16) not null,
    customer_id  uuid not null,
    contact_id   uuid,
    status       varchar(16) not null,
    source       varchar(200) not null,
    occurred_at  timestamp with time zone not null,
    recorded_at  timestamp with time zone not null,
    recorded_by  uuid not null,
    event_id     uuid not null,
    primary key (subject_id, channel),
    constraint consents_channel check (channel in ('email', 'sms', 'phone')),
    constraint consents_status check (status in ('granted', 'withdrawn', 'pending'))
);
create index consents_by_customer on consents (customer_id);

insert into role_permissions (role_id, permission) values
    ('00000000-0000-0000-0000-0000000000a3', 'consent:write'),
    ('00000000-0000-0000-0000-0000000000a4', 'consent:write'),
    ('00000000-0000-0000-0000-0000000000a5', 'consent:write');
