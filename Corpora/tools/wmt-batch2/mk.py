"""mk(year,pair,system,doc,name,marks,seg_range=None); marks: (seg_no 1-based, substring, family[, occurrence])"""
import pickle, os, re
ALL=pickle.load(open('/work/staging/mt3/raw/all.pkl','rb'))
COMMITS={'wmt21':'f41750dadbf2ba6ab01ca5380347d253298a3427','wmt22':'20240a2e96a50e823ea8cdf37fd8af52547146e3'}
FINAL=re.compile(r'[.!?…。！？]["»“”」』）)\'’]*\s*$')
def get(year,pair,system,doc):
    for a in ALL:
        if (a['year'],a['pair'],a['system'],a['doc'])==(year,pair,system,doc): return a
    raise KeyError
def layout(a, lo, hi):
    """list of paragraphs, each a list of 1-based segment numbers in lo..hi.
    <p> elements are paragraphs; a segment whose SOURCE has no sentence-final punctuation
    (headline, byline, subheading) stands alone as its own paragraph."""
    pos={sid:k for k,sid in enumerate(a['ids'])}
    out=[]
    for p in a['paras']:
        cur=[]
        for sid in p:
            n=pos[sid]+1
            if not (lo<=n<=hi): continue
            if not FINAL.search(a['src'][n-1].strip()):
                if cur: out.append(cur); cur=[]
                out.append([n])
            else: cur.append(n)
        if cur: out.append(cur)
    return out
def mk(year,pair,system,doc,name,marks,seg_range=None,show=False):
    a=get(year,pair,system,doc); lang=pair.split('-')[1]
    segs=a['hyp']; lo,hi=(1,len(segs)) if seg_range is None else seg_range
    joiner='' if lang in ('ja','zh') else ' '
    marked={}
    for i in range(lo,hi+1):
        s=segs[i-1]; spans=[]
        for m in [m for m in marks if m[0]==i]:
            sub,fam=m[1],m[2]; occ=m[3] if len(m)>3 else 1; p=-1
            for _ in range(occ):
                p=s.find(sub,p+1)
                if p<0: raise ValueError(f'not found: seg {i} {sub!r} occ {occ}')
            spans.append((p,p+len(sub),fam))
        spans.sort()
        for x,y in zip(spans,spans[1:]):
            if y[0]<x[1]: raise ValueError(f'overlap in seg {i}: {x} {y}')
        r=[];last=0
        for p,q,fam in spans: r.append(s[last:p]); r.append(f'⟦{fam}|{s[p:q]}⟧'); last=q
        r.append(s[last:]); marked[i]=''.join(r)
    assert all(lo<=m[0]<=hi for m in marks), 'mark outside range'
    lay=layout(a,lo,hi)
    body='\n\n'.join(joiner.join(marked[n] for n in par) for par in lay)
    plain='\n\n'.join(joiner.join(segs[n-1] for n in par) for par in lay)
    rng='' if seg_range is None else f' segments={lo}-{hi} of {len(segs)}'
    how='' if a['how']=='xml' else f' ({a["how"]})'
    hdr=f'# source: wmt-conference/{year}-news-systems {COMMITS[year]} {a["path"]}{how} system={system} doc={doc}{rng}; licence none stated'
    d=f'/work/staging/mt3/marked/{lang}'; os.makedirs(d,exist_ok=True)
    fn=f'{d}/{name}.marked.txt'
    open(fn,'w').write(hdr+'\n'+body+'\n')
    open(f'/work/staging/mt3/raw/{name}.plain.txt','w').write(plain+'\n')
    print(fn,'chars',len(plain.encode('utf-16-le'))//2,'marks',len(marks),'paras',[len(p) for p in lay])
    return fn
def view(year,pair,system,doc,seg_range=None):
    a=get(year,pair,system,doc); segs=a['hyp']; lo,hi=(1,len(segs)) if seg_range is None else seg_range
    print(a['path'],a['how'])
    for par in layout(a,lo,hi):
        for n in par: print(f'S{n}:',a['src'][n-1]); print(f'H{n}:',segs[n-1])
        print('¶')
if __name__=='__main__':
    import sys; view(*sys.argv[1:5])
