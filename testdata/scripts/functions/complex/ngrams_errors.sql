-- NGRAMS errors: https://www.alibabacloud.com/help/en/maxcompute/ngrams
-- case: n = 0 (the page: n <= 0 is an error)
SELECT ngrams(array(1, 2), 0);
-- case: negative n
SELECT ngrams(array(1, 2), -2);
