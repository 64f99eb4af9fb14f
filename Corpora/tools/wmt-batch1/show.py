import pickle, sys
ALL=pickle.load(open('/work/staging/mt/raw/all.pkl','rb'))
y,p,s,d=sys.argv[1:5]
nosrc = len(sys.argv)>5
for a in ALL:
    if (a['year'],a['pair'],a['system'],a['doc'])==(y,p,s,d):
        print(a['path'],a['how'],'len',len('\n\n'.join(a['hyp'])))
        for i,(x,h) in enumerate(zip(a['src'],a['hyp'])):
            if not nosrc: print(f'S{i+1}: {x}')
            print(f'H{i+1}: {h!r}' if any(ord(c)<32 or c in '\u200b\u00a0\u202f\ufeff' for c in h) else f'H{i+1}: {h}')
