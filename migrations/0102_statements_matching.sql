-- Statements whose whole vector matches, through the GIN index. The planner prefers a sequential
-- scan on a table of a few thousand rows, not seeing that it detoasts every speech's vector; the
-- function's own setting keeps the index for this one query and is not inlined away.
create function statements_matching(q tsquery) returns setof bigint language sql stable
  set enable_seqscan = off
  as $$ select id from statements where search @@ q $$;
