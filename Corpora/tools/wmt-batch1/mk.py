"""mk(year,pair,system,doc,name,marks,seg_range=None,licence=...)
marks: list of (segment_no (1-based), substring, family[, occurrence (1-based) ])"""
import pickle, subprocess, os
ALL=pickle.load(open('/work/staging/mt/raw/all.pkl','rb'))
COMMITS={'wmt21':'f41750dadbf2ba6ab01ca5380347d253298a3427','wmt22':'20240a2e96a50e823ea8cdf37fd8af52547146e3'}
LIC='none stated (the repository has no LICENSE file and its README states no licence)'
def get(year,pair,system,doc):
    for a in ALL:
        if (a['year'],a['pair'],a['system'],a['doc'])==(year,pair,system,doc): return a
    raise KeyError
def mk(year,pair,system,doc,name,marks,seg_range=None):
    a=get(year,pair,system,doc)
    lang=pair.split('-')[1]
    segs=list(a['hyp'])
    lo,hi=(1,len(segs)) if seg_range is None else seg_range
    out=[]
    for i in range(lo,hi+1):
        s=segs[i-1]
        ms=[m for m in marks if m[0]==i]
        spans=[]
        for m in ms:
            sub,fam=m[1],m[2]; occ=m[3] if len(m)>3 else 1
            p=-1
            for _ in range(occ):
                p=s.find(sub,p+1)
                if p<0: raise ValueError(f'not found: seg {i} {sub!r} occ {occ}')
            spans.append((p,p+len(sub),fam))
        spans.sort()
        for x,y in zip(spans,spans[1:]):
            if y[0]<x[1]: raise ValueError(f'overlap in seg {i}: {x} {y}')
        r=[];last=0
        for p,q,fam in spans:
            r.append(s[last:p]); r.append(f'⟦{fam}|{s[p:q]}⟧'); last=q
        r.append(s[last:]); out.append(''.join(r))
    used={m[0] for m in marks}
    assert all(lo<=u<=hi for u in used), 'mark outside range'
    rng='' if seg_range is None else f' segments={lo}-{hi} of {len(segs)}'
    hdr=f'# source: wmt-conference/{year}-news-systems {COMMITS[year]} {a["path"]}{" ("+a["how"]+")" if a["how"]!="xml" else ""} system={system} doc={doc}{rng}; licence {LIC}'
    d=f'/work/staging/mt/marked/{lang}'; os.makedirs(d,exist_ok=True)
    fn=f'{d}/{name}.marked.txt'
    open(fn,'w').write(hdr+'\n'+'\n\n'.join(out)+'\n')
    plain='\n\n'.join(segs[lo-1:hi])
    print(fn, 'chars', len(plain), 'marks', len(marks))
    return fn
