import pickle,sys
R=pickle.load(open('raw/scan.pkl','rb'))
for arg in sys.argv[1:]:
    y,p,s,d=arg.split(':')
    for r in R:
        if r[1:5]==(y,p,s,d):
            print('==',arg,r[5],r[6])
            for e in r[7][:25]: print('  ',str(e)[:260])
