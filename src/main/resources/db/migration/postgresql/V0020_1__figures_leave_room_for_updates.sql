-- Every append updates its customers' figures rows. Room left on each page lets PostgreSQL keep an
-- update on the page without new index entries (a HOT update) when no indexed figure changed, as
-- for a contact that sets no follow-up date. Applies to pages written from now on.
alter table customer_figures set (fillfactor = 80);
