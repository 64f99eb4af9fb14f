import pickle, sys
A=pickle.load(open('/work/staging/mt3/raw/all.pkl','rb'))
y,p,s,d=sys.argv[1:5]
srconly = len(sys.argv)>5
for a in A:
    if (a['year'],a['pair'],a['system'],a['doc'])==(y,p,s,d):
        print(a['path'],a['how'],'paras',[len(x) for x in a['paras']])
        pos={sid:k for k,sid in enumerate(a['ids'])}
        for pi,par in enumerate(a['paras']):
            for sid in par:
                i=pos[sid]
                if not srconly: print(f'S{i+1}:', a['src'][i])
                print(f'H{i+1}:', a['hyp'][i])
            print('---')
        break
