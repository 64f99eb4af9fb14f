import json, pickle, re
from analyse import D, layout, FINAL
def u16(s): return len(s.encode('utf-16-le'))//2
ok=True
for name,rec in D.items():
    lang=name.rsplit('.',1)[1]
    old=open(f'/work/main/Corpora/{lang}/mt/{name}.txt',encoding='utf-8').read()
    new=open(f'/work/staging/mt4/{lang}/{name}.txt',encoding='utf-8').read()
    oj=json.load(open(f'/work/main/Corpora/{lang}/mt/{name}.expected.json',encoding='utf-8'))
    nj=json.load(open(f'/work/staging/mt4/{lang}/{name}.expected.json',encoding='utf-8'))
    segs=old[:-1].split('\n\n'); assert old.endswith('\n') and segs==rec['hyp'], name
    joiner='' if lang in ('ja','zh') else ' '
    # walk new text: each segment must follow byte for byte, separated by '\n\n' or the joiner
    pos=0; seps=[]; ostart=[]; nstart=[]; p=0
    for i,s in enumerate(segs):
        if i:
            if new.startswith('\n\n',pos): seps.append('P'); pos+=2
            else: assert new.startswith(joiner,pos); seps.append('J'); pos+=len(joiner)
        assert new.startswith(s,pos), (name,i)
        nstart.append(pos); ostart.append(p); pos+=len(s); p+=len(s)+2
    assert new[pos:]=='\n', name
    # rebuilt with separators turned back
    back='\n\n'.join(segs)+'\n'; assert back==old
    # separators follow the rule
    alone={i for i,s in enumerate(rec['src']) if not FINAL.search(s.strip())}
    for i,sp in enumerate(seps,1):
        want='P' if (i in alone or i-1 in alone) else 'J'
        assert sp==want,(name,i,sp,want)
    npar=new[:-1].count('\n\n')+1
    # annotations: map to (segment, offset in segment) in code points, compare
    def segpos(off16,text,starts):
        cp=len(text.encode('utf-16-le')[:2*off16].decode('utf-16-le'))
        k=max(j for j,st in enumerate(starts) if st<=cp); return k,cp-starts[k]
    for a in nj['annotations']:
        b=new.encode('utf-16-le')[2*a['offset']:2*(a['offset']+a['length'])].decode('utf-16-le')
        assert b==a['text'],(name,a)
    for a in oj['annotations']:
        b=old.encode('utf-16-le')[2*a['offset']:2*(a['offset']+a['length'])].decode('utf-16-le')
        assert b==a['text'],(name,a)
    key=lambda a,t,st:(a['family'],a['text'],a['length'],a.get('note'),segpos(a['offset'],t,st))
    O=[key(a,old,ostart) for a in oj['annotations']]
    N=[key(a,new,nstart) for a in nj['annotations']]
    added=[x for x in N if x not in O]; missing=[x for x in O if x not in N]
    assert not missing and len(N)==len(O)+len(added),(name,missing)
    assert {k:v for k,v in oj.items() if k!='annotations'}=={k:v for k,v in nj.items() if k!='annotations'}
    print(f'{name}: segs {len(segs)} paras {npar} annotations {len(O)} -> {len(N)} added {[(x[0],x[1],x[4]) for x in added]}')
print('ALL OK')
