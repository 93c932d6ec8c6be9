#!/usr/bin/env python3
"""Compares two Marks.java outputs: hit lists, snippets and mark multisets per hit."""
import sys,re,collections
def load(p):
    d={}
    for l in open(p):
        parts=l.rstrip('\n').split('\t')
        key=(parts[0],parts[1]); hits=parts[3] if len(parts)>3 else ''
        hs={}
        for m in re.finditer(r'([^{}]+)\{([^}]*)\}',hits):
            hs[m.group(1)]=m.group(2)
        d[key]=(parts[2] if len(parts)>2 else '',hs)
    return d
a=load(sys.argv[1]); b=load(sys.argv[2])
tot=same=samemarks=diffhits=0
for k in a:
    ta,ha=a[k]; tb,hb=b[k]
    if ta!=tb or list(ha)!=list(hb): diffhits+=1; print('HITS DIFFER',k); continue
    for h in ha:
        tot+=1
        if ha[h]==hb[h]: same+=1
        ma=collections.Counter(x for x in ha[h].replace('/','').split(';') if x)
        mb=collections.Counter(x for x in hb[h].replace('/','').split(';') if x)
        if ma==mb: samemarks+=1
print('queries',len(a),'hit lists differ',diffhits,'hits',tot,'identical snippets',same,'identical mark multisets',samemarks)
