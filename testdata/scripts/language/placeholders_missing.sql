-- A placeholder that was not defined with -D is named in the error.
select unhex('<wrapped_keyset>');
