-- TO_JSON in BigQuery-compatible mode: https://www.alibabacloud.com/help/en/maxcompute/user-guide/to-json
-- (read in the page's Chinese version, https://help.aliyun.com/document_detail/455656.html, example 3).
-- With SET odps.sql.bigquery.compatible=true; a NULL STRUCT member is
-- written as null instead of being left out.
SET odps.sql.bigquery.compatible=true;
-- {"k1":null,"k2":"v2"}
SELECT TO_JSON(named_struct("k1", CAST(NULL AS STRING), "k2", "v2"));
-- Nested members too; NULL elements of arrays and values of maps were null already.
select to_json(named_struct('a', named_struct('b', cast(null as int)), 'c', array(1, null), 'd', map('k', cast(null as string))));
-- The page's second statement builds the STRUCT with the STRUCT expression (the STRUCT data
-- type page), whose unnamed fields take the names of the columns they read:
-- {"id":null,"tag":null,"group":null,"success":true}
SET odps.sql.bigquery.compatible=true;
SELECT TO_JSON(struct(experiment_id AS id, tag AS tag, `group`, `success`)) AS experiment_in_json
  FROM (
    SELECT CAST(NULL AS string) AS experiment_id,
           CAST(NULL AS string) AS tag,
           CAST(NULL AS string) AS `group`,
           TRUE AS `success`
  );
