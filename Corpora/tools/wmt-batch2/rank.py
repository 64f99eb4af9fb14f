import pickle, statistics, sys
from collections import defaultdict
R=pickle.load(open('raw/scan.pkl','rb'))
by=defaultdict(list)
def dsc(f): return 3*f.get('dupword',0)+f.get('rep4',0)+3*f.get('rep6',0)+3*f.get('crep8',0)+3*f.get('cdouble',0)+5*f.get('neardup',0)
def ssc(f): return 3*f.get('lowerafterstop',0)+3*f.get('glued',0)+2*f.get('capdet',0)+3*f.get('merged',0)
for r in R: by[(r[1],r[2],r[4])].append(r)
out=[]
for k,rs in by.items():
    md=statistics.median(dsc(r[6]) for r in rs); ms=statistics.median(ssc(r[6]) for r in rs)
    for r in rs:
        out.append((dsc(r[6])-md, ssc(r[6])-ms, r))
pairs=sys.argv[1].split(',')
key=int(sys.argv[2])
out=[o for o in out if o[2][2] in pairs and o[2][5]<=9000]
out.sort(key=lambda o:-o[key])
for o in out[:int(sys.argv[3])]:
    r=o[2]; print(o[0],o[1],r[1],r[2],r[3],r[4],r[5],r[6])
