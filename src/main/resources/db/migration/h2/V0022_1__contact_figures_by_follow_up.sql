-- My follow-ups and the overdue counts per rep (see V0022; PostgreSQL indexes only open follow-ups).
create index customer_contact_figures_by_follow_up on customer_contact_figures (follow_up_by, next_follow_up_on);
