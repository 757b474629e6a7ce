-- comments of both styles and a hint
/* a block
   comment */ select /*+ MAPJOIN(a) */ 1 as one -- trailing
, /* inline */ 2 as two;
select 'a -- not a comment' as s, '/* nor this */' as t;
