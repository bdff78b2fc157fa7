-- Reporting cycles and drafts (progress reports among them) belong to a process. Numbered after
-- 0401_drafting.sql because it alters drafts; see 0104_processes.sql.

alter table reporting_cycles add column process_id int references processes(id);
update reporting_cycles set process_id = (select id from processes where slug = 'oewg-2021-2025');

alter table drafts add column process_id int references processes(id);
-- drafts.process held the process's slug as free text when it was set
update drafts d set process_id = coalesce(
  (select p.id from processes p where p.slug = d.process),
  (select id from processes where slug = 'oewg-2021-2025'));

-- A row written without a process (by code that predates this migration) belongs to the process its
-- free-text slug names, else to the OEWG 2021–2025.
create function reporting_cycles_default_process() returns trigger language plpgsql as $$
begin
  if new.process_id is null then
    select id into new.process_id from processes where slug = 'oewg-2021-2025';
  end if;
  return new;
end $$;
create trigger reporting_cycles_default_process before insert on reporting_cycles
  for each row execute function reporting_cycles_default_process();

create function drafts_default_process() returns trigger language plpgsql as $$
begin
  if new.process_id is null and new.process is not null then
    select id into new.process_id from processes where slug = new.process;
  end if;
  if new.process_id is null then
    select id into new.process_id from processes where slug = 'oewg-2021-2025';
  end if;
  return new;
end $$;
create trigger drafts_default_process before insert on drafts
  for each row execute function drafts_default_process();

alter table reporting_cycles alter column process_id set not null;
alter table drafts alter column process_id set not null;
create index reporting_cycles_process on reporting_cycles (process_id);
create index drafts_process on drafts (process_id);
