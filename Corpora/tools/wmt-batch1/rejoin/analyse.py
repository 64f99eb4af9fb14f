import pickle, re, sys
FINAL=re.compile(r'[.!?…。！？]["»“”」』）)\'’]*\s*$')
D=pickle.load(open('/work/staging/mt4/tools/docs.pkl','rb'))
MARK=re.compile(r'⟦[a-z]+\|(.*?)⟧',re.S)
def segs_of(rec):
    body=open(rec['marked'],encoding='utf-8').read().split('\n',1)[1]
    assert body.endswith('\n') and not body.endswith('\n\n')
    ms=body[:-1].split('\n\n')
    plain=[MARK.sub(r'\1',s) for s in ms]
    assert plain==rec['hyp'], rec['name']
    return ms
def layout(rec):
    out=[];cur=[]
    for n,s in enumerate(rec['src'],1):
        if not FINAL.search(s.strip()):
            if cur: out.append(cur); cur=[]
            out.append([n])
        else: cur.append(n)
    if cur: out.append(cur)
    return out
if __name__=='__main__':
    for name,rec in D.items():
        if sys.argv[1:] and not any(a in name for a in sys.argv[1:]): continue
        ms=segs_of(rec); lay=layout(rec); h=rec['hyp']
        print('=====',name,len(h),'segs ->',len(lay),'paras',[len(p) for p in lay])
        for p in lay:
            if len(p)==1 and not FINAL.search(rec['src'][p[0]-1].strip()):
                print(f'  alone S{p[0]}: {rec["src"][p[0]-1][:70]!r} | H: {h[p[0]-1][:50]!r}')
            for a,b in zip(p,p[1:]):
                x,y=h[a-1],h[b-1]
                flag=[]
                if not FINAL.search(x): flag.append('NOFINAL')
                if x!=x.rstrip() or y!=y.lstrip(): flag.append('WS')
                if flag or '-v' in sys.argv: print(f'  J{a}-{b} {flag}: ...{x[-40:]!r} + {y[:40]!r}   [S: ...{rec["src"][a-1][-30:]!r}]')
        # also: segments that end without FINAL and are followed by a standalone (not joined)
