-- TABLE_EXISTS: https://www.alibabacloud.com/help/en/maxcompute/user-guide/table-exists
create table src(col1 string, col2 string);
insert into src values ('from col1', 'from col2');
-- The page's example: table abd does not exist, so col2 is read.
select if(table_exists('abd'), col1, col2) from src;
select if(table_exists('src'), col1, col2) from src;
-- Names are case-insensitive and may name the project; NULL gives NULL.
select table_exists('SRC'), table_exists('default.src'), table_exists('other_project.src'), table_exists(null);
