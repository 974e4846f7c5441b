-- The council's own name as its protocols write it after «заседания», from the directory.
alter table cluster add column council_name varchar(500);
