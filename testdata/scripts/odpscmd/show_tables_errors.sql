-- SHOW TABLES LIKE takes a string.
show tables like 1;
