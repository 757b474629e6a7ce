-- args: --project myproj
-- SHOW TABLES [IN project] [LIKE 'pattern'], where '*' stands for any
-- characters (https://www.alibabacloud.com/help/en/maxcompute/user-guide/table-operations).
create table sale_detail (a bigint);
create table sales (a bigint);
create table shop (a bigint);
create table other.sale_archive (a bigint);
create table other.region (a bigint);
show tables;
show tables like 'sale*';
show tables like 'SALE_DETAIL';
show tables like '*a*e*';
show tables like '';
show tables in other;
show tables in other like '*ion';
show tables in myproj like 's*p';
show tables in nosuch;
