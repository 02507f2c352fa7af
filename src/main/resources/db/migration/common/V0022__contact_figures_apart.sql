-- The figures that follow-ups change (last contact, next follow-up and whose it is) move to a table
-- of their own. In one row with the order figures, every append rewrote the index entries of both:
-- an order wrote a follow-up index entry, a follow-up an entry in the spend and last-order indexes.
-- A row here exists for each customer with a counted follow-up (or whose figures were folded again).
create table customer_contact_figures (
    customer_id        uuid primary key,
    last_contact_at    timestamp with time zone,
    next_follow_up_on  date,
    follow_up_by       uuid,
    updated_at         timestamp with time zone not null
);
insert into customer_contact_figures (customer_id, last_contact_at, next_follow_up_on, follow_up_by, updated_at)
select customer_id, last_contact_at, next_follow_up_on, follow_up_by, updated_at
from customer_figures where last_contact_at is not null;

drop index customer_figures_by_follow_up;
alter table customer_figures drop column last_contact_at;
alter table customer_figures drop column next_follow_up_on;
alter table customer_figures drop column follow_up_by;
