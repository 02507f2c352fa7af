-- My follow-ups and the overdue counts per rep read open follow-ups only, so only they are indexed:
-- a follow-up without a next date then writes no entry here. Room on each page lets a follow-up
-- that changes no indexed column update its row in place (a HOT update), as for customer_figures (V0020_1).
create index customer_contact_figures_by_follow_up on customer_contact_figures (follow_up_by, next_follow_up_on)
    where next_follow_up_on is not null;
alter table customer_contact_figures set (fillfactor = 80);
