-- A batch's event names its members (ids only), which outgrows the 4000 characters the event
-- publication registry had on H2 (PostgreSQL keeps the event as text).
alter table event_publication alter column serialized_event set data type varchar(1000000);
